package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gamma-Gamma spend, BG/BB predictions and discounted CLV. */
class SpendAndClvTest {

  private static final GammaGamma SPEND = GammaGamma.of(6.25, 3.74, 15.44);
  private static final BgNbd BG = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);

  @Test
  void expectedSpendIsTheCredibilityWeightedMean() {
    double population = 6.25 * 15.44 / 2.74;
    assertThat(SPEND.expectedSpend()).isCloseTo(population, within(1e-12));
    double w = 6.25 * 2 / (6.25 * 2 + 2.74);
    assertThat(SPEND.conditionalExpectedSpend(2, 22.35)).isCloseTo((1 - w) * population + w * 22.35, within(1e-12));
    assertThat(SPEND.conditionalExpectedSpend(0, 0)).isCloseTo(population, within(1e-12));
    double[] out = new double[2];
    SPEND.conditionalExpectedSpend(new int[] {2, 0}, new double[] {22.35, 0}, out);
    assertThat(out).containsExactly(SPEND.conditionalExpectedSpend(2, 22.35), population);
  }

  @Test
  void spendNeedsQAboveOne() {
    // with q <= 1 the mean spend p gamma / (q - 1) does not exist: such a model is refused when made
    assertThatThrownBy(() -> GammaGamma.of(1, 0.9, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("q must be > 1 for the mean spend p gamma / (q - 1) to exist: 0.9");
    assertThatThrownBy(() -> GammaGamma.of(1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("q must be > 1 for the mean spend p gamma / (q - 1) to exist: 1.0");
    assertThatThrownBy(() -> GammaGamma.of(1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("q must be finite: NaN");
    assertThat(GammaGamma.of(2, Math.nextUp(1.0), 1).expectedSpend()).isCloseTo(2 / Math.ulp(1.0), within(1e-3));
    assertThatThrownBy(() -> SPEND.conditionalExpectedSpend(new int[] {1, -1}, new double[] {1, 1}, new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x[1] must be >= 0: -1");
  }

  @Test
  void figuresBeyondTheDoubleRangeAreRefusedNotInfinite() {
    assertThatThrownBy(() -> GammaGamma.of(6.25, 3.74, Double.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gamma must keep the mean spend p gamma / (q - 1) finite: " + Double.MAX_VALUE
            + " (p 6.25, q 3.74)");
    // the credibility-weighted mean of two finite figures is finite, however large they are
    GammaGamma wide = GammaGamma.of(1, 3, Double.MAX_VALUE);
    assertThat(wide.conditionalExpectedSpend(Integer.MAX_VALUE, Double.MAX_VALUE)).isFinite()
        .isCloseTo(Double.MAX_VALUE / 2 * (2 / (Integer.MAX_VALUE + 2.0)) + Double.MAX_VALUE
            * (Integer.MAX_VALUE / (Integer.MAX_VALUE + 2.0)), within(1e-12 * Double.MAX_VALUE));
    assertThatThrownBy(() -> PurchaseClv.perPeriodRate(0.1, 1e-300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periodsPerYear must be large enough for the rate per period (1 + annualRate 0.1)^(1 / "
            + "periodsPerYear) - 1 to be finite: 1.0E-300");
    assertThat(PurchaseClv.perPeriodRate(0.1, 0.01)).isCloseTo(Math.pow(1.1, 100) - 1, within(1e-12 * 13780));
  }

  @Test
  void bgBbHoldsAtGammaOne() {
    // mpmath 1.3, 40 to 60 digits: alpha / (alpha + beta) delta (psi(1 + delta + n) - psi(1 + delta)), the limit
    // of eq. 13 at gamma = 1; the conditional expectation from eq. 13 at gamma = 1 + 1e-30
    BgBb model = BgBb.of(1.204, 0.750, 1.0, 2.783);
    assertThat(model.expectedPurchases(1)).isCloseTo(0.45329277046399734, within(1e-15));
    assertThat(model.expectedPurchases(6)).isCloseTo(1.7767175290766638, within(1e-14));
    assertThat(model.expectedPurchases(1000)).isCloseTo(9.8060687862669708, within(1e-13));
    assertThat(model.conditionalExpectedPurchases(10, 2, 5, 6)).isCloseTo(2.0876484937427568, within(1e-13));
    for (double gap : new double[] {1e-12, 1e-8, 1e-6, 1e-4}) {
      assertThat(BgBb.of(1.204, 0.750, 1 + gap, 2.783).expectedPurchases(6))
          .isCloseTo(1.7767175290766638, within(10 * gap + 1e-13));
      assertThat(BgBb.of(1.204, 0.750, 1 - gap, 2.783).conditionalExpectedPurchases(10, 2, 5, 6))
          .isCloseTo(2.0876484937427568, within(10 * gap + 1e-13));
    }
  }

  @Test
  void bgBbPredictionsAreConsistent() {
    BgBb model = BgBb.of(1.204, 0.750, 0.657, 2.783);
    double total = 0;
    double mean = 0;
    for (int x = 0; x <= 6; x++) {
      total += model.probabilityOfPurchases(x, 6);
      mean += x * model.probabilityOfPurchases(x, 6);
    }
    assertThat(total).isCloseTo(1, within(1e-12));
    assertThat(mean).isCloseTo(model.expectedPurchases(6), within(1e-12));
    // a customer with no history: the next 5 opportunities after 0 equal the unconditional expectation
    assertThat(model.conditionalExpectedPurchases(5, 0, 0, 0)).isCloseTo(model.expectedPurchases(5), within(1e-12));
    assertThat(model.probabilityAlive(6, 6, 6)).isGreaterThan(model.probabilityAlive(1, 1, 6));
    // The likelihood of the donation patterns sums to one over all histories of 6 opportunities
    double sum = 0;
    for (int tx = 0; tx <= 6; tx++) {
      for (int x = tx == 0 ? 0 : 1; x <= tx; x++) {
        double ways = tx == 0 ? 1 : binomial(tx - 1, x - 1);
        sum += ways * Math.exp(model.logLikelihood(x, tx, 6));
      }
    }
    assertThat(sum).isCloseTo(1, within(1e-12));
    assertThatThrownBy(() -> model.logLikelihood(3, 2, 6))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x must be in [0, tx 2]: 3");
  }

  @Test
  void bgBbBatchEqualsOneByOne() {
    BgBb model = BgBb.of(1.204, 0.750, 0.657, 2.783);
    int[] x = {0, 1, 3, 6};
    int[] tx = {0, 4, 5, 6};
    int[] n = {6, 6, 6, 6};
    double[] alive = new double[4];
    double[] expected = new double[4];
    model.score(5, x, tx, n, alive, expected);
    for (int i = 0; i < 4; i++) {
      assertThat(alive[i]).isEqualTo(model.probabilityAlive(x[i], tx[i], n[i]));
      assertThat(expected[i]).isEqualTo(model.conditionalExpectedPurchases(5, x[i], tx[i], n[i]));
    }
    assertThatThrownBy(() -> model.score(5, new int[] {1, 2}, new int[] {1, 1}, new int[] {6, 6}, new double[2],
        new double[2])).isInstanceOf(IllegalArgumentException.class).hasMessage("x[1] must be in [0, tx 1]: 2");
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  @Test
  void undiscountedClvIsSpendTimesExpectedPurchases() {
    PurchaseClv flat = PurchaseClv.of(12, 52.0 / 12, 0);
    double purchases = BG.conditionalExpectedPurchases(52, 2, 30.43, 38.86);
    assertThat(flat.discountedPurchases(BG, 2, 30.43, 38.86)).isCloseTo(purchases, within(1e-12));
    assertThat(flat.withMargin(0.3).value(BG, 40, 2, 30.43, 38.86)).isCloseTo(0.3 * 40 * purchases, within(1e-10));
  }

  @Test
  void discountingLowersTheValueAndMatchesAHandSum() {
    double d = PurchaseClv.perPeriodRate(0.10, 12);
    assertThat(Math.pow(1 + d, 12)).isCloseTo(1.10, within(1e-14));
    PurchaseClv clv = PurchaseClv.of(12, 52.0 / 12, d);
    double expected = 0;
    for (int i = 1; i <= 12; i++) {
      double step = BG.conditionalExpectedPurchases(i * 52.0 / 12, 2, 30.43, 38.86)
          - BG.conditionalExpectedPurchases((i - 1) * 52.0 / 12, 2, 30.43, 38.86);
      expected += step / Math.pow(1 + d, i);
    }
    assertThat(clv.discountedPurchases(BG, 2, 30.43, 38.86)).isCloseTo(expected, within(1e-12));
    assertThat(expected).isLessThan(BG.conditionalExpectedPurchases(52, 2, 30.43, 38.86));
  }

  @Test
  void batchValuesEqualOneByOne() {
    PurchaseClv clv = PurchaseClv.of(12, 52.0 / 12, PurchaseClv.perPeriodRate(0.1, 12)).withMargin(0.25);
    int[] x = {0, 2, 7};
    double[] tx = {0, 30.43, 35};
    double[] age = {38.86, 38.86, 38};
    double[] m = {0, 22.35, 40};
    double[] out = new double[3];
    clv.values(BG, SPEND, x, tx, age, m, out);
    for (int i = 0; i < 3; i++) {
      assertThat(out[i]).isCloseTo(clv.value(BG, SPEND.conditionalExpectedSpend(x[i], m[i]), x[i], tx[i], age[i]),
          within(1e-12));
    }
  }

  @Test
  void historiesAreRejectedByTheParameterNames() {
    PurchaseClv clv = PurchaseClv.of(12, 52.0 / 12, 0.01);
    assertThatThrownBy(() -> clv.value(BG, 10, -1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x must be >= 0: -1");
    assertThatThrownBy(() -> clv.discountedPurchases(BG, 0, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tx must be 0 when x is 0: 1.0");
    double[] out = new double[2];
    assertThatThrownBy(() -> clv.values(BG, SPEND, new int[] {1, -1}, new double[2], new double[2], new double[2],
        out)).isInstanceOf(IllegalArgumentException.class).hasMessage("x[1] must be >= 0: -1");
    assertThatThrownBy(() -> clv.values(BG, SPEND, new int[] {1, 1}, new double[2], new double[2], new double[2],
        new double[3])).isInstanceOf(IllegalArgumentException.class).hasMessage("out length must equal x length 2: 3");
    assertThatThrownBy(() -> clv.values(null, SPEND, new int[] {1, 1}, new double[2], new double[2],
        new double[2], out)).isInstanceOf(NullPointerException.class).hasMessage("model");
  }

  @Test
  void badSettingsAreRejected() {
    assertThatThrownBy(() -> PurchaseClv.of(0, 4, 0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must be > 0: 0");
    assertThatThrownBy(() -> PurchaseClv.of(12, 0, 0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("timeUnitsPerPeriod must be finite and > 0: 0.0");
    assertThatThrownBy(() -> PurchaseClv.of(12, 4, -0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("discountRate must be finite and >= 0: -0.01");
    assertThatThrownBy(() -> PurchaseClv.of(12, 4, 0.01).withMargin(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("margin must be in [0.0, 1.0]: 1.5");
  }
}
