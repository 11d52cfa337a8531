package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.TimingConvention;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetentionClvTest {

  private static final DiscountRate TEN_PERCENT = DiscountRate.yearly(0.10);

  /**
   * The definition, term by term, independent of the calculator: survival is the product of the listed rates
   * (the last one carrying on), margins grow from the last listed one, spend is paid in every period but the
   * horizon's last.
   */
  private static double bruteForce(List<Double> margins, double growth, List<Double> rates, double spend,
      double spendTiming, double acquisition, double d, int periods, int offset) {
    double survival = 1;
    double sum = -acquisition;
    for (int k = 0; k < periods; k++) {
      int lastMargin = margins.size() - 1;
      double margin = k <= lastMargin ? margins.get(k)
          : margins.get(lastMargin) * Math.pow(1 + growth, k - lastMargin);
      sum += survival * margin / Math.pow(1 + d, k + offset);
      if (k + 1 < periods) {
        sum -= survival * spend / Math.pow(1 + d, k + spendTiming);
      }
      survival *= rates.get(Math.min(k, rates.size() - 1));
    }
    return sum;
  }

  @Test
  void contractShipperInfiniteHorizonMatchesTextbookFormula() {
    // m (1 + d) / (1 + d - r) = 1000 * 1.1 / 0.3
    double start = RetentionClv.constant(1000, 0.8, 0.1, Horizon.infinite(), TimingConvention.START_OF_PERIOD);
    double end = RetentionClv.constant(1000, 0.8, 0.1, Horizon.infinite(), TimingConvention.END_OF_PERIOD);
    assertThat(start).isCloseTo(3666.6666666666665, within(1e-9));
    assertThat(end).isCloseTo(1000 / 0.3, within(1e-9));
    RetentionClvResult result = RetentionClv.of(
        CashFlowProjection.constant(CashFlowPeriod.YEAR, 1000, 0.8), TEN_PERCENT, Horizon.infinite());
    assertThat(result.clv()).isCloseTo(start, within(1e-9));
    assertThat(result.expectedPeriods()).hasValueCloseTo(5.0, within(1e-12));
    assertThat(result.discountRate()).isEqualTo(TEN_PERCENT);
  }

  @Test
  void closedFormsMatchBruteForceSumsAsTheHorizonGrows() {
    for (TimingConvention timing : TimingConvention.values()) {
      double infinite = RetentionClv.constant(1000, 0.8, 0.1, Horizon.infinite(), timing);
      for (int n : new int[] {1, 2, 3, 5, 10, 40, 100, 400}) {
        double brute = bruteForce(List.of(1000.0), 0, List.of(0.8), 0, 0, 0, 0.1, n, timing.offset());
        assertThat(RetentionClv.constant(1000, 0.8, 0.1, Horizon.finite(n), timing))
            .isCloseTo(brute, withinPercentage(1e-10));
        CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(1000)
            .addRetentionRates(0.8).timing(timing).build();
        assertThat(RetentionClv.of(p, TEN_PERCENT, Horizon.finite(n)).clv()).isCloseTo(brute, withinPercentage(1e-10));
      }
      double gap40 = infinite - bruteForce(List.of(1000.0), 0, List.of(0.8), 0, 0, 0, 0.1, 40, timing.offset());
      double gap400 = infinite - bruteForce(List.of(1000.0), 0, List.of(0.8), 0, 0, 0, 0.1, 400, timing.offset());
      // The tail left out after N periods is the infinite value times q^N, q = r / (1 + d).
      assertThat(gap40).isCloseTo(infinite * Math.pow(0.8 / 1.1, 40), withinPercentage(1e-6));
      assertThat(Math.abs(gap400)).isLessThan(1e-9 * infinite);
    }
  }

  @Test
  void perPeriodMarginsRatesGrowthAndSpendMatchBruteForce() {
    List<Double> margins = List.of(-200.0, 800.0, 1200.0, 1500.0);
    List<Double> rates = List.of(0.6, 0.75, 0.85);
    for (TimingConvention timing : TimingConvention.values()) {
      CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).margins(margins)
          .marginGrowth(0.03).retentionRates(rates).retentionSpend(60).retentionSpendTiming(0.25)
          .acquisitionCost(900).timing(timing).build();
      for (int n : new int[] {1, 2, 3, 4, 5, 8, 30}) {
        double brute = bruteForce(margins, 0.03, rates, 60, 0.25, 900, 0.1, n, timing.offset());
        assertThat(RetentionClv.of(p, TEN_PERCENT, Horizon.finite(n)).clv())
            .as("%s, %d periods", timing, n).isCloseTo(brute, within(1e-9 * 5000));
      }
      double infinite = RetentionClv.of(p, TEN_PERCENT, Horizon.infinite()).clv();
      double brute = bruteForce(margins, 0.03, rates, 60, 0.25, 900, 0.1, 2000, timing.offset());
      assertThat(infinite).isCloseTo(brute, withinPercentage(1e-9));
    }
  }

  @Test
  void partsAddUpAndExpectedPeriodsCountSurvivors() {
    CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(500)
        .addRetentionRates(0.5).retentionSpend(20).acquisitionCost(100).build();
    RetentionClvResult r = RetentionClv.of(p, TEN_PERCENT, Horizon.finite(3));
    assertThat(r.marginValue()).isCloseTo(500 * (1 + 0.5 / 1.1 + 0.25 / 1.21), within(1e-9));
    assertThat(r.retentionSpendValue()).isCloseTo(20 * (Math.pow(1.1, -0.5) + 0.5 * Math.pow(1.1, -1.5)),
        within(1e-9));
    assertThat(r.clv()).isCloseTo(r.marginValue() - r.retentionSpendValue() - 100, within(1e-9));
    assertThat(r.expectedPeriods()).hasValueCloseTo(1.75, within(1e-12));
  }

  @Test
  void bergerNasrCaseOneHandWorked() {
    // Gross contribution 260 at the start of years 0..2, promotion 50 in the middle of years 0..1 for the
    // customers still there, r = 0.75, d = 0.2:
    // 260 (1 + 0.75/1.2 + 0.5625/1.44) = 524.0625; 50 (1.2^-0.5 + 0.75 * 1.2^-1.5) = 74.170763;
    // CLV = GC sum_{i=0..n} r^i/(1+d)^i - M sum_{i=1..n} r^(i-1)/(1+d)^(i-0.5) with n = 2.
    CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(260)
        .addRetentionRates(0.75).retentionSpend(50).build();
    RetentionClvResult r = RetentionClv.of(p, DiscountRate.yearly(0.2), Horizon.finite(3));
    assertThat(r.marginValue()).isCloseTo(524.0625, within(1e-9));
    assertThat(r.retentionSpendValue()).isCloseTo(74.17076299549, within(1e-9));
    assertThat(r.clv()).isCloseTo(449.89173700451, within(1e-9));
    // Infinite horizon: 260 * 1.2 / 0.45 - 50 * 1.2^-0.5 / (1 - 0.75 / 1.2)
    assertThat(RetentionClv.of(p, DiscountRate.yearly(0.2), Horizon.infinite()).clv())
        .isCloseTo(571.6172094433, within(1e-9));
  }

  @Test
  void bergerNasrGrowingMarginHandWorked() {
    // Margin 100 growing 5% a year, r = 0.8, d = 0.1, start of period: sum 100 (0.8 * 1.05 / 1.1)^k
    // = 100 * 1.1 / (1.1 - 0.84) = 423.0769...
    CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(100)
        .marginGrowth(0.05).addRetentionRates(0.8).build();
    assertThat(RetentionClv.of(p, TEN_PERCENT, Horizon.infinite()).clv()).isCloseTo(110 / 0.26, within(1e-9));
    // Three years by hand: 100 + 105 * 0.8 / 1.1 + 110.25 * 0.64 / 1.21
    assertThat(RetentionClv.of(p, TEN_PERCENT, Horizon.finite(3)).clv())
        .isCloseTo(100 + 84 / 1.1 + 70.56 / 1.21, within(1e-9));
  }

  @Test
  void yearlyRateDiscountsMonthlyProjection() {
    CashFlowProjection monthly = CashFlowProjection.constant(CashFlowPeriod.MONTH, 100, 0.98);
    RetentionClvResult r = RetentionClv.of(monthly, TEN_PERCENT, Horizon.infinite());
    double dm = Math.pow(1.1, 1.0 / 12) - 1;
    assertThat(r.discountRate().period()).isEqualTo(CashFlowPeriod.MONTH);
    assertThat(r.discountRate().rate()).isCloseTo(dm, within(1e-15));
    assertThat(r.clv()).isCloseTo(100 * (1 + dm) / (1 + dm - 0.98), within(1e-8));
  }

  @Test
  void retainedForEverHasNoBoundOnLifetimeButAFiniteValue() {
    RetentionClvResult r = RetentionClv.of(
        CashFlowProjection.constant(CashFlowPeriod.YEAR, 100, 1.0), TEN_PERCENT, Horizon.infinite());
    assertThat(r.clv()).isCloseTo(1100, within(1e-9));
    assertThat(r.expectedPeriods()).isEmpty();
  }

  @Test
  void batchEqualsOneByOne() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 1000;
    double[] m = new double[n];
    double[] r = new double[n];
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      m[i] = random.nextDouble(-500, 50_000);
      r[i] = i % 100 == 0 ? (i % 200 == 0 ? 0 : 1) : random.nextDouble();
      a[i] = random.nextDouble(0, 2000);
    }
    double[] out = new double[n];
    for (Horizon h : List.of(Horizon.finite(1), Horizon.finite(7), Horizon.finite(60), Horizon.infinite())) {
      for (TimingConvention t : TimingConvention.values()) {
        RetentionClv.batch(m, r, a, CashFlowPeriod.YEAR, TEN_PERCENT, h, t, out);
        for (int i = 0; i < n; i++) {
          CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(m[i])
              .addRetentionRates(r[i]).acquisitionCost(a[i]).timing(t).build();
          double expected = RetentionClv.of(p, TEN_PERCENT, h).clv();
          assertThat(out[i]).as("row %d, %s, %s", i, h, t)
              .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
        }
      }
    }
  }

  @Test
  void batchRejectsBadRowsWithTheirIndex() {
    double[] ok = {100, 100, 100};
    double[] rates = {0.5, 0.5, 0.5};
    double[] zero = {0, 0, 0};
    double[] out = new double[3];
    assertThatThrownBy(() -> RetentionClv.batch(new double[] {1, Double.NaN, 1}, rates, zero,
        CashFlowPeriod.YEAR, TEN_PERCENT, Horizon.infinite(), TimingConvention.START_OF_PERIOD, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("margins[1] must be finite: NaN");
    assertThatThrownBy(() -> RetentionClv.batch(ok, new double[] {0.5, 0.5, 1.2}, zero,
        CashFlowPeriod.YEAR, TEN_PERCENT, Horizon.infinite(), TimingConvention.START_OF_PERIOD, out))
        .hasMessage("retentionRates[2] must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> RetentionClv.batch(ok, rates, new double[] {-5, 0, 0},
        CashFlowPeriod.YEAR, TEN_PERCENT, Horizon.infinite(), TimingConvention.START_OF_PERIOD, out))
        .hasMessage("acquisitionCosts[0] must be finite and >= 0: -5.0");
    assertThatThrownBy(() -> RetentionClv.batch(ok, new double[] {0.5, 0.5}, zero,
        CashFlowPeriod.YEAR, TEN_PERCENT, Horizon.infinite(), TimingConvention.START_OF_PERIOD, out))
        .hasMessage("retentionRates length must equal margins length 3: 2");
    assertThatThrownBy(() -> RetentionClv.batch(ok, new double[] {0.5, 1, 0.5}, zero,
        CashFlowPeriod.YEAR, DiscountRate.yearly(0), Horizon.infinite(), TimingConvention.START_OF_PERIOD, out))
        .hasMessage("retentionRates[1] of 1 with a discount rate of 0 makes the infinite-horizon sum diverge: 1.0");
  }

  @Test
  void divergentDiscountingIsRejected() {
    assertThatThrownBy(() -> RetentionClv.constant(100, 1, 0, Horizon.infinite(), TimingConvention.START_OF_PERIOD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the infinite-horizon sum diverges: retention 1.0 must be < 1 + discountRate 1.0");
    CashFlowProjection growing = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(100)
        .marginGrowth(0.4).addRetentionRates(0.8).build();
    assertThatThrownBy(() -> RetentionClv.of(growing, TEN_PERCENT, Horizon.infinite()))
        .hasMessage("the infinite-horizon margin sum diverges: retention * (1 + marginGrowth) "
            + (0.8 * 1.4) + " must be < 1 + discountRate 1.1");
    CashFlowProjection spending = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(0)
        .addRetentionRates(1).retentionSpend(5).build();
    assertThatThrownBy(() -> RetentionClv.of(spending, DiscountRate.yearly(0), Horizon.infinite()))
        .hasMessage("the infinite-horizon retention spend sum diverges: retention 1.0 must be < 1 + discountRate 1.0");
    // The same projections are fine over a finite horizon.
    assertThat(RetentionClv.of(growing, TEN_PERCENT, Horizon.finite(10)).clv()).isPositive();
  }

  @Test
  void constantRejectsBadArguments() {
    assertThatThrownBy(() -> RetentionClv.constant(100, -0.1, 0.1, Horizon.infinite(),
        TimingConvention.START_OF_PERIOD)).hasMessage("retentionRate must be in [0.0, 1.0]: -0.1");
    assertThatThrownBy(() -> RetentionClv.constant(Double.POSITIVE_INFINITY, 0.5, 0.1, Horizon.infinite(),
        TimingConvention.START_OF_PERIOD)).hasMessage("margin must be finite: Infinity");
    assertThatThrownBy(() -> RetentionClv.constant(100, 0.5, -0.1, Horizon.infinite(),
        TimingConvention.START_OF_PERIOD)).hasMessage("discountRate must be finite and >= 0: -0.1");
  }
}
