package io.github.logicrm.core.loyalty;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's loyalty in four frameworks, with the figures and thresholds that decided it.
 *
 * <p>The five-type {@link #type()} is empty when the profile fits none of the five (for instance a customer
 * who buys rarely but is not price sensitive): such a customer is not loyal in any of the five senses.
 */
@Value.Immutable
@ValueStyle
public abstract class LoyaltyClassification {

  LoyaltyClassification() {}

  /**
   * Returns the profile classified: the figures that decided.
   *
   * @return the profile, not null
   */
  public abstract LoyaltyProfile profile();

  /**
   * Returns the thresholds applied.
   *
   * @return the thresholds, not null
   */
  public abstract LoyaltyThresholds thresholds();

  /**
   * Returns the loyalty type, one of the five.
   *
   * @return the type, or empty if the profile fits none
   */
  public abstract Optional<LoyaltyType> type();

  /**
   * Returns the rule that decided the type, with the figures compared, e.g.
   * {@code "repeatPurchaseRate 0.8 >= 0.6, attachment 30.0 < 60.0, viableAlternatives 0 <= 0"}.
   *
   * @return the reason, not blank
   */
  public abstract String reason();

  /**
   * Returns the McKinsey loyal or down-sliding segment.
   *
   * @return the segment, not null
   */
  public abstract McKinseySegment mcKinseySegment();

  /**
   * Returns the Jones and Sasser quadrant (satisfaction by repeat purchase).
   *
   * @return the quadrant, not null
   */
  public abstract JonesSasserQuadrant jonesSasserQuadrant();

  /**
   * Returns the Dick and Basu cell (attachment by repeat purchase).
   *
   * @return the cell, not null
   */
  public abstract DickBasuCell dickBasuCell();

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
    Checks.notBlank("reason", reason());
  }

  /** Builds a {@link LoyaltyClassification}; every attribute except {@code type} is required. */
  public static final class Builder extends ImmutableLoyaltyClassification.Builder {
    Builder() {}
  }
}
