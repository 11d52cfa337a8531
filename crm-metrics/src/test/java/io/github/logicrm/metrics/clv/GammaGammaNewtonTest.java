package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Gamma-Gamma fit by Newton steps on the analytic Hessian: the same estimates and standard errors as
 * before, against an independent computation.
 */
class GammaGammaNewtonTest {

  private static void assertRelative(double actual, double expected, double tolerance, String what) {
    assertThat(actual).as(what).isCloseTo(expected, within(tolerance * Math.abs(expected)));
  }

  /**
   * The 946 repeat buyers of the CDNOW summary file. Reference: Newton's method in mpmath at 40 digits on the
   * per-customer likelihood, standard errors from the inverse of its analytic Hessian (psi and psi' of
   * mpmath), converged to 1e-30. The former fit (BFGS, numerical Hessian) gave p 6.248802489701832 (SE
   * 1.1896870199069258), q 3.7445884532801696 (0.2901656123912233), gamma 15.447748009430656
   * (4.159993814534171), LL -4055.9232435028553: equal to the reference within 3e-12 (estimates) and 2e-8
   * (standard errors) relative.
   */
  @ParameterizedTest
  @CsvSource({
      "0, -4055.9232435028643, 6.248802489709097, 1.1896870376579968, 3.744588453287469, 0.29016561513517092,"
          + " 15.447748009463716, 4.1599938783251164",
      "0.01, -4385.472454969087, 4.109250371720768, 0.15291631157909049, 0.96838547722001934,"
          + " 0.039491567272484585, 3.7808016122158209, 0.15266441108845119"})
  void cdnowEstimatesAndStandardErrors(double penalty, double logLikelihood, double p, double seP, double q,
      double seQ, double gamma, double seGamma) {
    PurchaseModelFit fit = PurchaseModelFitter.withDefaults().withPenalty(penalty)
        .fitGammaGamma(SharedData.cdnow());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    // the log-likelihood is reported without the penalty, so at a penalized optimum it moves with the
    // estimates: d lnL / dp = 2 n penalty p = 78 here, times the estimates' 1e-10 precision
    assertThat(fit.logLikelihood()).isCloseTo(logLikelihood, within(1e-7));
    double[] expected = {p, q, gamma};
    double[] errors = {seP, seQ, seGamma};
    for (int i = 0; i < 3; i++) {
      String name = fit.model().parameterNames().get(i);
      assertRelative(fit.parameter(name), expected[i], 1e-9, name);
      assertRelative(fit.standardErrors().get(name), errors[i], 1e-9, "standard error of " + name);
    }
    assertThat(fit.iterations()).isLessThan(20);
  }

  /** The analytic Hessian against central differences of the analytic gradient (both natural scale). */
  @ParameterizedTest
  @CsvSource({"6.25, 3.74, 15.44", "0.5, 8, 200", "40, 0.7, 0.01"})
  void hessianMatchesDifferencesOfTheGradient(double p, double q, double gamma) {
    GammaGammaLikelihood likelihood = new GammaGammaLikelihood(new Simulate(23).gammaGamma(300, 6, 4, 15));
    double[] point = {p, q, gamma};
    double[] gradient = new double[3];
    double[][] hessian = new double[3][3];
    double value = likelihood.logLikelihood(point, gradient, hessian);
    assertThat(value).isCloseTo(likelihood.logLikelihood(point, null), within(1e-9 * Math.abs(value)));
    double[] gradientLog = new double[3];
    likelihood.logLikelihood(point, gradientLog);
    for (int i = 0; i < 3; i++) {
      assertThat(gradientLog[i]).isCloseTo(gradient[i] * point[i], within(1e-12 * Math.abs(gradientLog[i])));
      // a relative step of 1e-4: the truncation error (h^2) stays near 1e-8 while the rounding error of the
      // gradient's large, cancelling sums (about 1e-10 here) divided by 2h stays below 1e-5
      double h = 1e-4 * point[i];
      double[] up = point.clone();
      double[] down = point.clone();
      up[i] += h;
      down[i] -= h;
      double[] gUp = new double[3];
      double[] gDown = new double[3];
      likelihood.logLikelihood(up, gUp, null);
      likelihood.logLikelihood(down, gDown, null);
      for (int j = 0; j < 3; j++) {
        double numeric = (gUp[j] - gDown[j]) / (2 * h);
        assertThat(hessian[j][i]).as("d2 lnL / dp[%s] dp[%s]", j, i)
            .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
      }
    }
  }
}
