package io.github.logicrm.core.clv;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One customer's purchase history reduced to what the purchase models need: frequency, recency and age over
 * the calibration period, mean repeat spend, and optionally what happened in a holdout period.
 *
 * <p>Times are in a unit the summarizer was told (days, weeks, months); the summary itself does not carry the
 * unit. The first purchase starts the customer's clock and is not a repeat purchase.
 */
@Value.Immutable
@ValueStyle
public abstract class PurchaseSummary {

  PurchaseSummary() {}

  /**
   * Returns the customer.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the frequency x: the number of repeat purchases (periods with a purchase after the first) in the
   * calibration period.
   *
   * @return the frequency, {@code >= 0}
   */
  public abstract int frequency();

  /**
   * Returns the recency t_x: the time of the last repeat purchase since the first purchase.
   *
   * @return the recency, finite, {@code >= 0}, 0 when the frequency is 0, at most {@link #age()}
   */
  public abstract double recency();

  /**
   * Returns the age T: the time from the first purchase to the end of the calibration period.
   *
   * @return the age, finite and {@code >= 0}
   */
  public abstract double age();

  /**
   * Returns the mean value of the repeat purchases (the first purchase excluded).
   *
   * @return the mean repeat spend, finite and {@code >= 0}; present exactly when the frequency is positive
   */
  public abstract OptionalDouble meanRepeatSpend();

  /**
   * Returns the number of purchases (periods with a purchase) in the holdout period.
   *
   * @return the holdout purchases, {@code >= 0}, if a holdout period was summarized
   */
  public abstract OptionalInt holdoutPurchases();

  /**
   * Returns the total value of the purchases in the holdout period.
   *
   * @return the holdout spend, finite and {@code >= 0}; present exactly when the holdout purchases are
   */
  public abstract OptionalDouble holdoutSpend();

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
    Checks.nonNegative("recency", recency());
    Checks.nonNegative("age", age());
    if (recency() > age()) {
      throw new IllegalArgumentException("recency must be <= age " + age() + ": " + recency());
    }
    if (frequency() == 0 && recency() != 0) {
      throw new IllegalArgumentException("recency must be 0 when frequency is 0: " + recency());
    }
    if (frequency() == 0 && meanRepeatSpend().isPresent()) {
      throw new IllegalArgumentException(
          "meanRepeatSpend must be absent when frequency is 0: " + meanRepeatSpend().getAsDouble());
    }
    if (frequency() > 0 && meanRepeatSpend().isEmpty()) {
      throw new IllegalArgumentException("meanRepeatSpend must be present when frequency is " + frequency());
    }
    meanRepeatSpend().ifPresent(v -> Checks.nonNegative("meanRepeatSpend", v));
    holdoutPurchases().ifPresent(v -> Checks.nonNegative("holdoutPurchases", v));
    holdoutSpend().ifPresent(v -> Checks.nonNegative("holdoutSpend", v));
    if (holdoutPurchases().isPresent() != holdoutSpend().isPresent()) {
      throw new IllegalArgumentException("holdoutPurchases and holdoutSpend must be both present or both absent");
    }
  }

  /**
   * Builds a {@link PurchaseSummary}; {@code customerId}, {@code frequency}, {@code recency} and {@code age} are
   * required.
   */
  public static final class Builder extends ImmutablePurchaseSummary.Builder {
    Builder() {}
  }
}
