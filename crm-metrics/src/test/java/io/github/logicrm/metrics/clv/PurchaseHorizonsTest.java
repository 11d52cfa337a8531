package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CalendarWindow;
import io.github.logicrm.core.clv.HorizonForecast;
import io.github.logicrm.core.clv.WindowForecast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DERT, P(alive) at a future date and window forecasts against mpmath at 30 digits (computed once by
 * {@code src/test/resources/clv/horizons_reference.py}: the Pareto/NBD DERT from mpmath's {@code hyperu} and
 * its own 2F1 likelihood, the BG/NBD and MBG/NBD DERT by double quadrature of {@code delta e^(-delta t) E[Y(t)]}
 * over p and t, P(alive) at T + t by quadrature over the posterior of p), and invariants. Parameters: the CDNOW
 * fits of DOMAIN.md; discounting at 15% a year on weekly data, {@code delta = ln(1.15) / 52} as in Fader, Hardie
 * and Lee (2005, "RFM and CLV").
 */
class PurchaseHorizonsTest {

  private static final BgNbd BG = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
  private static final MbgNbd MBG = MbgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
  private static final ParetoNbd PARETO = ParetoNbd.of(0.55315, 10.57633, 0.60625, 11.67150);
  /** A year of weekly data is one period of 52 weeks at 15%, so delta = ln(1.15) / 52. */
  private static final double WEEKS_PER_YEAR = 52;

  /** x, t_x, T, DERT. */
  private static final double[][] PARETO_DERT = {
      {0, 0, 38.86, 0.47823653274635763676},
      {2, 30.43, 38.86, 6.4999327003495225332},
      {1, 5, 38.86, 1.1609561132462624331},
      {10, 35, 38.86, 28.66532943609378346},
      {50, 38, 39, 144.7435284525178412},
      {3, 10, 20, 8.7892414272105636049},
  };
  private static final double[][] BG_DERT = {
      {0, 0.0, 38.86, 1.0172522499817909056},
      {2, 30.43, 38.86, 5.1695340062541245194},
      {1, 5.0, 38.86, 1.361984945152487586},
      {10, 35.0, 38.86, 23.033673252871082189},
      {50, 38.0, 39.0, 118.89796907490533933},
      {3, 10.0, 20.0, 6.5878499206425981728},
  };
  private static final double[][] MBG_DERT = {
      {0, 0.0, 38.86, 0.71777902740933006189},
      {2, 30.43, 38.86, 5.9906044637303371998},
      {1, 5.0, 38.86, 1.8733764931850578873},
      {10, 35.0, 38.86, 24.192195230849960012},
      {50, 38.0, 39.0, 120.12082541253831201},
      {3, 10.0, 20.0, 7.8751863223885324495},
  };
  /** x, t_x, T, P(alive at T + 26). */
  private static final double[][] PARETO_ALIVE = {
      {0, 0, 38.86, 0.22948498388937732511},
      {2, 30.43, 38.86, 0.67575142491719002014},
      {1, 5, 38.86, 0.19840693246718082091},
      {10, 35, 38.86, 0.72099004288783101389},
      {50, 38, 39.0, 0.76174313319257674891},
      {3, 10, 20.0, 0.43988515981681145248},
  };
  private static final double[][] BG_ALIVE = {
      {0, 0.0, 38.86, 0.96872691396552444492},
      {2, 30.43, 38.86, 0.60950666359223986715},
      {1, 5.0, 38.86, 0.27871135504376280417},
      {10, 35.0, 38.86, 0.62646015621955529977},
      {50, 38.0, 39.0, 0.66780385275581468794},
      {3, 10.0, 20.0, 0.35842112287570933228},
  };
  private static final double[][] MBG_ALIVE = {
      {0, 0.0, 38.86, 0.62188930724534074145},
      {2, 30.43, 38.86, 0.66653004556212815065},
      {1, 5.0, 38.86, 0.3559659002357949297},
      {10, 35.0, 38.86, 0.64585700023222471171},
      {50, 38.0, 39.0, 0.67197888099568164896},
      {3, 10.0, 20.0, 0.41049731729694711922},
  };

