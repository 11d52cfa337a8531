package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A Net Promoter Score with the counts behind it.
 *
 * <p>On the 0-10 "would you recommend us?" question, promoters answer 9-10, passives 7-8 and detractors 0-6.
 * NPS = %promoters - %detractors, from -100 to 100.
 */
@Value.Immutable
@ValueStyle
public abstract class NpsResult {

  NpsResult() {}

  /**
   * Returns the number of promoters (answers 9-10).
   *
   * @return the count, {@code >= 0}
   */
  public abstract int promoters();

  /**
   * Returns the number of passives (answers 7-8).
   *
   * @return the count, {@code >= 0}
   */
  public abstract int passives();

  /**
   * Returns the number of detractors (answers 0-6).
   *
   * @return the count, {@code >= 0}
   */
  public abstract int detractors();

  /**
   * Returns the number of answers.
   *
   * @return promoters + passives + detractors, {@code > 0}
   */
  public int respondents() {
    return promoters() + passives() + detractors();
  }

  /**
   * Returns the score, 100 (promoters - detractors) / respondents.
   *
   * @return the NPS in [-100, 100]
   */
  public double score() {
    return 100.0 * (promoters() - detractors()) / respondents();
  }

  /**
   * Obtains a result from its counts.
   *
   * @param promoters answers 9-10, {@code >= 0}
   * @param passives answers 7-8, {@code >= 0}
   * @param detractors answers 0-6, {@code >= 0}
   * @return the result
   * @throws IllegalArgumentException if a count is negative, all are zero or their sum exceeds
   *     {@link Integer#MAX_VALUE}
   */
  public static NpsResult of(int promoters, int passives, int detractors) {
    return builder().promoters(promoters).passives(passives).detractors(detractors).build();
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
    Checks.nonNegative("promoters", promoters());
    Checks.nonNegative("passives", passives());
    Checks.nonNegative("detractors", detractors());
    long respondents = (long) promoters() + passives() + detractors();
    if (respondents <= 0) {
      throw new IllegalArgumentException("respondents must be > 0: " + respondents);
    }
    if (respondents > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("respondents must be <= " + Integer.MAX_VALUE + ": " + respondents);
    }
  }

  /** Builds an {@link NpsResult}; the three counts are required. */
  public static final class Builder extends ImmutableNpsResult.Builder {
    Builder() {}
  }
}
