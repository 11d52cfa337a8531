package io.github.logicrm.core.segmentation;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A customer's RFM (recency, frequency, monetary) quintile scores, its cell code and weighted score.
 *
 * <p>Each score is 1 to 5, 5 being best: most recent, most frequent, highest spend.
 */
@Value.Immutable
@ValueStyle
public abstract class RfmScore {

  RfmScore() {}

  /**
   * Returns the recency score (5 = most recent purchase).
   *
   * @return the score, 1 to 5
   */
  public abstract int recency();

  /**
   * Returns the frequency score (5 = most purchases).
   *
   * @return the score, 1 to 5
   */
  public abstract int frequency();

  /**
   * Returns the monetary score (5 = highest spend).
   *
   * @return the score, 1 to 5
   */
  public abstract int monetary();

  /**
   * Returns the weighted score: the weighted mean of the three scores.
   *
   * @return the score, in [1, 5], between the lowest and the highest of the three scores
   */
  public abstract double weightedScore();

  /**
   * Returns the cell code: the three scores as digits, recency first ({@code "534"}); derived, not stored.
   *
   * @return the three-digit code
   */
  public String cellCode() {
    return "" + recency() + frequency() + monetary();
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
    checkScore("recency", recency());
    checkScore("frequency", frequency());
    checkScore("monetary", monetary());
    Checks.inClosedRange("weightedScore", weightedScore(), 1, 5);
    int lowest = Math.min(recency(), Math.min(frequency(), monetary()));
    int highest = Math.max(recency(), Math.max(frequency(), monetary()));
    double slack = 1e-12 * highest; // a weighted mean rounded
    if (!(weightedScore() >= lowest - slack && weightedScore() <= highest + slack)) {
      throw new IllegalArgumentException("weightedScore must be in [" + lowest + ", " + highest
          + "], the range of recency, frequency and monetary " + cellCode() + ": " + weightedScore());
    }
  }

  private static void checkScore(String name, int score) {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException(name + " must be in [1, 5]: " + score);
    }
  }

  /** Builds an {@link RfmScore}; every attribute is required. */
  public static final class Builder extends ImmutableRfmScore.Builder {
    Builder() {}
  }
}
