package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One cohort of contract customers observed over renewal periods: how many of those who signed in the same
 * period are still customers at the start of each period since.
 *
 * <p>Entry {@code t} of {@link #survivors()} is the number still under contract at the start of period
 * {@code t}: entry 0 is the cohort's size, entry 1 those who renewed once, and so on. The customers counted in
 * the last entry are right-censored: they are still customers when observation ends, so their lifetime is only
 * known to exceed the last period.
 */
@Value.Immutable
@ValueStyle
public abstract class RenewalCohort {

  RenewalCohort() {}

  /**
   * Returns the survivors at the start of each period, starting with the cohort's size.
   *
   * @return the counts, at least two, the first {@code > 0}, each {@code >= 0} and none above the one before
   */
  public abstract List<Integer> survivors();

  /**
   * Returns the cohort's size: the survivors at the start of period 0.
   *
   * @return the size, {@code > 0}
   */
  public int size() {
    return survivors().get(0);
  }

  /**
   * Returns the number of renewal periods observed: one less than the number of counts.
   *
   * @return the periods, {@code >= 1}
   */
  public int periods() {
    return survivors().size() - 1;
  }

  /**
   * Obtains a cohort from its survivor counts.
   *
   * @param survivors the customers under contract at the start of periods 0, 1, 2, ...
   * @return the cohort
   * @throws NullPointerException if {@code survivors} is null
   * @throws IllegalArgumentException if there are fewer than two counts, the first is not positive, a count is
   *     negative or a count exceeds the one before it
   */
  public static RenewalCohort of(int... survivors) {
    Builder builder = builder();
    for (int count : Objects.requireNonNull(survivors, "survivors")) {
      builder.addSurvivors(count);
    }
    return builder.build();
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
    List<Integer> counts = survivors();
    Checks.atLeast("survivors.size", counts.size(), 2);
    Checks.positive("survivors[0]", counts.get(0));
    for (int t = 1; t < counts.size(); t++) {
      int count = Checks.nonNegative("survivors", t, counts.get(t));
      if (count > counts.get(t - 1)) {
        throw new IllegalArgumentException(Checks.at("survivors", t) + " must be <= survivors[" + (t - 1) + "] "
            + counts.get(t - 1) + ": " + count);
      }
    }
  }

  /** Builds a {@link RenewalCohort}; {@code survivors} needs at least two counts. */
  public static final class Builder extends ImmutableRenewalCohort.Builder {
    Builder() {}
  }
}
