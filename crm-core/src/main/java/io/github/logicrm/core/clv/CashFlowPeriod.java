package io.github.logicrm.core.clv;

/**
 * The length of one period of a cash-flow projection or of a discount rate.
 *
 * <p>Rates and projections may be stated in different periods: a yearly cost of capital discounts a monthly
 * margin projection after conversion by {@link DiscountRate#per(CashFlowPeriod)}. Calendar periods have
 * varying lengths, so conversions and the discounting of dated events use each period's average length in
 * days under the Gregorian calendar (a year of 365.2425 days).
 */
public enum CashFlowPeriod {
  /** One day. */
  DAY(1),
  /** Seven days. */
  WEEK(7),
  /** A twelfth of a year: 30.436875 days on average. */
  MONTH(365.2425 / 12),
  /** A quarter of a year: 91.310625 days on average. */
  QUARTER(365.2425 / 4),
  /** One Gregorian year: 365.2425 days on average. */
  YEAR(365.2425);

  private final double averageDays;

  CashFlowPeriod(double averageDays) {
    this.averageDays = averageDays;
  }

  /**
   * Returns the average length of the period in days.
   *
   * @return the length, {@code > 0}
   */
  public double averageDays() {
    return averageDays;
  }

  /**
   * Returns how many of this period fit into another period, by average length.
   *
   * @param other the other period, not null
   * @return {@code other.averageDays() / averageDays()}, e.g. 12 for {@code MONTH.countIn(YEAR)}
   */
  public double countIn(CashFlowPeriod other) {
    return other.averageDays / averageDays;
  }
}
