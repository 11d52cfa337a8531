package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One customer's predictions with their confidence intervals: P(alive), the expected purchases over a horizon
 * and, where a spend model was given, the lifetime value. All intervals share one level and method.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerIntervals {

  CustomerIntervals() {}

  /**
   * Returns the horizon of {@link #expectedPurchases()}, in the data's time unit.
   *
   * @return the horizon, finite and {@code >= 0}
   */
  public abstract double horizon();

  /**
   * Returns the probability that the customer is still active at the end of the calibration period.
   *
   * @return the estimate and interval, within [0, 1], not null
   */
  public abstract ConfidenceInterval probabilityAlive();

  /**
   * Returns the expected purchases over the {@link #horizon()}, E[Y(t) | x, t_x, T].
   *
   * @return the estimate and interval, {@code >= 0}, not null
   */
  public abstract ConfidenceInterval expectedPurchases();

  /**
   * Returns the customer's discounted lifetime value, when a spend model was given.
   *
   * @return the estimate and interval, or empty
   */
  public abstract Optional<ConfidenceInterval> clv();

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
    Checks.nonNegative("horizon", horizon());
    Checks.probability("probabilityAlive.lower", probabilityAlive().lower());
    Checks.probability("probabilityAlive.upper", probabilityAlive().upper());
    Checks.nonNegative("expectedPurchases.lower", expectedPurchases().lower());
    same("expectedPurchases", expectedPurchases());
    clv().ifPresent(v -> same("clv", v));
  }

  private void same(String name, ConfidenceInterval other) {
    if (other.level() != probabilityAlive().level() || other.method() != probabilityAlive().method()) {
      throw new IllegalArgumentException(name + " must have the level and method of probabilityAlive "
          + probabilityAlive().level() + " " + probabilityAlive().method() + ": " + other.level() + " "
          + other.method());
    }
  }

  /**
   * Builds a {@link CustomerIntervals}; {@code horizon}, {@code probabilityAlive} and {@code expectedPurchases}
   * are required.
   */
  public static final class Builder extends ImmutableCustomerIntervals.Builder {
    Builder() {}
  }
}
