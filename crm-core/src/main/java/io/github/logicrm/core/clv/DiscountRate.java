package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A discount rate together with the period it applies to, such as 10% a year or 0.8% a month.
 *
 * <p>The rate is compounded once per period: an amount due {@code t} periods from now is worth
 * {@code (1 + rate)^-t} today, for whole and fractional {@code t} alike. {@link #per(CashFlowPeriod)} gives the
 * equivalent rate for another period, so a yearly cost of capital can discount a monthly projection.
 */
@Value.Immutable
@ValueStyle
public abstract class DiscountRate {

  DiscountRate() {}

  /**
   * Returns the rate per period as a fraction (0.1 for 10%).
   *
   * @return the rate, finite and {@code >= 0}
   */
  public abstract double rate();

  /**
   * Returns the period the rate applies to.
   *
   * @return the period, not null
   */
  public abstract CashFlowPeriod period();

  /**
   * Obtains a rate.
   *
   * @param rate the rate per period as a fraction, finite and {@code >= 0}
   * @param period the period it applies to, not null
   * @return the discount rate
   * @throws IllegalArgumentException if {@code rate} is negative, NaN or infinite
   */
  public static DiscountRate of(double rate, CashFlowPeriod period) {
    return builder().rate(rate).period(period).build();
  }

  /**
   * Obtains a yearly rate.
   *
   * @param rate the rate per year as a fraction, finite and {@code >= 0}
   * @return the discount rate
   * @throws IllegalArgumentException if {@code rate} is negative, NaN or infinite
   */
  public static DiscountRate yearly(double rate) {
    return of(rate, CashFlowPeriod.YEAR);
  }

  /**
   * Returns the equivalent rate for another period, compounding by average period length:
   * {@code (1 + rate)^(other / period) - 1}.
   *
   * @param other the period wanted, not null
   * @return this rate if the periods are equal, otherwise the equivalent rate per {@code other}
   */
  public DiscountRate per(CashFlowPeriod other) {
    if (other == period()) {
      return this;
    }
    double converted = Math.expm1(period().countIn(other) * Math.log1p(rate()));
    return of(converted, other);
  }

  /**
   * Returns the present value of one unit of money due after a number of periods.
   *
   * @param periods time from the valuation in periods of {@link #period()}, finite and {@code >= 0}
   * @return {@code (1 + rate)^-periods}, in [0, 1] (0 only when it underflows)
   * @throws IllegalArgumentException if {@code periods} is negative, NaN or infinite
   */
  public double factor(double periods) {
    Checks.nonNegative("periods", periods);
    return Math.pow(1 + rate(), -periods);
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
    Checks.nonNegative("discountRate", rate());
  }

  /** Builds a {@link DiscountRate}; {@code rate} and {@code period} are required. */
  public static final class Builder extends ImmutableDiscountRate.Builder {
    Builder() {}
  }
}
