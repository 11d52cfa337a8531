package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.core.internal.Checks;
import java.util.Objects;

/**
 * Retention ("lost for good") customer lifetime value: the present value of the margins a customer brings while
 * it stays, each weighted by the probability that it is still a customer, less what keeping and winning it
 * costs.
 *
 * <p>With survival {@code S_0 = 1}, {@code S_(k+1) = S_k r_k}, one-period discount factor
 * {@code v = 1 / (1 + d)} and timing offset {@code o} (0 for cash at the start of the period, 1 at its end),
 * over a horizon of {@code N} periods:
 *
 * <pre>
 * CLV = sum_{k=0..N-1} S_k m_k v^(k+o)  -  sum_{k=0..N-2} S_k M v^(k+tau)  -  A
 * </pre>
 *
 * <p>where {@code m_k} is the margin, {@code M} the retention spend paid at fraction {@code tau} of the period
 * (spent to keep the customer into the next period, so not in the horizon's last one) and {@code A} the
 * acquisition cost. With constant margin and retention the infinite-horizon value is
 * {@code m (1 + d) / (1 + d - r) - A} for cash at the start of each period and {@code m / (1 + d - r) - A} at its
 * end. Berger and Nasr's (1998) case 1 is the start-of-period case with {@code tau = 0.5}; their case of a
 * margin that changes over time is given by the projection's list of margins and growth rate.
 *
 * <p>Periods beyond the projection's lists form a geometric series, so the value is computed in closed form
 * for any horizon, infinite included, at the cost of the listed periods only.
 *
 * <p>Stateless and thread-safe.
 */
public final class RetentionClv {

  private RetentionClv() {}

  /**
   * Values a cash-flow projection.
   *
   * @param projection the margins, retention rates and costs, not null
   * @param rate the discount rate, in any period (converted to the projection's period), not null
   * @param horizon how many periods to count, not null
   * @return the lifetime value with its parts
   * @throws IllegalArgumentException if the horizon is infinite and the sum diverges: the margin ratio
   *     {@code r (1 + g) / (1 + d)} or the spend ratio {@code r / (1 + d)} of the periods after the lists is
   *     {@code >= 1}
   */
  public static RetentionClvResult of(CashFlowProjection projection, DiscountRate rate, Horizon horizon) {
    DiscountRate perPeriod = rate.per(projection.period());
    double d = perPeriod.rate();
    double v = 1 / (1 + d);
    int offset = projection.timing().offset();
    double tau = projection.retentionSpendTiming();
    double spend = projection.retentionSpend();
    int listed = Math.max(projection.margins().size(), projection.retentionRates().size());
    int explicit = horizon.isInfinite() ? listed : Math.min(listed, horizon.periods().getAsInt());
    long total = horizon.isInfinite() ? -1 : horizon.periods().getAsInt();

    double survival = 1;
    double marginValue = 0;
    double spendValue = 0;
    double periods = 0;
    for (int k = 0; k < explicit; k++) {
      marginValue += survival * projection.margin(k) * Math.pow(v, k + offset);
      if (total < 0 || k + 1 < total) {
        spendValue += survival * spend * Math.pow(v, k + tau);
      }
      periods += survival;
      survival *= projection.retention(k);
    }
    boolean unbounded = false;
    if ((total < 0 || explicit < total) && survival > 0) {
      int k = explicit;
      double r = projection.retention(k);
      double marginRatio = r * (1 + projection.marginGrowth()) * v;
      double spendRatio = r * v;
      long remaining = total < 0 ? -1 : total - k;
      double margin = projection.margin(k);
      if (margin != 0) {
        if (remaining < 0) {
          requireConvergent("margin", r * (1 + projection.marginGrowth()), "retention * (1 + marginGrowth)", d);
        }
        marginValue += survival * margin * Math.pow(v, k + offset) * geometric(marginRatio, remaining);
      }
      if (spend != 0) {
        if (remaining < 0) {
          requireConvergent("retention spend", r, "retention", d);
        }
        long spent = remaining < 0 ? -1 : remaining - 1;
        spendValue += survival * spend * Math.pow(v, k + tau) * geometric(spendRatio, spent);
      }
      if (remaining < 0 && r == 1) {
        unbounded = true;
      } else {
        periods += survival * geometric(r, remaining);
      }
    }
    RetentionClvResult.Builder result = RetentionClvResult.builder()
        .clv(marginValue - spendValue - projection.acquisitionCost())
        .marginValue(marginValue)
        .retentionSpendValue(spendValue)
        .acquisitionCost(projection.acquisitionCost())
        .horizon(horizon)
        .discountRate(perPeriod)
        .timing(projection.timing());
    if (!unbounded) {
      result.expectedPeriods(periods);
    }
    return result.build();
  }

  /**
   * Values a customer with constant margin and retention rate, in closed form.
   *
   * @param margin the margin per period of an active customer, finite
   * @param retentionRate the retention rate per period, in [0, 1]
   * @param discountRate the discount rate per period, finite and {@code >= 0}
   * @param horizon how many periods to count, not null
   * @param timing when within a period the margin arrives, not null
   * @return {@code m v^o (1 - q^N) / (1 - q)} with {@code q = r / (1 + d)}, or {@code m v^o / (1 - q)} for an
   *     infinite horizon (equal to {@code m (1 + d) / (1 + d - r)} for cash at the start of the period)
   * @throws IllegalArgumentException if an argument is out of range, the horizon is infinite with
   *     {@code r = 1} and {@code d = 0}, or the value overflows the double range
   */
  public static double constant(
      double margin, double retentionRate, double discountRate, Horizon horizon, TimingConvention timing) {
    check(margin, retentionRate, 0, discountRate, -1);
    if (horizon.isInfinite() && !(retentionRate < 1 + discountRate)) {
      throw divergent("retention", retentionRate, discountRate);
    }
    int periods = horizon.isInfinite() ? -1 : horizon.periods().getAsInt();
    double clv = value(margin, retentionRate, 0, 1 + discountRate, periods, timing.offset());
    if (!Double.isFinite(clv)) {
      throw new IllegalArgumentException("margin " + margin + " gives a lifetime value beyond the double range: "
          + clv);
    }
    return clv;
  }

