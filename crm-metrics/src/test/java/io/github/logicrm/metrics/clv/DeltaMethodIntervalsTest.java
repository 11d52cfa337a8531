package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.CustomerIntervals;
import io.github.logicrm.core.clv.IntervalMethod;
import io.github.logicrm.core.clv.ParameterCovariance;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeltaMethodIntervalsTest {

  static PurchaseData book;
  static PurchaseModelFit fit;
  static ParameterCovariance covariance;
  static PurchaseModelFit spendFit;
  static ParameterCovariance spendCovariance;
  static final PurchaseClv CLV = PurchaseClv.of(12, 52.0 / 12, PurchaseClv.perPeriodRate(0.1, 12));

  /**
   * A book drawn from CDNOW's BG/NBD parameters over 39 weeks, each repeat buyer with a mean spend of 5 plus a
   * gamma(6.25, rate 6.25 / 35) amount times 0.8.
   */
  static PurchaseData simulatedBook(long seed, int customers) {
    Simulate simulate = new Simulate(seed);
    PurchaseData histories = simulate.betaGeometric(customers, 0.243, 4.414, 0.793, 2.426, 0, 39);
    double[] spend = new double[histories.size()];
    for (int i = 0; i < spend.length; i++) {
      spend[i] = histories.frequency(i) == 0 ? 0 : simulate.gamma(6.25, 6.25 / 35) * 0.8 + 5;
    }
    return histories.withMeanSpend(spend);
  }

  @BeforeAll
  static void fit() {
    book = simulatedBook(20261128, 3000);
    PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
    fit = fitter.fitBgNbd(book);
    covariance = fitter.covariance(fit, book);
    spendFit = fitter.fitGammaGamma(book);
    spendCovariance = fitter.covariance(spendFit, book);
  }

  @Test
  void covarianceDiagonalIsTheSquaredStandardErrorsOfTheFit() {
    assertThat(fit.isConverged()).isTrue();
    double[][] v = covariance.toArray();
    for (int i = 0; i < 4; i++) {
      String name = PurchaseModelKind.BG_NBD.parameterNames().get(i);
      assertThat(covariance.standardError(name)).isCloseTo(fit.standardErrors().get(name), within(1e-15));
      for (int j = 0; j < 4; j++) {
        assertThat(v[i][j]).isEqualTo(v[j][i]);
        if (i != j) {
          assertThat(v[i][j] * v[i][j]).as("positive definite").isLessThan(v[i][i] * v[j][j]);
        }
      }
    }
    assertThat(spendCovariance.model()).isEqualTo(PurchaseModelKind.GAMMA_GAMMA);
    assertThat(spendCovariance.standardError("q")).isCloseTo(spendFit.standardErrors().get("q"), within(1e-15));
  }

  @Test
  void probabilityAliveGradientMatchesTheClosedFormDerivative() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance);
    double[] p = fit.parameterArray();
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    int[] xs = {1, 2, 7};
    double[] txs = {3.5, 30, 38.5};
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      double tx = txs[k];
      double age = 39;
      // P = 1 / (1 + D), D = a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x); dP = -P^2 dD
      double d = a / (b + x - 1) * Math.pow((alpha + age) / (alpha + tx), r + x);
      double pAlive = 1 / (1 + d);
      double[] dd = {d * Math.log((alpha + age) / (alpha + tx)), d * (r + x) * (1 / (alpha + age) - 1 / (alpha + tx)),
          d / a, -d / (b + x - 1)};
      double[] g = new double[4];
      assertThat(intervals.aliveGradient(x, tx, age, g)).isCloseTo(pAlive, within(1e-14));
      for (int j = 0; j < 4; j++) {
        assertThat(g[j]).as("dP/d%s at x=%d", PurchaseModelKind.BG_NBD.parameterNames().get(j), x)
            .isCloseTo(-pAlive * pAlive * dd[j], within(1e-8 * Math.abs(pAlive * pAlive * dd[j]) + 1e-12));
      }
    }
  }

  @Test
  void expectedPurchasesAndClvGradientsMatchRichardsonFiniteDifferences() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance).withSpend(spendFit, spendCovariance,
        CLV);
    double[] p = fit.parameterArray();
    double[] s = spendFit.parameterArray();
    int x = 3;
    double tx = 25;
    double age = 36;
    double m = 41.5;
    double[] g = new double[4];
    double[] gp = new double[4];
    double[] gs = new double[3];
    intervals.expectedGradient(39, x, tx, age, g);
    intervals.clvGradient(x, tx, age, m, gp, gs);
    for (int j = 0; j < 4; j++) {
      int jj = j;
      double expected = richardson(p[j], v -> BgNbd.of(at(p, jj, v, 0), at(p, jj, v, 1), at(p, jj, v, 2),
          at(p, jj, v, 3)).conditionalExpectedPurchases(39, x, tx, age));
      assertThat(g[j]).isCloseTo(expected, within(1e-6 * Math.abs(expected)));
      double value = richardson(p[j], v -> CLV.value(BgNbd.of(at(p, jj, v, 0), at(p, jj, v, 1), at(p, jj, v, 2),
          at(p, jj, v, 3)), GammaGamma.of(s[0], s[1], s[2]).conditionalExpectedSpend(x, m), x, tx, age));
      assertThat(gp[j]).isCloseTo(value, within(1e-6 * Math.abs(value)));
    }
    for (int j = 0; j < 3; j++) {
      int jj = j;
      double value = richardson(s[j], v -> CLV.value(BgNbd.of(p[0], p[1], p[2], p[3]),
          GammaGamma.of(at(s, jj, v, 0), at(s, jj, v, 1), at(s, jj, v, 2)).conditionalExpectedSpend(x, m), x, tx,
          age));
      assertThat(gs[j]).isCloseTo(value, within(1e-6 * Math.abs(value)));
    }
  }

  /** Parameter i of p, or v where i is the one being varied. */
  private static double at(double[] p, int varied, double v, int i) {
    return i == varied ? v : p[i];
  }

  /** Central differences in the natural parameter with steps h and h / 2, extrapolated: error O(h^4). */
  private static double richardson(double theta, java.util.function.DoubleUnaryOperator f) {
    double h = 1e-3 * theta;
    double d1 = (f.applyAsDouble(theta + h) - f.applyAsDouble(theta - h)) / (2 * h);
    double d2 = (f.applyAsDouble(theta + h / 2) - f.applyAsDouble(theta - h / 2)) / h;
    return (4 * d2 - d1) / 3;
  }

  @Test
  void intervalsHoldTheEstimateStayInRangeAndCarryMethodAndLevel() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance).withSpend(spendFit, spendCovariance,
        CLV).withLevel(0.9);
    CustomerIntervals c = intervals.customer(39, 4, 30, 39, 52.0);
    for (ConfidenceInterval i : new ConfidenceInterval[] {c.probabilityAlive(), c.expectedPurchases(),
        c.clv().orElseThrow()}) {
      assertThat(i.method()).isEqualTo(IntervalMethod.DELTA_METHOD);
      assertThat(i.level()).isEqualTo(0.9);
      assertThat(i.lower()).isLessThan(i.estimate());
      assertThat(i.upper()).isGreaterThan(i.estimate());
      assertThat(i.standardError()).isPositive();
    }
    assertThat(c.probabilityAlive().upper()).isLessThanOrEqualTo(1);
    BgNbd model = BgNbd.of(fit.parameter("r"), fit.parameter("alpha"), fit.parameter("a"), fit.parameter("b"));
    assertThat(c.probabilityAlive().estimate()).isEqualTo(model.probabilityAlive(4, 30, 39));
    assertThat(c.clv().orElseThrow().estimate()).isCloseTo(CLV.value(model,
        GammaGamma.from(spendFit).conditionalExpectedSpend(4, 52.0), 4, 30, 39), within(1e-9));
    // the log-scale interval: the estimate is the geometric mean of the ends
    ConfidenceInterval e = c.expectedPurchases();
    assertThat(Math.sqrt(e.lower() * e.upper())).isCloseTo(e.estimate(), within(1e-12 * e.estimate()));
    // no repeat purchase: BG/NBD says alive for sure, with no uncertainty
    ConfidenceInterval sure = intervals.probabilityAlive(0, 0, 39);
    assertThat(sure.lower()).isEqualTo(1);
    assertThat(sure.upper()).isEqualTo(1);
    assertThat(sure.standardError()).isZero();
  }

  @Test
  void widerLevelGivesWiderIntervals() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance);
    ConfidenceInterval ninety = intervals.withLevel(0.9).expectedPurchases(39, 2, 20, 39);
    ConfidenceInterval ninetyNine = intervals.withLevel(0.99).expectedPurchases(39, 2, 20, 39);
    assertThat(ninetyNine.lower()).isLessThan(ninety.lower());
    assertThat(ninetyNine.upper()).isGreaterThan(ninety.upper());
    assertThat(intervals.level()).isEqualTo(0.95);
  }

  @Test
  void batchScoreEqualsOneAtATime() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance);
    int n = 200;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = book.frequency(i);
      tx[i] = book.recency(i);
      age[i] = book.age(i);
    }
    double[] al = new double[n];
    double[] au = new double[n];
    double[] el = new double[n];
    double[] eu = new double[n];
    intervals.score(39, x, tx, age, al, au, el, eu);
    for (int i = 0; i < n; i++) {
      ConfidenceInterval alive = intervals.probabilityAlive(x[i], tx[i], age[i]);
      ConfidenceInterval expected = intervals.expectedPurchases(39, x[i], tx[i], age[i]);
      assertThat(al[i]).isEqualTo(alive.lower());
      assertThat(au[i]).isEqualTo(alive.upper());
      assertThat(el[i]).isEqualTo(expected.lower());
      assertThat(eu[i]).isEqualTo(expected.upper());
    }
  }

  @Test
  void equityIsTheSumOfTheValuesAndItsIntervalIsNarrowerRelativelyThanOneCustomers() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance).withSpend(spendFit, spendCovariance,
        CLV);
    int n = book.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] m = new double[n];
    double sum = 0;
    double sumOfErrors = 0;
    for (int i = 0; i < n; i++) {
      x[i] = book.frequency(i);
      tx[i] = book.recency(i);
      age[i] = book.age(i);
      m[i] = book.meanSpend(i);
      ConfidenceInterval one = intervals.clv(x[i], tx[i], age[i], m[i]);
      sum += one.estimate();
      sumOfErrors += one.standardError();
    }
    ConfidenceInterval equity = intervals.equity(x, tx, age, m);
    assertThat(equity.estimate()).isCloseTo(sum, within(1e-9 * sum));
    // the customers' errors share the parameters: the equity's error is at most their sum (Cauchy-Schwarz)
    assertThat(equity.standardError()).isPositive().isLessThanOrEqualTo(sumOfErrors * (1 + 1e-12));
    assertThat(equity.lower()).isLessThan(sum);
    assertThat(equity.upper()).isGreaterThan(sum);
  }

  @Test
  void rejectsMismatchedInputsWithTheirValues() {
    DeltaMethodIntervals intervals = DeltaMethodIntervals.of(fit, covariance);
    assertThatThrownBy(() -> DeltaMethodIntervals.of(fit, spendCovariance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("covariance must be of the fit's model BG_NBD: GAMMA_GAMMA");
    assertThatThrownBy(() -> intervals.clv(1, 1, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spend model must be given for CLV intervals: use withSpend(..)");
    assertThatThrownBy(() -> intervals.withLevel(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("level must be in (0.0, 1.0): 1.0");
    assertThatThrownBy(() -> intervals.withSpend(spendFit, covariance, CLV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spendCovariance must be of the fit's model GAMMA_GAMMA: BG_NBD");
    assertThatThrownBy(() -> intervals.probabilityAlive(2, 40, 39))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40.0");
    PurchaseData half = PurchaseData.of(new int[] {1, 0}, new double[] {2, 0}, new double[] {5, 5});
    assertThatThrownBy(() -> PurchaseModelFitter.withDefaults().covariance(fit, half))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data must hold the fit's " + fit.customers() + " customers: 2.0");
  }
}