  private static void assertDert(PurchaseModel model, double[][] rows, double tolerance) {
    PurchaseHorizons horizons = PurchaseHorizons.of(model, WEEKS_PER_YEAR, 0.15);
    for (double[] row : rows) {
      assertThat(horizons.discountedResidualTransactions((int) row[0], row[1], row[2]))
          .as("%s x %s t_x %s T %s", model.kind(), row[0], row[1], row[2])
          .isCloseTo(row[3], within(tolerance * row[3]));
    }
  }

  @Test
  void paretoDertMatchesTheClosedFormInMpmath() {
    assertDert(PARETO, PARETO_DERT, 1e-11);
  }

  @Test
  void betaGeometricDertMatchesTheDiscountedConditionalExpectation() {
    assertDert(BG, BG_DERT, 1e-9);
    assertDert(MBG, MBG_DERT, 1e-9);
  }

  @Test
  void paretoClosedFormEqualsTheQuadratureUsedForBgNbd() {
    // two independent routes to the same number: Fader, Hardie and Lee's Psi expression and the discounted
    // conditional expectation E[Y(t)] of the Pareto/NBD, integrated as for BG/NBD
    PurchaseHorizons horizons = PurchaseHorizons.of(PARETO, WEEKS_PER_YEAR, 0.15);
    for (double[] row : PARETO_DERT) {
      int x = (int) row[0];
      double alive = PARETO.probabilityAlive(x, row[1], row[2]);
      double rate = (0.55315 + x) / (10.57633 + row[2]);
      assertThat(alive * horizons.discountedIfAlive(x, row[2], rate)).isCloseTo(row[3], within(1e-9 * row[3]));
    }
  }

  @Test
  void probabilityAliveAtAFutureDateMatchesMpmath() {
    for (Object[] c : new Object[][] {{PARETO, PARETO_ALIVE}, {BG, BG_ALIVE}, {MBG, MBG_ALIVE}}) {
      PurchaseModel model = (PurchaseModel) c[0];
      PurchaseHorizons horizons = PurchaseHorizons.of(model, WEEKS_PER_YEAR, 0.15);
      for (double[] row : (double[][]) c[1]) {
        assertThat(horizons.probabilityAliveAt(26, (int) row[0], row[1], row[2]))
            .as("%s x %s t_x %s T %s", model.kind(), row[0], row[1], row[2])
            .isCloseTo(row[3], within(1e-12));
      }
    }
  }

  @Test
  void probabilityAliveStartsAtTodaysAndFallsWithTime() {
    for (PurchaseModel model : List.of(BG, MBG, PARETO)) {
      PurchaseHorizons horizons = PurchaseHorizons.of(model, WEEKS_PER_YEAR, 0.15);
      assertThat(horizons.probabilityAliveAt(0, 2, 30.43, 38.86)).isEqualTo(model.probabilityAlive(2, 30.43, 38.86));
      double previous = 1;
      // past z = 0.99 the BG/NBD forms switch from the 2F1 series to the integral over p: no step at the switch
      for (double t : new double[] {1, 10, 100, 1000, 4000, 4600, 5000, 1e5, 1e7, 1e9}) {
        double alive = horizons.probabilityAliveAt(t, 2, 30.43, 38.86);
        assertThat(alive).as("%s at %s", model.kind(), t).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(0);
        previous = alive;
      }
    }
    PurchaseHorizons bg = PurchaseHorizons.of(BG, WEEKS_PER_YEAR, 0.15);
    // T = 38.86, alpha = 4.41: z = u / (1 + u) = 0.99 at t = 99 (alpha + T) = 4284.9
    // three steps below the switch (series) extrapolate quadratically to the step above it (integral)
    double first = bg.probabilityAliveAt(4284.4, 2, 30.43, 38.86);
    double second = bg.probabilityAliveAt(4284.6, 2, 30.43, 38.86);
    double third = bg.probabilityAliveAt(4284.8, 2, 30.43, 38.86);
    double above = bg.probabilityAliveAt(4285.0, 2, 30.43, 38.86);
    assertThat(above).isCloseTo(3 * third - 3 * second + first, within(1e-13));
  }