  /**
   * Values a batch of customers given as arrays, each with constant margin and retention rate: the columnar
   * form of {@link #constant}, less each customer's acquisition cost. Allocates nothing.
   *
   * @param margins the margin per period of each customer, finite
   * @param retentionRates the retention rate per period of each customer, in [0, 1]
   * @param acquisitionCosts the acquisition cost of each customer, finite and {@code >= 0} (zeros for customers
   *     already won)
   * @param period the period of margins and retention rates, not null
   * @param rate the discount rate, in any period (converted to {@code period}), not null
   * @param horizon how many periods to count, not null
   * @param timing when within a period the margin arrives, not null
   * @param out receives each customer's lifetime value; may be one of the input arrays
   * @throws IllegalArgumentException if the arrays differ in length, an entry is out of range (the message
   *     names the row), the horizon is infinite with a retention rate of 1 and a discount rate of 0, or a value
   *     overflows the double range
   */
  public static void batch(
      double[] margins,
      double[] retentionRates,
      double[] acquisitionCosts,
      CashFlowPeriod period,
      DiscountRate rate,
      Horizon horizon,
      TimingConvention timing,
      double[] out) {
    int n = margins.length;
    Checks.sameLength("retentionRates", retentionRates.length, "margins", n);
    Checks.sameLength("acquisitionCosts", acquisitionCosts.length, "margins", n);
    Checks.sameLength("out", out.length, "margins", n);
    double growth = 1 + rate.per(Objects.requireNonNull(period, "period")).rate();
    int periods = horizon.isInfinite() ? -1 : horizon.periods().getAsInt();
    int offset = timing.offset();
    for (int i = 0; i < n; i++) {
      double m = margins[i];
      double r = retentionRates[i];
      double a = acquisitionCosts[i];
      if (!(Double.isFinite(m) && r >= 0 && r <= 1 && a >= 0 && a < Double.POSITIVE_INFINITY)) {
        check(m, r, a, growth - 1, i);
      }
      if (periods < 0 && !(r < growth)) {
        throw new IllegalArgumentException("retentionRates[" + i + "] of 1 with a discount rate of 0 makes the "
            + "infinite-horizon sum diverge: " + r);
      }
      double clv = value(m, r, a, growth, periods, offset);
      if (!(Math.abs(clv) < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("margins[" + i + "] " + m
            + " gives a lifetime value beyond the double range: " + clv);
      }
      out[i] = clv;
    }
  }

  /**
   * The closed form for constant margin and retention; {@code periods < 0} means infinite. Written as
   * {@code m c (1 - q^N) / (g - r)} with {@code g = 1 + d}, {@code q = r / g} and {@code c = g} (start of period)
   * or 1 (end), so that the infinite horizon costs one division.
   */
  private static double value(double m, double r, double a, double growth, int periods, int offset) {
    double scale = offset == 0 ? m * growth : m;
    if (periods < 0) {
      return scale / (growth - r) - a;
    }
    if (r == growth) {
      return (offset == 0 ? m : m / growth) * periods - a;
    }
    return scale * (1 - powInt(r / growth, periods)) / (growth - r) - a;
  }

  /** {@code x^n} for {@code n >= 0} by repeated squaring: exact enough and far cheaper than {@code Math.pow}. */
  static double powInt(double x, int n) {
    double result = 1;
    double base = x;
    int e = n;
    while (e > 0) {
      if ((e & 1) != 0) {
        result *= base;
      }
      base *= base;
      e >>>= 1;
    }
    return result;
  }

  /** Sum of {@code q^j} for {@code j = 0 .. count-1}; {@code count < 0} means infinite (requires q < 1). */
  private static double geometric(double q, long count) {
    if (count < 0) {
      return 1 / (1 - q);
    }
    if (count == 0) {
      return 0;
    }
    if (q == 1) {
      return count;
    }
    return -Math.expm1(count * Math.log(q)) / (1 - q);
  }

  private static void requireConvergent(String what, double ratio, String ratioName, double d) {
    if (!(ratio < 1 + d)) {
      throw new IllegalArgumentException("the infinite-horizon " + what + " sum diverges: " + ratioName + " "
          + ratio + " must be < 1 + discountRate " + (1 + d));
    }
  }

  private static IllegalArgumentException divergent(String name, double r, double d) {
    return new IllegalArgumentException("the infinite-horizon sum diverges: " + name + " " + r
        + " must be < 1 + discountRate " + (1 + d));
  }

  private static void check(double m, double r, double a, double d, int row) {
    String at = row < 0 ? "" : "[" + row + "]";
    Checks.finite((row < 0 ? "margin" : "margins") + at, m);
    Checks.probability((row < 0 ? "retentionRate" : "retentionRates") + at, r);
    Checks.nonNegative("acquisitionCosts" + at, a);
    Checks.nonNegative("discountRate", d);
  }
}
