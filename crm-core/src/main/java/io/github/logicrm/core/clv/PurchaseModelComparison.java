package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Purchase models side by side on one calibration/holdout split: the split and, per model, its
 * {@link PurchaseModelValidation} (log-likelihood, AIC, BIC, holdout errors, frequency groups, tracking).
 */
@Value.Immutable
@ValueStyle
public abstract class PurchaseModelComparison {

  PurchaseModelComparison() {}

  /**
   * Returns the time unit of frequency, recency, age and the holdout length.
   *
   * @return the unit, not null
   */
  public abstract PurchaseTimeUnit unit();

  /**
   * Returns the last day of the calibration period.
   *
   * @return the day, inclusive; empty when the split was given as per-customer summaries
   */
  public abstract Optional<LocalDate> calibrationEnd();

  /**
   * Returns the last day of the holdout period.
   *
   * @return the day, inclusive, after {@link #calibrationEnd()}; present exactly when it is
   */
  public abstract Optional<LocalDate> holdoutEnd();

  /**
   * Returns the length of the holdout period, the horizon t of the holdout predictions.
   *
   * @return the length in {@link #unit()}, finite and {@code > 0}
   */
  public abstract double holdoutLength();

  /**
   * Returns the number of customers validated: those with a first purchase on or before the calibration end.
   *
   * @return the count, {@code > 0}
   */
  public abstract int customers();

  /**
   * Returns the number of customers left out because their first purchase came after the calibration end.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int laterCustomers();

  /**
   * Returns the validated models, in the order they were given.
   *
   * @return the validations, not empty, each over {@link #customers()} customers
   */
  public abstract List<PurchaseModelValidation> models();

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
    Checks.positive("holdoutLength", holdoutLength());
    Checks.positive("customers", customers());
    Checks.nonNegative("laterCustomers", laterCustomers());
    Checks.notEmpty("models", models());
    if (calibrationEnd().isPresent() != holdoutEnd().isPresent()) {
      throw new IllegalArgumentException("calibrationEnd and holdoutEnd must be both present or both absent");
    }
    if (calibrationEnd().isPresent() && !holdoutEnd().get().isAfter(calibrationEnd().get())) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd " + calibrationEnd().get() + ": " + holdoutEnd().get());
    }
    for (int i = 0; i < models().size(); i++) {
      int n = models().get(i).holdoutErrors().customers();
      if (n != customers()) {
        throw new IllegalArgumentException("models[" + i + "] must be validated on the " + customers()
            + " customers: " + n);
      }
    }
  }

  /**
   * Builds a {@link PurchaseModelComparison}; {@code unit}, {@code holdoutLength}, {@code customers},
   * {@code laterCustomers} and {@code models} are required.
   */
  public static final class Builder extends ImmutablePurchaseModelComparison.Builder {
    Builder() {}
  }
}
