package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.CalendarWindow;
import io.github.logicrm.core.clv.HorizonForecast;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.RenewalCohort;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.core.clv.WindowForecast;
import org.junit.jupiter.api.Test;

class RenewalHorizonJsonTest {

  static RenewalModelFit fit() {
    return RenewalModelFit.builder()
        .alpha(0.7040773)
        .beta(1.182043)
        .alphaStandardError(0.0655990)
        .betaStandardError(0.1524756)
        .logLikelihood(-1680.2652)
        .cohorts(1)
        .customers(1000)
        .periods(7)
        .iterations(12)
        .status(PurchaseFitStatus.CONVERGED)
        .build();
  }

  static WindowForecast window(int first, int last, double purchases, double discounted, double alive) {
    return WindowForecast.builder()
        .window(CalendarWindow.of(first, last))
        .expectedPurchases(purchases)
        .discountedPurchases(discounted)
        .value(12 * discounted)
        .probabilityAliveAtEnd(alive)
        .build();
  }

  @Test
  void cohortAndFitMatchGolden() {
    assertMatchesGolden(RenewalCohort.of(1000, 631, 468, 382, 326, 289, 262, 241), RenewalCohort.class);
    assertMatchesGolden(fit(), RenewalModelFit.class);
  }

  @Test
  void fitWithoutStandardErrorsLeavesThemOut() throws Exception {
    RenewalModelFit bare = RenewalModelFit.builder().from(fit()).alphaStandardError(java.util.OptionalDouble.empty())
        .betaStandardError(java.util.OptionalDouble.empty()).status(PurchaseFitStatus.NOT_IDENTIFIED).build();
    String json = MAPPER.writeValueAsString(bare);
    assertThat(json).doesNotContain("StandardError");
    assertThat(MAPPER.readValue(json, RenewalModelFit.class)).isEqualTo(bare);
  }

  @Test
  void windowsAndForecastMatchGolden() {
    assertMatchesGolden(CalendarWindow.of(13, 24), CalendarWindow.class);
    assertMatchesGolden(window(13, 24, 0.91, 0.84, 0.58), WindowForecast.class);
    HorizonForecast forecast = HorizonForecast.builder()
        .probabilityAlive(0.73)
        .discountedResidualTransactions(6.5)
        .residualValue(78)
        .addWindows(window(1, 12, 1.23, 1.18, 0.66), window(13, 24, 0.91, 0.84, 0.58))
        .expectedSpend(40)
        .margin(0.3)
        .timeUnitsPerPeriod(52.0 / 12)
        .discountRate(0.008)
        .build();
    assertMatchesGolden(forecast, HorizonForecast.class);
  }

  @Test
  void cohortThatGrowsIsRejected() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"survivors\":[100,90,95]}", RenewalCohort.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("survivors[2] must be <= survivors[1] 90: 95")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windowEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"firstPeriod\":13,\"lastPeriod\":12}", CalendarWindow.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("lastPeriod must be >= firstPeriod 13: 12");
  }
}