  @Test
  void windowsAddUpAndMatchPurchaseClv() {
    double month = 52.0 / 12;
    double d = PurchaseClv.perPeriodRate(0.10, 12);
    for (PurchaseModel model : List.of(BG, MBG, PARETO)) {
      PurchaseHorizons horizons = PurchaseHorizons.of(model, month, d);
      double first = horizons.expectedPurchases(CalendarWindow.of(1, 12), 2, 30.43, 38.86);
      double second = horizons.expectedPurchases(CalendarWindow.of(13, 24), 2, 30.43, 38.86);
      assertThat(first + second).isCloseTo(model.conditionalExpectedPurchases(24 * month, 2, 30.43, 38.86),
          within(1e-12));
      assertThat(first).isCloseTo(model.conditionalExpectedPurchases(12 * month, 2, 30.43, 38.86), within(1e-14));
      double discountedFirst = horizons.discountedPurchases(CalendarWindow.next(12), 2, 30.43, 38.86);
      double discountedSecond = horizons.discountedPurchases(CalendarWindow.of(13, 24), 2, 30.43, 38.86);
      assertThat(discountedFirst).isCloseTo(PurchaseClv.of(12, month, d).discountedPurchases(model, 2, 30.43, 38.86),
          within(1e-14));
      assertThat(discountedFirst + discountedSecond)
          .isCloseTo(PurchaseClv.of(24, month, d).discountedPurchases(model, 2, 30.43, 38.86), within(1e-13));
      assertThat(discountedSecond).isLessThan(second / 1.1 * 1.01);
    }
  }

  @Test
  void dertLiesBetweenTheWindowsDiscountedAtTheEndAndAtTheStartOfEachPeriod() {
    // a purchase in period i, at t in ((i - 1) u, i u], is discounted by e^(-delta t), between (1 + d)^-i and
    // (1 + d)^-(i - 1): so DERT lies between the windows' sum and (1 + d) times it (beyond 100 years the
    // discount leaves less than 1e-6 of it)
    double month = 52.0 / 12;
    double d = PurchaseClv.perPeriodRate(0.15, 12);
    for (PurchaseModel model : List.of(BG, MBG, PARETO)) {
      PurchaseHorizons horizons = PurchaseHorizons.of(model, month, d);
      double dert = horizons.discountedResidualTransactions(2, 30.43, 38.86);
      double windows = horizons.discountedPurchases(CalendarWindow.next(1200), 2, 30.43, 38.86);
      assertThat(dert).as("%s", model.kind()).isBetween(windows, (1 + d) * windows * (1 + 1e-6));
    }
  }

  @Test
  void forecastCarriesWindowsValuesAndSettings() {
    PurchaseHorizons horizons = PurchaseHorizons.of(PARETO, 52.0 / 12, 0.008).withMargin(0.3);
    List<CalendarWindow> windows = List.of(CalendarWindow.next(12), CalendarWindow.of(13, 24));
    HorizonForecast forecast = horizons.forecast(40, 2, 30.43, 38.86, windows);
    assertThat(forecast.probabilityAlive()).isEqualTo(PARETO.probabilityAlive(2, 30.43, 38.86));
    assertThat(forecast.residualValue()).isCloseTo(0.3 * 40 * forecast.discountedResidualTransactions(),
        within(1e-12));
    assertThat(forecast.margin()).isEqualTo(0.3);
    assertThat(forecast.discountRate()).isEqualTo(0.008);
    assertThat(forecast.windows()).hasSize(2);
    WindowForecast second = forecast.windows().get(1);
    assertThat(second.window()).isEqualTo(CalendarWindow.of(13, 24));
    assertThat(second.value()).isCloseTo(0.3 * 40 * second.discountedPurchases(), within(1e-12));
    assertThat(second.probabilityAliveAtEnd())
        .isEqualTo(horizons.probabilityAliveAt(24 * 52.0 / 12, 2, 30.43, 38.86));
    assertThat(forecast.windows().get(0).probabilityAliveAtEnd()).isGreaterThan(second.probabilityAliveAtEnd());
  }

