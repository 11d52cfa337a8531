package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytic gradients of the likelihoods against central differences of the likelihoods themselves. */
class GradientTest {

  private static final PurchaseData DATA = new Simulate(21).paretoNbd(300, 0.6, 5, 0.8, 12, 52)
      .compress();

  static void assertGradient(ModelLikelihood likelihood, double... p) {
    double[] analytic = new double[p.length];
    likelihood.logLikelihood(p, analytic);
    for (int i = 0; i < p.length; i++) {
      double h = 1e-6;
      double[] up = p.clone();
      double[] down = p.clone();
      up[i] = p[i] * Math.exp(h);
      down[i] = p[i] * Math.exp(-h);
      double numeric = (likelihood.logLikelihood(up, null) - likelihood.logLikelihood(down, null)) / (2 * h);
      assertThat(analytic[i]).as("d lnL / d ln p[%s]", i)
          .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
    }
  }

  @ParameterizedTest
  @CsvSource({"0.55, 10.5, 0.6, 11.7", "0.55, 11.7, 0.6, 10.5", "0.55, 11, 0.6, 11", "2.5, 0.5, 3, 40"})
  void paretoNbd(double r, double alpha, double s, double beta) {
    assertGradient(new ParetoNbdLikelihood(DATA), r, alpha, s, beta);
  }

  @ParameterizedTest
  @CsvSource({"0.24, 4.4, 0.79, 2.4", "1.5, 0.5, 3, 0.4"})
  void bgNbdAndMbgNbd(double r, double alpha, double a, double b) {
    assertGradient(new BgNbdLikelihood(DATA, false), r, alpha, a, b);
    assertGradient(new BgNbdLikelihood(DATA, true), r, alpha, a, b);
  }

  @ParameterizedTest
  @CsvSource({"6.25, 3.74, 15.44", "0.5, 8, 200"})
  void gammaGamma(double p, double q, double gamma) {
    assertGradient(new GammaGammaLikelihood(new Simulate(22).gammaGamma(200, 6, 4, 15)), p, q, gamma);
  }
}
