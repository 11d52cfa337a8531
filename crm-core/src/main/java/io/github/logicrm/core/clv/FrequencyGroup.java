package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The customers with one calibration frequency (or, for the last group, that frequency or more), with their actual
 * and expected purchases in the holdout period: one point of the calibration-versus-holdout diagnostic.
 */
@Value.Immutable
@ValueStyle
public abstract class FrequencyGroup {

  FrequencyGroup() {}

  /**
   * Returns the calibration frequency x of the group: repeat purchases in the calibration period.
   *
   * @return the frequency, {@code >= 0}; the lowest frequency of the group when {@link #orMore()}
   */
  public abstract int frequency();

  /**
   * Tells whether the group holds every customer with at least {@link #frequency()} repeat purchases (the last
   * group, "7+").
   *
   * @return {@code true} for the open-ended last group
   */
  public abstract boolean orMore();

  /**
   * Returns the number of customers in the group.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int customers();

  /**
   * Returns the purchases the group's customers made in the holdout period.
   *
   * @return the sum of the actual holdout purchases, {@code >= 0}
   */
  public abstract long actualPurchases();

  /**
   * Returns the purchases the model expects of the group's customers in the holdout period, the sum of their
   * conditional expectations E[Y(t) | x, t_x, T].
   *
   * @return the sum, finite and {@code >= 0}
   */
  public abstract double expectedPurchases();

  /**
   * Returns the mean actual holdout purchases per customer of the group.
   *
   * @return {@code actualPurchases / customers}, empty for a group without customers
   */
  public OptionalDouble meanActualPurchases() {
    return customers() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) actualPurchases() / customers());
  }

  /**
   * Returns the mean expected holdout purchases per customer of the group.
   *
   * @return {@code expectedPurchases / customers}, empty for a group without customers
   */
  public OptionalDouble meanExpectedPurchases() {
    return customers() == 0 ? OptionalDouble.empty() : OptionalDouble.of(expectedPurchases() / customers());
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
    Checks.nonNegative("frequency", frequency());
    Checks.nonNegative("customers", customers());
    if (actualPurchases() < 0) {
      throw new IllegalArgumentException("actualPurchases must be >= 0: " + actualPurchases());
    }
    Checks.nonNegative("expectedPurchases", expectedPurchases());
    if (customers() == 0 && (actualPurchases() != 0 || expectedPurchases() != 0)) {
      throw new IllegalArgumentException("actualPurchases and expectedPurchases of a group without customers must "
          + "be 0: " + actualPurchases() + ", " + expectedPurchases());
    }
  }

  /**
   * Builds a {@link FrequencyGroup}; {@code frequency}, {@code orMore}, {@code customers},
   * {@code actualPurchases} and {@code expectedPurchases} are required.
   */
  public static final class Builder extends ImmutableFrequencyGroup.Builder {
    Builder() {}
  }
}
