package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How far a purchase model's holdout predictions fall from what the customers did: per-customer errors of the
 * conditional expectation E[Y(t) | x, t_x, T] against the actual holdout purchases, and the error of the total.
 */
@Value.Immutable
@ValueStyle
public abstract class HoldoutErrors {

  HoldoutErrors() {}

  /**
   * Returns the number of customers compared.
   *
   * @return the count, {@code > 0}
   */
  public abstract int customers();

  /**
   * Returns the book's actual holdout purchases.
   *
   * @return the sum over customers, {@code >= 0}
   */
  public abstract long actualTotal();

  /**
   * Returns the book's expected holdout purchases.
   *
   * @return the sum of the conditional expectations, finite and {@code >= 0}
   */
  public abstract double expectedTotal();

  /**
   * Returns the mean absolute error over customers: mean of |expected - actual|.
   *
   * @return the MAE in purchases, finite and {@code >= 0}
   */
  public abstract double meanAbsoluteError();

  /**
   * Returns the root mean squared error over customers: sqrt(mean of (expected - actual)^2).
   *
   * @return the RMSE in purchases, finite and {@code >= 0}
   */
  public abstract double rootMeanSquaredError();

  /**
   * Returns the error of the book's total in percent of the actual total:
   * {@code 100 (expectedTotal - actualTotal) / actualTotal}; positive when the model over-forecasts.
   *
   * @return the percentage, finite; empty when the actual total is 0
   */
  public abstract OptionalDouble totalErrorPercent();

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
    Checks.positive("customers", customers());
    if (actualTotal() < 0) {
      throw new IllegalArgumentException("actualTotal must be >= 0: " + actualTotal());
    }
    Checks.nonNegative("expectedTotal", expectedTotal());
    Checks.nonNegative("meanAbsoluteError", meanAbsoluteError());
    Checks.nonNegative("rootMeanSquaredError", rootMeanSquaredError());
    totalErrorPercent().ifPresent(v -> Checks.finite("totalErrorPercent", v));
    if (totalErrorPercent().isPresent() != (actualTotal() > 0)) {
      throw new IllegalArgumentException("totalErrorPercent must be present exactly when actualTotal "
          + actualTotal() + " is positive: " + totalErrorPercent());
    }
  }

  /**
   * Builds a {@link HoldoutErrors}; every attribute but {@code totalErrorPercent} is required.
   */
  public static final class Builder extends ImmutableHoldoutErrors.Builder {
    Builder() {}
  }
}
