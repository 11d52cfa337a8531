package io.github.logicrm.metrics.switching;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.switching.MonetarySwitchingCost;
import io.github.logicrm.core.switching.SwitchingCase;

/**
 * The money side of switching: what a shipper pays to leave its 3PL or carrier, against the present value of
 * what a competitor saves it.
 *
 * <p>Discounting convention: one-time costs, forfeited loyalty credits and the ramp-up loss fall at the moment
 * of switching (time 0) and are not discounted; lost rebates, worse credit terms and the competitor's saving
 * fall at the end of each period {@code t = 1..H} and are discounted by {@code (1 + r)^-t}, so each is worth its
 * per-period amount times the annuity factor {@code A = (1 - (1 + r)^-H) / r} ({@code A = H} when
 * {@code r = 0}). Switching pays only when the savings value strictly exceeds the switching cost; the break-even
 * saving is the switching cost divided by {@code A}. See {@link MonetarySwitchingCost} for every formula.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonetarySwitchingCosts {

  private MonetarySwitchingCosts() {}

  /**
   * Evaluates a switching case.
   *
   * @param inputs the case, not null
   * @return every component of the switching cost, the savings value, the break-even saving and the verdict
   */
  public static MonetarySwitchingCost evaluate(SwitchingCase inputs) {
    double annuity = annuityFactor(inputs.discountRate(), inputs.horizonPeriods());
    double oneTime = inputs.integrationCost() + inputs.onboardingCost() + inputs.trainingCost()
        + inputs.exitPenalty() + inputs.inventoryTransferCost() + inputs.doubleRunningCost();
    double rebates = annuity * inputs.rebateLossPerPeriod();
    double credit = annuity * inputs.creditTermsLossPerPeriod();
    double lostBenefits = inputs.forfeitedLoyaltyCredits() + rebates + credit;
    double cost = oneTime + lostBenefits + inputs.rampUpLoss();
    double savings = annuity * inputs.savingPerPeriod();
    return MonetarySwitchingCost.builder()
        .inputs(inputs)
        .annuityFactor(annuity)
        .oneTimeCost(oneTime)
        .rebateLossValue(rebates)
        .creditTermsLossValue(credit)
        .lostBenefits(lostBenefits)
        .switchingCost(cost)
        .savingsValue(savings)
        .netGain(savings - cost)
        .breakEvenSaving(cost / annuity)
        .switchingPays(savings > cost)
        .build();
  }

  /**
   * Returns the present value of 1 paid at the end of each of {@code periods} periods:
   * {@code (1 - (1 + rate)^-periods) / rate}, or {@code periods} when the rate is 0. Computed with
   * {@code expm1}/{@code log1p} so that small rates keep full precision.
   *
   * @param rate the discount rate per period, finite and {@code >= 0}
   * @param periods the number of periods, {@code > 0}
   * @return the annuity factor, in (0, periods]
   * @throws IllegalArgumentException if the rate is negative, NaN or infinite, or periods is not positive
   */
  public static double annuityFactor(double rate, int periods) {
    Checks.nonNegative("discountRate", rate);
    Checks.positive("horizonPeriods", periods);
    if (rate == 0) {
      return periods;
    }
    return -Math.expm1(-periods * Math.log1p(rate)) / rate;
  }
}
