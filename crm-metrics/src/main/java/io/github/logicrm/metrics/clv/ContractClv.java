package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.core.internal.Checks;
import java.util.Objects;

/**
 * Retention lifetime value of a contract customer whose renewals follow a {@link ShiftedBetaGeometric} model:
 * the value {@link RetentionClv} gives for a fixed retention rate, with the rate that rises as a cohort's
 * likeliest churners leave.
 *
 * <p>The customer is valued at the start of a contract period it has paid for, having renewed {@code k} times
 * ({@code k = 0} in its first period). The margin {@code m} is paid at the start of every period under
 * contract ({@link TimingConvention#START_OF_PERIOD}); the current one is certain and each later one is
 * weighted by the probability of renewing up to it given {@code k} renewals so far:
 *
 * <pre>
 * CLV = m sum_{j=0..N-1} S(k + j) / S(k) / (1 + d)^j - A = m (1 + DERL(d, k) / (1 + d)) - A   (N infinite)
 * </pre>
 *
 * <p>where {@code DERL(d, k)} is {@link ShiftedBetaGeometric#discountedResidualLifetime(double, int)} (Fader and
 * Hardie's {@code DERL(d | alpha, beta, n - 1 = k renewals)}, the value of the renewals still to come, seen from
 * the coming one) and {@code A} the acquisition cost. A finite horizon of {@code N} periods counts the current
 * period and the next {@code N - 1}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContractClv {

  private ContractClv() {}

  /**
   * Values a contract customer.
   *
   * @param model the renewal model, not null
   * @param renewals the renewals the customer has made, {@code >= 0} (0 for a customer in its first period)
   * @param margin the margin per period under contract, finite
   * @param acquisitionCost the acquisition cost to subtract, finite and {@code >= 0} (0 for a customer already
   *     won)
   * @param rate the discount rate, in any period (converted to {@code period}), not null
   * @param period the contract period, not null
   * @param horizon how many periods to count, the current one included, not null
   * @return the lifetime value with its parts; {@code expectedPeriods} is the expected number of periods paid
   *     for within the horizon, empty when it is unbounded (infinite horizon with {@code alpha <= 1})
   * @throws IllegalArgumentException if an argument is out of range, or the horizon is infinite with a zero
   *     discount rate and {@code alpha <= 1} (the sum diverges)
   */
  public static RetentionClvResult of(ShiftedBetaGeometric model, int renewals, double margin,
      double acquisitionCost, DiscountRate rate, CashFlowPeriod period, Horizon horizon) {
    Objects.requireNonNull(model, "model");
    Checks.nonNegative("renewals", renewals);
    Checks.finite("margin", margin);
    Checks.nonNegative("acquisitionCost", acquisitionCost);
    DiscountRate perPeriod = rate.per(Objects.requireNonNull(period, "period"));
    double d = perPeriod.rate();
    double discounted;
    double periods;
    if (horizon.isInfinite()) {
      if (d == 0 && !(model.alpha() > 1)) {
        throw new IllegalArgumentException("the infinite-horizon sum diverges: alpha " + model.alpha()
            + " must be > 1 at discountRate 0");
      }
      discounted = 1 + model.discountedResidualLifetime(d, renewals) / (1 + d);
      periods = model.alpha() > 1 ? 1 + (model.beta() + renewals) / (model.alpha() - 1) : Double.NaN;
    } else {
      int n = horizon.periods().getAsInt();
      discounted = 1 + model.discountedResidualLifetime(d, renewals, n - 1) / (1 + d);
      periods = 1 + model.discountedResidualLifetime(0, renewals, n - 1);
    }
    double marginValue = margin * discounted;
    if (!Double.isFinite(marginValue)) {
      throw new IllegalArgumentException("margin " + margin + " gives a lifetime value beyond the double range: "
          + marginValue);
    }
    RetentionClvResult.Builder result = RetentionClvResult.builder()
        .clv(marginValue - acquisitionCost)
        .marginValue(marginValue)
        .retentionSpendValue(0)
        .acquisitionCost(acquisitionCost)
        .horizon(horizon)
        .discountRate(perPeriod)
        .timing(TimingConvention.START_OF_PERIOD);
    if (Double.isFinite(periods)) {
      result.expectedPeriods(periods);
    }
    return result.build();
  }
}
