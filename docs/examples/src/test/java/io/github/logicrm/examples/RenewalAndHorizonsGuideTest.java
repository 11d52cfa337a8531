package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CalendarWindow;
import io.github.logicrm.core.clv.HorizonForecast;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.WindowForecast;
import io.github.logicrm.metrics.clv.BgNbd;
import io.github.logicrm.metrics.clv.PurchaseClv;
import io.github.logicrm.metrics.clv.PurchaseHorizons;
import io.github.logicrm.metrics.clv.ShiftedBetaGeometric;
import org.junit.jupiter.api.Test;

/** The numbers {@code docs/clv.md} quotes for contract renewals and horizons. */
class RenewalAndHorizonsGuideTest {

  @Test
  void renewalFitAndShipperValue() {
    RenewalModelFit fit = RenewalAndHorizonsGuide.fitRenewals();
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.customers()).isEqualTo(705);
    assertThat(fit.alpha()).isCloseTo(0.575, within(5e-4));
    assertThat(fit.beta()).isCloseTo(1.399, within(5e-4));
    assertThat(fit.alphaStandardError().getAsDouble()).isCloseTo(0.113, within(5e-4));
    assertThat(fit.betaStandardError().getAsDouble()).isCloseTo(0.332, within(5e-4));
    double alpha = fit.alpha();
    double beta = fit.beta();
    ShiftedBetaGeometric model = ShiftedBetaGeometric.from(fit);
    // r_t = (beta + t - 1) / (alpha + beta + t - 1): 0.709 at the first renewal, 0.884 at the fourth, 0.948 at
    // the tenth
    assertThat(model.retentionRates(10)[0]).isCloseTo(beta / (alpha + beta), within(1e-15)).isCloseTo(0.709,
        within(5e-4));
    assertThat(model.retentionRate(4)).isCloseTo(0.884, within(5e-4));
    assertThat(model.retentionRate(10)).isCloseTo(0.948, within(5e-4));
    double derl = model.discountedResidualLifetime(0.10, 3);
    assertThat(derl).isCloseTo(6.19, within(5e-3));
    RetentionClvResult value = RenewalAndHorizonsGuide.renewedShipper();
    assertThat(value.clv()).isCloseTo(250_000 * (1 + derl / 1.1), within(1e-6)).isCloseTo(1_657_000, within(500.0));
    // a constant retention of r_4 = 0.884 for ever: 250,000 x 1.1 / (1.1 - 0.884)
    double constant = 250_000 * 1.1 / (1.1 - model.retentionRate(4));
    assertThat(constant).isCloseTo(1_276_000, within(500.0));
    assertThat(value.expectedPeriods()).isEmpty();
  }

  @Test
  void spotShipper() {
    HorizonForecast forecast = RenewalAndHorizonsGuide.spotShipperForecast();
    assertThat(forecast.expectedSpend()).isCloseTo(170.14, within(5e-3));
    assertThat(forecast.probabilityAlive()).isCloseTo(0.678, within(5e-4));
    WindowForecast first = forecast.windows().get(0);
    WindowForecast second = forecast.windows().get(1);
    assertThat(first.window()).isEqualTo(CalendarWindow.next(12));
    assertThat(first.expectedPurchases()).isCloseTo(3.11, within(5e-3));
    assertThat(first.value()).isCloseTo(126.1, within(0.05));
    assertThat(first.probabilityAliveAtEnd()).isCloseTo(0.464, within(5e-4));
    assertThat(second.expectedPurchases()).isCloseTo(2.20, within(5e-3));
    assertThat(second.value()).isCloseTo(81.2, within(0.05));
    assertThat(second.probabilityAliveAtEnd()).isCloseTo(0.361, within(5e-4));
    assertThat(forecast.discountedResidualTransactions()).isCloseTo(12.47, within(5e-3));
    assertThat(forecast.residualValue()).isCloseTo(530.6, within(0.05));
    PurchaseHorizons horizons = PurchaseHorizons.of(BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881),
        52.0 / 12, PurchaseClv.perPeriodRate(0.10, 12));
    assertThat(horizons.probabilityAliveAt(26, 6, 40, 52)).isCloseTo(0.548, within(5e-4));
  }
}
