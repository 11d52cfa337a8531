package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.internal.Checks;
import java.util.Objects;

/**
 * Discounted customer lifetime value from a purchase model and a spend model: expected profit per transaction
 * times the discounted expected transactions over a horizon.
 *
 * <p>The data's time unit and the discount period are stated separately: the horizon is {@code periods}
 * discount periods of {@code timeUnitsPerPeriod} data time units each (a month of weekly data is 52 / 12 =
 * 4.333 units), and {@code discountRate} is the rate per discount period (a 10% annual rate, discounted
 * monthly, is {@code 1.1^(1/12) - 1}; see {@link #perPeriodRate(double, double)}). The transactions expected
 * in period i, E[Y(i u)] - E[Y((i - 1) u)], are discounted by {@code (1 + d)^-i}, i.e. at the end of the
 * period:
 * <pre>CLV = margin * E[spend] * sum_{i=1..n} (E[Y(i u) | x, t_x, T] - E[Y((i-1) u) | x, t_x, T]) / (1 + d)^i</pre>
 *
 * <p>Immutable and thread-safe; the batch method allocates nothing per customer.
 */
public final class PurchaseClv {

  /** The longest horizon, in discount periods: 100,000 (8,333 years of months). */
  public static final int MAX_PERIODS = 100_000;

  private final int periods;
  private final double timeUnitsPerPeriod;
  private final double discountRate;
  private final double margin;

  private PurchaseClv(int periods, double timeUnitsPerPeriod, double discountRate, double margin) {
    this.periods = periods;
    this.timeUnitsPerPeriod = timeUnitsPerPeriod;
    this.discountRate = discountRate;
    this.margin = margin;
  }

  /**
   * Makes a CLV calculator with a margin of 1 (the value is revenue; see {@link #withMargin(double)}).
   *
   * @param periods horizon in discount periods, in [1, {@link #MAX_PERIODS}] (each period costs one evaluation
   *     of the model per customer)
   * @param timeUnitsPerPeriod data time units in one discount period, finite and {@code > 0}, with the whole
   *     horizon {@code periods * timeUnitsPerPeriod} at most {@link PurchaseModel#MAX_TIME}
   * @param discountRate discount rate per discount period, finite and {@code >= 0}
   * @return the calculator
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static PurchaseClv of(int periods, double timeUnitsPerPeriod, double discountRate) {
    if (periods > MAX_PERIODS) {
      throw new IllegalArgumentException("periods must be <= " + MAX_PERIODS + ": " + periods);
    }
    if (periods > 0 && timeUnitsPerPeriod > PurchaseModel.MAX_TIME / periods) {
      throw new IllegalArgumentException("timeUnitsPerPeriod must keep the horizon of " + periods
          + " periods within PurchaseModel.MAX_TIME " + PurchaseModel.MAX_TIME + ": " + timeUnitsPerPeriod);
    }
    return new PurchaseClv(Checks.positive("periods", periods),
        Checks.positive("timeUnitsPerPeriod", timeUnitsPerPeriod), Checks.nonNegative("discountRate", discountRate),
        1);
  }

  /**
   * Converts a rate per year into the equivalent compound rate per discount period.
   *
   * @param annualRate rate per year, finite and {@code >= 0}
   * @param periodsPerYear discount periods in a year, finite and {@code > 0} (12 for months)
   * @return {@code (1 + annualRate)^(1 / periodsPerYear) - 1}, finite
   * @throws IllegalArgumentException if an argument is out of range, or the periods are so few that the rate
   *     per period exceeds the double range
   */
  public static double perPeriodRate(double annualRate, double periodsPerYear) {
    Checks.nonNegative("annualRate", annualRate);
    Checks.positive("periodsPerYear", periodsPerYear);
    double rate = Math.expm1(Math.log1p(annualRate) / periodsPerYear);
    if (!(rate < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("periodsPerYear must be large enough for the rate per period (1 + "
          + "annualRate " + annualRate + ")^(1 / periodsPerYear) - 1 to be finite: " + periodsPerYear);
    }
    return rate;
  }

  /**
   * Returns a calculator that multiplies spend by a profit margin.
   *
   * @param margin profit per unit of spend, in [0, 1]
   * @return a new calculator
   * @throws IllegalArgumentException if the margin is outside [0, 1]
   */
  public PurchaseClv withMargin(double margin) {
    return new PurchaseClv(periods, timeUnitsPerPeriod, discountRate, Checks.probability("margin", margin));
  }

  /**
   * Returns the discounted expected number of transactions over the horizon.
   *
   * @param model the purchase model
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return the discounted expected transactions
   * @throws IllegalArgumentException if the history is invalid
   */
  public double discountedPurchases(PurchaseModel model, int x, double tx, double age) {
    Rows.check(x, tx, age);
    return discounted((AbstractPurchaseModel) model, x, tx, age);
  }

  private double discounted(AbstractPurchaseModel model, int x, double tx, double age) {
    double alive = model.probabilityAliveUnchecked(x, tx, age);
    double sum = 0;
    double previous = 0;
    double factor = 1;
    for (int i = 1; i <= periods; i++) {
      double cumulative = model.expectedIfAlive(i * timeUnitsPerPeriod, x, age) * alive;
      factor /= 1 + discountRate;
      sum += (cumulative - previous) * factor;
      previous = cumulative;
    }
    return sum;
  }

  /**
   * Returns one customer's discounted lifetime value over the horizon.
   *
   * @param model the purchase model
   * @param expectedSpend expected spend per transaction (e.g. from {@link GammaGamma}), finite and {@code >= 0}
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return margin x expected spend x discounted expected transactions
   * @throws IllegalArgumentException if an argument is invalid
   */
  public double value(PurchaseModel model, double expectedSpend, int x, double tx, double age) {
    Checks.nonNegative("expectedSpend", expectedSpend);
    return margin * expectedSpend * discountedPurchases(model, x, tx, age);
  }

  /**
   * Scores a book in columns with a Gamma-Gamma spend model; allocates nothing per customer.
   *
   * @param model the purchase model
   * @param spend the spend model ({@code q > 1})
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length
   * @param meanSpend mean repeat spend per customer (0 without repeat purchases), same length
   * @param out lifetime values, same length
   * @throws IllegalArgumentException if lengths differ or a row is invalid (the message names the row)
   */
  public void values(PurchaseModel model, GammaGamma spend, int[] x, double[] tx, double[] age, double[] meanSpend,
      double[] out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(spend, "spend");
    Rows.checkRows(x, tx, age);
    Rows.checkLength("out", Objects.requireNonNull(out, "out").length, x.length);
    spend.conditionalExpectedSpend(x, meanSpend, out);
    AbstractPurchaseModel m = (AbstractPurchaseModel) model;
    for (int i = 0; i < x.length; i++) {
      out[i] = margin * out[i] * discounted(m, x[i], tx[i], age[i]);
    }
  }
}
