package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.RegularityChoice;
import org.junit.jupiter.api.Test;

class RegularPurchaseFitterTest {

  /** Histories drawn from BG/CNBD-k (MBG/CNBD-k) with their holdout purchases. */
  record Book(RegularPurchaseData data, int[] holdout) {}

  /**
   * Draws customers with ages uniform over [26, 52] weeks: rate lambda ~ gamma(r, alpha), dropout p ~ beta(a, b),
   * Erlang-k gaps from the first purchase at 0, dropout after each repeat purchase (and, modified, right after the
   * first); counts the purchases in the {@code holdout} weeks after the age as well.
   */
  static Book simulate(long seed, int customers, boolean modified, int k, double r, double alpha, double a, double b,
      double holdout) {
    Simulate random = new Simulate(seed);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    double[] litt = new double[customers];
    int[] future = new int[customers];
    for (int i = 0; i < customers; i++) {
      age[i] = 26 + 26 * random.beta(1, 1);
      double lambda = random.gamma(r, alpha);
      double p = random.beta(a, b);
      boolean alive = !(modified && random.beta(1, 1) < p);
      double clock = 0;
      while (alive) {
        double gap = random.gamma(k, lambda);
        clock += gap;
        if (clock > age[i] + holdout) {
          break;
        }
        if (clock > age[i]) {
          future[i]++;
        } else {
          x[i]++;
          tx[i] = clock;
          litt[i] += Math.log(gap);
        }
        alive = random.beta(1, 1) >= p;
      }
    }
    return new Book(RegularPurchaseData.of(PurchaseData.of(x, tx, age), litt), future);
  }

  private static void assertRecovered(PurchaseModelFit fit, double... truth) {
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    String[] names = {"r", "alpha", "a", "b"};
    for (int i = 0; i < names.length; i++) {
      double se = fit.standardErrors().get(names[i]);
      assertThat(fit.parameter(names[i])).as("%s of %s k %s", names[i], fit.model(), fit.parameter("k"))
          .isCloseTo(truth[i], within(3 * se));
    }
  }

  @Test
  void recoversKAndTheParametersOfSimulatedRegularBuyers() {
    // ordering every 2 weeks on average whatever k (alpha = r * 2 / k), about 8 orders per customer's lifetime
    int[] ks = {1, 2, 4};
    long[] seeds = {20161, 20162, 20164};
    for (int i = 0; i < ks.length; i++) {
      int k = ks[i];
      Book book = simulate(seeds[i], 2000, false, k, 3, 6.0 / k, 1.2, 8, 0);
      RegularityChoice choice = RegularPurchaseFitter.withDefaults().chooseBgCnbd(book.data(), 6);
      assertThat(choice.fits()).hasSize(6);
      assertThat(choice.k()).as("k chosen for data drawn with k %s", k).isEqualTo(k);
      assertRecovered(choice.chosen(), 3, 6.0 / k, 1.2, 8);
    }
  }

  @Test
  void recoversMbgCnbd() {
    Book book = simulate(20163, 2000, true, 3, 2, 3, 0.8, 5, 0);
    RegularityChoice choice = RegularPurchaseFitter.withDefaults().chooseMbgCnbd(book.data(), 5);
    assertThat(choice.model()).isEqualTo(PurchaseModelKind.MBG_CNBD_K);
    assertThat(choice.k()).isEqualTo(3);
    assertRecovered(choice.chosen(), 2, 3, 0.8, 5);
  }

  /**
   * The conditional expectations of a book add up to its expected holdout purchases: their sum over customers
   * drawn from the model estimates the holdout total, within a few standard errors of the per-customer spread.
   */
  @Test
  void conditionalExpectationsAddUpToTheHoldoutPurchasesOfTheBook() {
    Book book = simulate(20165, 4000, true, 4, 3, 1.5, 1.2, 8, 20);
    MbgCnbd model = MbgCnbd.of(4, 3, 1.5, 1.2, 8);
    PurchaseData d = book.data().purchases();
    double expected = 0;
    double actual = 0;
    double squares = 0;
    for (int i = 0; i < d.size(); i++) {
      double e = model.conditionalExpectedPurchases(20, d.frequency(i), d.recency(i), d.age(i));
      expected += e;
      actual += book.holdout()[i];
      squares += (book.holdout()[i] - e) * (book.holdout()[i] - e);
    }
    assertThat(actual).isCloseTo(expected, within(3 * Math.sqrt(squares)));
    assertThat(actual).isGreaterThan(1000);
  }

  @Test
  void kOneIsTheBgNbdAndMbgNbdFit() {
    Book book = simulate(20166, 1500, false, 1, 3, 6, 1.2, 8, 0);
    PurchaseModelFitter plain = PurchaseModelFitter.withDefaults();
    RegularPurchaseFitter regular = RegularPurchaseFitter.withDefaults();
    PurchaseModelFit[][] pairs = {
        {plain.fitBgNbd(book.data().purchases()), regular.fitBgCnbd(book.data(), 1)},
        {plain.fitMbgNbd(book.data().purchases()), regular.fitMbgCnbd(book.data(), 1)}};
    for (PurchaseModelFit[] pair : pairs) {
      assertThat(pair[1].parameter("k")).isEqualTo(1);
      assertThat(pair[1].standardErrors().get("k")).isEqualTo(0);
      for (String name : pair[0].model().parameterNames()) {
        assertThat(pair[1].parameter(name)).isEqualTo(pair[0].parameter(name));
        assertThat(pair[1].standardErrors().get(name)).isEqualTo(pair[0].standardErrors().get(name));
      }
      assertThat(pair[1].logLikelihood()).isEqualTo(pair[0].logLikelihood());
      assertThat(pair[1].iterations()).isEqualTo(pair[0].iterations());
    }
  }

  @Test
  void theReportedLikelihoodIsTheSumOfTheCustomersFullLikelihoods() {
    Book book = simulate(20167, 300, false, 2, 3, 3, 1.2, 8, 0);
    PurchaseModelFit fit = RegularPurchaseFitter.withDefaults().fitBgCnbd(book.data(), 2);
    ErlangPurchaseModel model = ErlangPurchaseModel.from(fit);
    PurchaseData d = book.data().purchases();
    double sum = 0;
    for (int i = 0; i < d.size(); i++) {
      sum += model.logLikelihood(d.frequency(i), d.recency(i), d.age(i), book.data().litt(i));
    }
    assertThat(fit.logLikelihood()).isCloseTo(sum, within(1e-9 * Math.abs(sum)));
    assertThat(model).isInstanceOf(BgCnbd.class);
    assertThat(model.k()).isEqualTo(2);
  }

  @Test
  void rejectsOutOfRangeK() {
    Book book = simulate(20168, 50, false, 2, 3, 3, 1.2, 8, 0);
    RegularPurchaseFitter fitter = RegularPurchaseFitter.withDefaults();
    assertThatThrownBy(() -> fitter.fitBgCnbd(book.data(), 0)).hasMessage("k must be in [1, 100]: 0");
    assertThatThrownBy(() -> fitter.chooseMbgCnbd(book.data(), 101)).hasMessage("maxK must be in [1, 100]: 101");
  }
}
