package io.github.logicrm.core.segmentation;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A customer's place in the current-by-potential value matrix: the two axis scores, their levels and the cell.
 *
 * <p>Scores are on 0-100: the weighted mean of the customer's normalized indicators on that axis, as the
 * calculator that produced the score documents.
 */
@Value.Immutable
@ValueStyle
public abstract class ValueScore {

  ValueScore() {}

  /**
   * Returns the customer scored.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the current-value score.
   *
   * @return the score, in [0, 100]
   */
  public abstract double currentScore();

  /**
   * Returns the potential-value score.
   *
   * @return the score, in [0, 100]
   */
  public abstract double potentialScore();

  /**
   * Returns the current-value level.
   *
   * @return the level, not null
   */
  public abstract ValueLevel currentLevel();

  /**
   * Returns the potential-value level.
   *
   * @return the level, not null
   */
  public abstract ValueLevel potentialLevel();

  /**
   * Returns the matrix cell of the two levels; derived, not stored.
   *
   * @return the cell, not null
   */
  public ValueCell cell() {
    return ValueCell.of(currentLevel(), potentialLevel());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.inClosedRange("currentScore", currentScore(), 0, 100);
    Checks.inClosedRange("potentialScore", potentialScore(), 0, 100);
  }

  /** Builds a {@link ValueScore}; every attribute is required. */
  public static final class Builder extends ImmutableValueScore.Builder {
    Builder() {}
  }
}
