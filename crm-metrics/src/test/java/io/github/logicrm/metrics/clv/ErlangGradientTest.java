package io.github.logicrm.metrics.clv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytic gradient of the Erlang-k likelihood against central differences of the likelihood itself. */
class ErlangGradientTest {

  private static final PurchaseData DATA = RegularPurchaseFitterTest.simulate(23, 300, true, 3, 2, 3, 0.8, 5, 0)
      .data().purchases().compress();

  @ParameterizedTest
  @CsvSource({"2, 2, 3, 0.8, 5", "3, 0.24, 4.4, 0.79, 2.4", "5, 1.5, 0.5, 3, 0.4", "12, 8, 1, 1.2, 30"})
  void bgCnbdAndMbgCnbd(int k, double r, double alpha, double a, double b) {
    GradientTest.assertGradient(new ErlangLikelihood(DATA, k, false), r, alpha, a, b);
    GradientTest.assertGradient(new ErlangLikelihood(DATA, k, true), r, alpha, a, b);
  }
}