  @Test
  void batchEqualsOneByOne() {
    int[] x = {0, 2, 1, 10, 50};
    double[] tx = {0, 30.43, 5, 35, 38};
    double[] age = {38.86, 38.86, 38.86, 38.86, 39};
    double[] spend = {0, 22.35, 10, 35, 15};
    GammaGamma gammaGamma = GammaGamma.of(6.25, 3.74, 15.44);
    for (PurchaseModel model : List.of(BG, PARETO)) {
      PurchaseHorizons horizons = PurchaseHorizons.of(model, 52.0 / 12, 0.008).withMargin(0.3);
      double[] dert = new double[x.length];
      double[] values = new double[x.length];
      horizons.discountedResidualTransactions(x, tx, age, dert);
      horizons.windowValues(CalendarWindow.of(13, 24), gammaGamma, x, tx, age, spend, values);
      for (int i = 0; i < x.length; i++) {
        assertThat(dert[i]).isEqualTo(horizons.discountedResidualTransactions(x[i], tx[i], age[i]));
        double expectedSpend = gammaGamma.conditionalExpectedSpend(x[i], spend[i]);
        assertThat(values[i]).isEqualTo(0.3 * expectedSpend
            * horizons.discountedPurchases(CalendarWindow.of(13, 24), x[i], tx[i], age[i]));
      }
    }
  }

  @Test
  void paretoDertOfTheCdnowBookMatchesMpmath() {
    // the 2,357 CDNOW customers (../shared/data), Pareto/NBD at the DOMAIN.md estimates, 15% a year: the sum and
    // the largest DERT from mpmath at 20 digits (src/test/resources/clv/horizons_reference.py, given the file)
    List<String[]> rows = SharedData.csv("cdnow", "cdnow_customers_summary.csv");
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Integer.parseInt(rows.get(i)[1]);
      tx[i] = Double.parseDouble(rows.get(i)[2]);
      age[i] = Double.parseDouble(rows.get(i)[3]);
    }
    double[] dert = new double[n];
    PurchaseHorizons.of(PARETO, WEEKS_PER_YEAR, 0.15).discountedResidualTransactions(x, tx, age, dert);
    assertThat(n).isEqualTo(2357);
    assertThat(Arrays.stream(dert).sum()).isCloseTo(7205.7055328924463, within(1e-8));
    assertThat(Arrays.stream(dert).max().getAsDouble()).isCloseTo(87.16768102777899, within(1e-10));
  }

  @Test
  void rejectsInvalidInput() {
    assertThatThrownBy(() -> PurchaseHorizons.of(BG, 52.0 / 12, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("discountRate must be finite and > 0: 0.0");
    assertThatThrownBy(() -> PurchaseHorizons.of(BG, 0, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("timeUnitsPerPeriod must be finite and > 0: 0.0");
    assertThatThrownBy(() -> PurchaseHorizons.of(BG, 1, 1e-9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discountRate must give a continuous rate ln(1 + discountRate) / timeUnitsPerPeriod >= 6.0E-8 "
            + "per time unit: 1.0E-9");
    PurchaseHorizons horizons = PurchaseHorizons.of(BG, 52.0 / 12, 0.008);
    assertThatThrownBy(() -> horizons.probabilityAliveAt(-1, 2, 30.43, 38.86))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t must be");
    assertThatThrownBy(() -> horizons.discountedResidualTransactions(2, 40, 38.86))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tx must be in [0, age 38.86]: 40.0");
    assertThatThrownBy(() -> horizons.discountedPurchases(CalendarWindow.of(1, 200_000), 2, 30.43, 38.86))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must have at most 100000 periods: periods 1-200000");
    assertThatThrownBy(() -> CalendarWindow.of(13, 12))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lastPeriod must be >= firstPeriod 13: 12");
    assertThatThrownBy(() -> horizons.withMargin(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("margin must be");
  }
}
