package io.github.logicrm.examples;

import io.github.logicrm.core.clv.CalendarWindow;
import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.HorizonForecast;
import io.github.logicrm.core.clv.RenewalCohort;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.metrics.clv.BgNbd;
import io.github.logicrm.metrics.clv.ContractClv;
import io.github.logicrm.metrics.clv.GammaGamma;
import io.github.logicrm.metrics.clv.PurchaseClv;
import io.github.logicrm.metrics.clv.PurchaseHorizons;
import io.github.logicrm.metrics.clv.ShiftedBetaGeometric;
import java.util.List;

/**
 * The code shown in {@code docs/clv.md} for contract renewals (the shifted-beta-geometric model) and for the
 * horizons of the purchase models, on made-up logistics data.
 */
public final class RenewalAndHorizonsGuide {

  private RenewalAndHorizonsGuide() {}

  /**
   * A 3PL's yearly contract shippers, one cohort per signing year, counted at the start of each contract year
   * up to the start of 2026.
   *
   * @return the cohorts, oldest first
   */
  public static List<RenewalCohort> contractCohorts() {
    return List.of(
        RenewalCohort.of(120, 84, 66, 56, 50, 46),  // signed 2021: 2021 .. 2026
        RenewalCohort.of(150, 108, 86, 74, 66),     // signed 2022
        RenewalCohort.of(135, 95, 77, 66),          // signed 2023
        RenewalCohort.of(160, 115, 92),             // signed 2024
        RenewalCohort.of(140, 99));                 // signed 2025
  }

  /**
   * Fits the renewal model to the cohorts.
   *
   * @return the fit
   */
  public static RenewalModelFit fitRenewals() {
    RenewalModelFit fit = ShiftedBetaGeometric.fit(contractCohorts());
    // fit.alpha(), fit.beta(), fit.alphaStandardError(), fit.logLikelihood(), fit.status()
    return fit;
  }

  /**
   * Values a shipper with a yearly margin of 250,000 that has renewed three times, at 10% a year.
   *
   * @return the lifetime value from the start of its fourth contract year
   */
  public static RetentionClvResult renewedShipper() {
    ShiftedBetaGeometric renewals = ShiftedBetaGeometric.from(fitRenewals());
    double[] nextRetention = renewals.retentionRates(10);  // r_1 .. r_10, rising as churners leave
    double derl = renewals.discountedResidualLifetime(0.10, 3);  // renewed 3 times: the paper's n - 1 = 3
    return ContractClv.of(renewals, 3, 250_000, 0, DiscountRate.yearly(0.10), CashFlowPeriod.YEAR,
        Horizon.infinite());
  }

  /**
   * Forecasts a spot shipper of a weekly book over the next 12 months, months 13 to 24 and its whole future.
   *
   * @return the forecast
   */
  public static HorizonForecast spotShipperForecast() {
    BgNbd orders = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);  // weeks
    GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);
    double expectedSpend = spend.conditionalExpectedSpend(6, 180.0);
    PurchaseHorizons horizons = PurchaseHorizons.of(orders, 52.0 / 12, PurchaseClv.perPeriodRate(0.10, 12))
        .withMargin(0.25);
    // 6 repeat orders, the last in week 40 of 52
    double aliveInSixMonths = horizons.probabilityAliveAt(26, 6, 40, 52);
    return horizons.forecast(expectedSpend, 6, 40, 52,
        List.of(CalendarWindow.next(12), CalendarWindow.of(13, 24)));
  }
}
