package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.metrics.internal.Hypergeometric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Pareto/NBD series from per-frequency tables, and the fit that uses them. */
class ParetoNbdSeriesTest {

  /** The tables give the general series' value and derivatives, in both cases of note 009, reusing a table. */
  @ParameterizedTest
  @CsvSource({"0.55, 0.61, 0, 0.09", "0.55, 0.61, 3, 0.5", "2.5, 3, 40, 0.9", "0.05, 0.02, 250, 0.99",
      "0.55, 0.61, 7, 0.0001"})
  void matchesTheGeneralSeries(double r, double s, int x, double z) {
    ParetoNbdSeries series = new ParetoNbdSeries(x + 1);
    double rsx = r + s + x;
    // alpha >= beta: 2F1(r+s+x, s+1; r+s+x+1; z); alpha < beta: 2F1(r+s+x, r+x; r+s+x+1; z)
    for (double b : new double[] {s + 1, r + x}) {
      for (double argument : new double[] {z, z / 2, z}) {
        double[] expected = new double[4];
        double[] actual = new double[4];
        double value = Hypergeometric.log2F1(rsx, b, rsx + 1, argument, expected);
        double fromTable = series.log2F1(x, rsx, b, rsx + 1, argument, Math.log1p(-argument), actual);
        assertThat(fromTable).isCloseTo(value, within(1e-13 * Math.max(1, Math.abs(value))));
        for (int i = 0; i < 4; i++) {
          assertThat(actual[i]).as("derivative %s", i)
              .isCloseTo(expected[i], within(1e-12 * Math.max(1, Math.abs(expected[i]))));
        }
      }
    }
  }

  /**
   * CDNOW's summary file (2,357 customers). Reference: the likelihood of note 009 in mpmath at 30 digits
   * (hyp2f1), maximized by Newton steps on its central-difference gradient and Hessian (relative step 1e-8) to
   * steps below 1e-18; standard errors from that Hessian. The likelihood is flat along beta, where BFGS stops
   * within its gradient tolerance at 2e-7 of the optimum; the former fit (general 2F1 series) gave r
   * 0.5532755185568194 (SE 0.04762875861618053), alpha 10.577612204180182 (0.8427239375913231), s
   * 0.6062134858814572 (0.18727951854116864), beta 11.667908627265728 (6.211027685182288), as close.
   */
  @Test
  void cdnowEstimatesAndStandardErrors() {
    PurchaseModelFit fit = PurchaseModelFitter.withDefaults().fitParetoNbd(SharedData.cdnow());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.logLikelihood()).isCloseTo(-9594.9739298268636344, within(1e-8));
    double[] expected = {0.55327550868951942, 10.577612238681711, 0.60621356867408526, 11.667911237920251};
    double[] errors = {0.047628754429490246, 0.84272392350394259, 0.18727956946689689, 6.2110293197399945};
    for (int i = 0; i < 4; i++) {
      String name = fit.model().parameterNames().get(i);
      assertThat(fit.parameter(name)).as(name).isCloseTo(expected[i], within(1e-6 * expected[i]));
      assertThat(fit.standardErrors().get(name)).as("standard error of %s", name)
          .isCloseTo(errors[i], within(1e-6 * errors[i]));
    }
  }
}
