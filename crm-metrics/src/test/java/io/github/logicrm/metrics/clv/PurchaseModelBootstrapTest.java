package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.IntervalMethod;
import io.github.logicrm.core.clv.ParameterCovariance;
import io.github.logicrm.core.clv.PurchaseModelFit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PurchaseModelBootstrapTest {

  static PurchaseData book;
  static PurchaseModelFit fit;
  static PurchaseModelFit spendFit;
  static BootstrapFits draws;
  static final PurchaseClv CLV = PurchaseClv.of(12, 52.0 / 12, PurchaseClv.perPeriodRate(0.1, 12));

  @BeforeAll
  static void bootstrap() {
    book = DeltaMethodIntervalsTest.simulatedBook(777, 2000);
    fit = PurchaseModelFitter.withDefaults().fitBgNbd(book);
    spendFit = PurchaseModelFitter.withDefaults().fitGammaGamma(book);
    draws = PurchaseModelBootstrap.of(200, 42).withThreads(2).fit(fit, spendFit, book);
  }

  @Test
  void sameSeedGivesTheSameDrawsOnAnyNumberOfThreads() {
    BootstrapFits twoThreads = PurchaseModelBootstrap.of(20, 42).withThreads(2).fit(fit, spendFit, book);
    BootstrapFits oneThread = PurchaseModelBootstrap.of(20, 42).withThreads(1).fit(fit, spendFit, book);
    BootstrapFits threeThreads = PurchaseModelBootstrap.of(20, 42).withThreads(3).fit(fit, spendFit, book);
    assertThat(oneThread).isEqualTo(twoThreads);
    assertThat(threeThreads).isEqualTo(twoThreads);
    assertThat(twoThreads.purchaseDraws()).isEqualTo(draws.purchaseDraws().subList(0, 20 - countFailed(20)));
    assertThat(draws.resamples()).isEqualTo(200);
    assertThat(draws.seed()).isEqualTo(42);
    assertThat(draws.purchaseDraws()).hasSize(200 - draws.failedResamples());
    assertThat(draws.spendDraws()).hasSameSizeAs(draws.purchaseDraws());
    BootstrapFits otherSeed = PurchaseModelBootstrap.of(20, 43).withThreads(2).fit(fit, spendFit, book);
    assertThat(otherSeed.purchaseDraws()).isNotEqualTo(twoThreads.purchaseDraws());
  }

  /** Failed resamples among the first ones; resample b depends on the seed and b only, not on the total. */
  private static int countFailed(int first) {
    return first - PurchaseModelBootstrap.of(first, 42).fit(fit, spendFit, book).purchaseDraws().size();
  }

  @Test
  void aResampleOfPatternsCountsTheCustomersDrawnOneByOne() {
    PurchaseData patterns = book.compress();
    int m = patterns.size();
    long[] cumulative = new long[m];
    int[] patternOfCustomer = new int[(int) patterns.customers()];
    long total = 0;
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < patterns.weight(i); k++) {
        patternOfCustomer[(int) total++] = i;
      }
      cumulative[i] = total;
    }
    PurchaseData resample = PurchaseModelBootstrap.resample(patterns, cumulative, total, new SplittableRandom(9));
    SplittableRandom same = new SplittableRandom(9);
    double[] counts = new double[m];
    for (int k = 0; k < total; k++) {
      counts[patternOfCustomer[(int) same.nextLong(total)]]++;
    }
    int row = 0;
    for (int i = 0; i < m; i++) {
      if (counts[i] > 0) {
        assertThat(resample.weight(row)).isEqualTo(counts[i]);
        assertThat(resample.frequency(row)).isEqualTo(patterns.frequency(i));
        assertThat(resample.recency(row)).isEqualTo(patterns.recency(i));
        assertThat(resample.meanSpend(row)).isEqualTo(patterns.meanSpend(i));
        row++;
      }
    }
    assertThat(row).isEqualTo(resample.size());
    assertThat(resample.customers()).isEqualTo(total);
  }

  @Test
  void bootstrapSpreadAgreesWithTheAsymptoticStandardErrorsOnTheLogScale() {
    ParameterCovariance covariance = PurchaseModelFitter.withDefaults().covariance(fit, book);
    List<String> names = fit.model().parameterNames();
    for (int j = 0; j < names.size(); j++) {
      // a and b have right-skewed sampling distributions (here the draws of b reach 3 times its estimate), which
      // inflate their plain standard deviation by 35-40%; on the log scale, where the fitter works, the spread is
      // close to normal and the delta method's se(ln p) = se(p) / p applies
      double mean = 0;
      for (List<Double> row : draws.purchaseDraws()) {
        mean += Math.log(row.get(j)) / draws.purchaseDraws().size();
      }
      double squares = 0;
      for (List<Double> row : draws.purchaseDraws()) {
        squares += (Math.log(row.get(j)) - mean) * (Math.log(row.get(j)) - mean);
      }
      double sd = Math.sqrt(squares / (draws.purchaseDraws().size() - 1));
      // 200 draws estimate a standard deviation to about 5%; the asymptotic one is a large-sample value
      double asymptotic = covariance.standardError(names.get(j)) / fit.parameterArray()[j];
      assertThat(sd / asymptotic).as(names.get(j)).isBetween(0.8, 1.25);
    }
  }

  @Test
  void percentileIntervalsOfCustomersAndEquity() {
    BootstrapIntervals intervals = BootstrapIntervals.of(fit, draws).withSpend(spendFit, CLV);
    ConfidenceInterval alive = intervals.probabilityAlive(3, 30, 39);
    assertThat(alive.method()).isEqualTo(IntervalMethod.BOOTSTRAP_PERCENTILE);
    assertThat(alive.level()).isEqualTo(0.95);
    assertThat(alive.estimate()).isEqualTo(PurchaseModel.from(fit).probabilityAlive(3, 30, 39));
    assertThat(alive.lower()).isLessThan(alive.estimate());
    assertThat(alive.upper()).isGreaterThan(alive.estimate()).isLessThanOrEqualTo(1);
    double[] values = new double[draws.purchaseDraws().size()];
    for (int b = 0; b < values.length; b++) {
      List<Double> p = draws.purchaseDraws().get(b);
      values[b] = BgNbd.of(p.get(0), p.get(1), p.get(2), p.get(3)).probabilityAlive(3, 30, 39);
    }
    java.util.Arrays.sort(values);
    // the ends are the quantiles at (1 - level) / 2 and (1 + level) / 2, in doubles 0.025000000000000022 and 0.975
    assertThat(alive.lower()).isEqualTo(BootstrapIntervals.quantile(values, (1 - 0.95) / 2));
    assertThat(alive.upper()).isEqualTo(BootstrapIntervals.quantile(values, (1 + 0.95) / 2));
    assertThat(intervals.customer(39, 3, 30, 39, 40).clv()).isPresent();
    // the equity of the first 300 customers: every refit values each of them over 12 periods
    int n = 300;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = book.frequency(i);
      tx[i] = book.recency(i);
      age[i] = book.age(i);
      m[i] = book.meanSpend(i);
    }
    ConfidenceInterval equity = intervals.equity(x, tx, age, m);
    double[] one = new double[n];
    CLV.values(PurchaseModel.from(fit), GammaGamma.from(spendFit), x, tx, age, m, one);
    assertThat(equity.estimate()).isEqualTo(java.util.Arrays.stream(one).sum(), within(1e-9 * equity.estimate()));
    assertThat(equity.contains(equity.estimate())).isTrue();
    // the delta method and the bootstrap measure the same parameter uncertainty
    ParameterCovariance pc = PurchaseModelFitter.withDefaults().covariance(fit, book);
    ParameterCovariance sc = PurchaseModelFitter.withDefaults().covariance(spendFit, book);
    ConfidenceInterval delta = DeltaMethodIntervals.of(fit, pc).withSpend(spendFit, sc, CLV).equity(x, tx, age, m);
    assertThat(equity.standardError() / delta.standardError()).isBetween(0.8, 1.25);
  }

  @Test
  void quantileIsTypeSeven() {
    // numpy.quantile([1, 2, 3, 4], [0.025, 0.5, 0.975]) = [1.075, 2.5, 3.925]
    double[] v = {1, 2, 3, 4};
    assertThat(BootstrapIntervals.quantile(v, 0.025)).isCloseTo(1.075, within(1e-15));
    assertThat(BootstrapIntervals.quantile(v, 0.5)).isEqualTo(2.5);
    assertThat(BootstrapIntervals.quantile(v, 0.975)).isCloseTo(3.925, within(1e-15));
  }

  @Test
  void rejectsBadArgumentsWithTheirValues() {
    assertThatThrownBy(() -> PurchaseModelBootstrap.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resamples must be > 0: 0");
    assertThatThrownBy(() -> PurchaseModelBootstrap.of(10, 1).withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be > 0: 0");
    PurchaseData weighted = PurchaseData.of(new int[] {1, 0}, new double[] {2, 0}, new double[] {5, 5},
        new double[] {1.5, fit.customers() - 1.5});
    assertThatThrownBy(() -> PurchaseModelBootstrap.of(10, 1).fit(fit, weighted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of row 0 must be a whole number of customers to resample: 1.5");
    BootstrapFits purchaseOnly = PurchaseModelBootstrap.of(5, 1).fit(fit, book);
    assertThat(purchaseOnly.hasSpend()).isFalse();
    assertThatThrownBy(() -> BootstrapIntervals.of(fit, purchaseOnly).withSpend(spendFit, CLV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("draws must hold spend refits for CLV intervals: bootstrap with "
            + "PurchaseModelBootstrap.fit(fit, spendFit, data)");
  }
}
