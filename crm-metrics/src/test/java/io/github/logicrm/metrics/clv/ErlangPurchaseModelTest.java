package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErlangPurchaseModelTest {

  /**
   * Reference values from {@code src/test/reference/erlang_reference.py}: the purchase rate integrated numerically
   * (mpmath, 25 digits) against the individual-level likelihood, independently of the library's closed forms.
   * Columns: modified (MBG), k, r, alpha, a, b, x, t_x, T, litt, t, log-likelihood, P(alive), E[Y(t)].
   */
  private static final double[][] REFERENCE = {
      {0, 3, 0.5, 2, 0.3, 0.6, 3, 12, 14, 3, 10, -10.424998988293895, 0.87851251467313746, 1.7712142232213487},
      {0, 3, 0.5, 2, 0.3, 0.6, 4, 12, 14, 3, 10, -12.223962212515673, 0.897690319819863, 2.3969947055526247},
      {0, 2, 0.8, 3.0, 0.9, 2.5, 0, 0, 20, 0, 13, -1.1014381116083353, 1.0, 0.33215156567634136},
      {1, 2, 0.8, 3.0, 0.9, 2.5, 0, 0, 20, 0, 13, -0.67508666677770034, 0.48006385888826613, 0.16144815063042851},
      {1, 2, 0.8, 3.0, 0.9, 2.5, 5, 18.5, 26, 6.06381484247684, 13, -14.13173015745439, 0.55518052553547139,
          1.3464244872222845},
      {0, 4, 2.5, 1.2, 1.3, 6.0, 20, 38, 39, 12.787077723447895, 26, -21.700970023370866, 0.94141919363712091,
          9.8509888294193218},
      {1, 4, 2.5, 1.2, 1.3, 6.0, 6, 12, 39, 3.8588830833596719, 26, -10.961960244472374, 1.7340043747537412e-9,
          7.3109125247988363e-9},
  };

  private static ErlangPurchaseModel model(double[] row) {
    int k = (int) row[1];
    return row[0] == 1 ? MbgCnbd.of(k, row[2], row[3], row[4], row[5]) : BgCnbd.of(k, row[2], row[3], row[4], row[5]);
  }

  @Test
  void likelihoodAliveAndExpectedPurchasesMatchAnIndependentIntegration() {
    for (double[] row : REFERENCE) {
      ErlangPurchaseModel model = model(row);
      int x = (int) row[6];
      assertThat(model.logLikelihood(x, row[7], row[8], row[9])).as("ln L %s", model)
          .isCloseTo(row[11], within(1e-12 * Math.abs(row[11])));
      assertThat(model.probabilityAlive(x, row[7], row[8])).as("P(alive) %s", model)
          .isCloseTo(row[12], within(1e-12 * row[12]));
      assertThat(model.conditionalExpectedPurchases(row[10], x, row[7], row[8])).as("E[Y] %s", model)
          .isCloseTo(row[13], within(1e-11 * row[13]));
    }
  }

  /**
   * BTYDplus's own unit test of its C++ likelihood ({@code src/slice-sampling.cpp}, BG/CNBD-3 with k, r, alpha, a, b
   * = 3, 0.5, 2, 0.3, 0.6, litt 3) gives -10.42500 and -12.22396 to five decimals.
   */
  @Test
  void likelihoodMatchesBtydPlusUnitTest() {
    BgCnbd model = BgCnbd.of(3, 0.5, 2, 0.3, 0.6);
    assertThat(model.logLikelihood(3, 12, 14, 3)).isCloseTo(-10.42500, within(5e-6));
    assertThat(model.logLikelihood(4, 12, 14, 3)).isCloseTo(-12.22396, within(5e-6));
  }

  @Test
  void kOneIsBgNbdAndMbgNbdExactly() {
    double[] p = {0.2425945, 4.4136019, 0.7929199, 2.4258881};
    PurchaseModel[] plain = {BgNbd.of(p[0], p[1], p[2], p[3]), MbgNbd.of(p[0], p[1], p[2], p[3])};
    ErlangPurchaseModel[] erlang = {BgCnbd.of(1, p[0], p[1], p[2], p[3]), MbgCnbd.of(1, p[0], p[1], p[2], p[3])};
    int[] x = {0, 1, 2, 7, 40};
    double[] tx = {0, 3.5, 30.43, 20, 38};
    double[] age = {38.86, 38.86, 38.86, 39, 39};
    for (int m = 0; m < 2; m++) {
      for (int i = 0; i < x.length; i++) {
        double litt = x[i] == 0 ? 0 : x[i] * Math.log(tx[i] / x[i]) - 0.5;
        assertThat(erlang[m].logLikelihood(x[i], tx[i], age[i], litt))
            .isEqualTo(plain[m].logLikelihood(x[i], tx[i], age[i]));
        assertThat(erlang[m].probabilityAlive(x[i], tx[i], age[i]))
            .isEqualTo(plain[m].probabilityAlive(x[i], tx[i], age[i]));
        assertThat(erlang[m].conditionalExpectedPurchases(39, x[i], tx[i], age[i]))
            .isEqualTo(plain[m].conditionalExpectedPurchases(39, x[i], tx[i], age[i]));
        // the general formulas, which k > 1 uses, agree with BG/NBD's and MBG/NBD's own at k = 1
        assertThat(erlang[m].generalLogLikelihood(x[i], tx[i], age[i]))
            .isCloseTo(plain[m].logLikelihood(x[i], tx[i], age[i]), within(1e-12 * 50));
        assertThat(erlang[m].generalProbabilityAlive(x[i], tx[i], age[i]))
            .isCloseTo(plain[m].probabilityAlive(x[i], tx[i], age[i]), within(1e-13));
        double expected = plain[m].conditionalExpectedPurchases(39, x[i], tx[i], age[i]);
        assertThat(erlang[m].generalExpected(39, x[i], tx[i], age[i])).isCloseTo(expected, within(1e-12 * expected));
      }
    }
  }

  @Test
  void batchEqualsOneByOne() {
    MbgCnbd model = MbgCnbd.of(3, 1.1, 2.4, 0.8, 3.2);
    int[] x = {0, 2, 9};
    double[] tx = {0, 6.5, 25};
    double[] age = {30, 30, 26};
    double[] alive = new double[3];
    double[] expected = new double[3];
    model.score(13, x, tx, age, alive, expected);
    for (int i = 0; i < 3; i++) {
      assertThat(alive[i]).isEqualTo(model.probabilityAlive(x[i], tx[i], age[i]));
      assertThat(expected[i]).isEqualTo(model.conditionalExpectedPurchases(13, x[i], tx[i], age[i]));
    }
  }

  @Test
  void longHorizonsApproachTheLifetimePurchasesOfAnActiveCustomer() {
    // an active customer makes on average sum_n c_n = (a + b' - 1) / (a - 1) more purchases (a > 1, b' = b + x);
    // with a = 6 those beyond the horizon (about 5e4 purchases) add up to below 1e-17
    BgCnbd model = BgCnbd.of(2, 2, 1, 6, 4);
    double alive = model.probabilityAlive(5, 10, 10);
    double lifetime = (6 + 4 + 5 - 1) / (6.0 - 1);
    assertThat(model.conditionalExpectedPurchases(1e5, 5, 10, 10)).isCloseTo(alive * lifetime, within(1e-9));
  }

  @Test
  void rejectsInvalidArgumentsNamingThem() {
    assertThatThrownBy(() -> BgCnbd.of(0, 1, 1, 1, 1)).hasMessage("k must be in [1, 100]: 0");
    assertThatThrownBy(() -> MbgCnbd.of(2, 1, -1, 1, 1)).hasMessage("alpha must be finite and > 0: -1.0");
    BgCnbd model = BgCnbd.of(2, 1, 1, 1, 1);
    assertThatThrownBy(() -> model.logLikelihood(0, 0, 5, 1)).hasMessage("litt must be 0 when x is 0: 1.0");
    assertThatThrownBy(() -> model.logLikelihood(2, 4, 5, 1.5))
        .hasMessage("litt must be <= x ln(tx / x) = 1.3862943611198906: 1.5");
    assertThatThrownBy(() -> model.logLikelihood(2, 4, 5, Double.NaN)).hasMessage("litt must be finite: NaN");
    assertThatThrownBy(() -> model.probabilityAlive(2, 6, 5)).hasMessage("tx must be in [0, age 5.0]: 6.0");
    assertThatThrownBy(() -> model.conditionalExpectedPurchases(1e9, 2, 4, 5))
        .hasMessageStartingWith("t must keep the terms to sum").hasMessageEndingWith(": 1.0E9");
    assertThat(model.kind()).isEqualTo(PurchaseModelKind.BG_CNBD_K);
    assertThat(model.parameters()).containsExactly(2, 1, 1, 1, 1);
  }

  private static PurchaseModelFit fit(PurchaseModelKind model, Map<String, Double> parameters) {
    return PurchaseModelFit.builder().model(model).parameters(parameters).logLikelihood(-100).customers(10)
        .iterations(5).status(PurchaseFitStatus.CONVERGED).build();
  }

  @Test
  void modelsAreMadeFromErlangFitsOnly() {
    Map<String, Double> erlang = Map.of("k", 3.0, "r", 0.5, "alpha", 2.0, "a", 0.3, "b", 0.6);
    ErlangPurchaseModel model = ErlangPurchaseModel.from(fit(PurchaseModelKind.MBG_CNBD_K, erlang));
    assertThat(model).isInstanceOf(MbgCnbd.class);
    assertThat(model.parameters()).containsExactly(3, 0.5, 2, 0.3, 0.6);
    assertThatThrownBy(() -> ErlangPurchaseModel.from(fit(PurchaseModelKind.BG_CNBD_K,
        Map.of("k", 2.5, "r", 0.5, "alpha", 2.0, "a", 0.3, "b", 0.6))))
        .hasMessage("fit.parameters.k must be a whole number in [1, 100]: 2.5");
    assertThatThrownBy(() -> ErlangPurchaseModel.from(fit(PurchaseModelKind.BG_NBD,
        Map.of("r", 0.5, "alpha", 2.0, "a", 0.3, "b", 0.6))))
        .hasMessage("fit must be of BG_CNBD_K or MBG_CNBD_K for an Erlang-k model: BG_NBD");
    assertThatThrownBy(() -> PurchaseModel.from(fit(PurchaseModelKind.BG_CNBD_K, erlang)))
        .hasMessage("fit must be of BG_NBD, MBG_NBD or PARETO_NBD for a purchase model (ErlangPurchaseModel.from"
            + " makes Erlang-k models): BG_CNBD_K");
  }
}
