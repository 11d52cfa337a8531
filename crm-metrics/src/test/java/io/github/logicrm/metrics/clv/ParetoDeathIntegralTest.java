package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The quadrature of the Pareto/NBD death term against its closed form (note 009's 2F1 expressions, which are
 * exact where their series converges: 2F1 arguments up to 0.999 here), and its gradient against central
 * differences.
 */
class ParetoDeathIntegralTest {

  /** ln[s/(r+s+x) (e^G(t_x) - e^G(T))], the closed form the likelihood uses below a 2F1 argument of 0.99. */
  private static double closedForm(double r, double alpha, double s, double beta, int x, double tx, double age) {
    return Math.log(s / (r + s + x)) + ModelLikelihood.logSubExp(g(r, alpha, s, beta, x, tx),
        g(r, alpha, s, beta, x, age));
  }

  private static double g(double r, double alpha, double s, double beta, int x, double u) {
    return ParetoNbd.logTerm(r, alpha, s, beta, x, u);
  }

  @Test
  void matchesTheClosedFormToTwelveDigits() {
    SplittableRandom random = new SplittableRandom(20261128);
    for (int i = 0; i < 2_000; i++) {
      double r = Math.exp(random.nextDouble(-3, 3));
      double s = Math.exp(random.nextDouble(-3, 3));
      double alpha = Math.exp(random.nextDouble(-3, 5));
      double beta = alpha * Math.exp(random.nextDouble(-7, 7));
      int x = random.nextInt(0, random.nextBoolean() ? 5 : 500);
      double age = Math.exp(random.nextDouble(-2, 6));
      double tx = x == 0 ? 0 : age * random.nextDouble(0, 1);
      double z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx);
      if (z > 0.999 || tx == age) {
        continue;
      }
      double expected = closedForm(r, alpha, s, beta, x, tx, age);
      double actual = ParetoNbd.logDeathIntegral(r, alpha, s, beta, x, tx, age, null);
      // the closed form's G(u) = ln 2F1 - (r + s + x) ln(max + u) subtracts two logarithms of up to thousands for
      // large x, so it carries an absolute rounding error of about 1e-16 (r + s + x) ln(max + u) per operation;
      // at the worst case here (x 428, both near 2300) mpmath's quadrature at 40 digits agrees with the integral
      // to 1e-14 and with the closed form to 1.1e-11 (next test). The difference e^G(t_x) - e^G(T) then divides
      // that error by 1 - e^(G(T) - G(t_x)), which is small when 2F1's argument nears 1 (z 0.998: 1.4e-11 off)
      double cancellation = -Math.expm1(g(r, alpha, s, beta, x, age) - g(r, alpha, s, beta, x, tx));
      double scale = (r + s + x) * Math.abs(Math.log(Math.max(alpha, beta) + tx)) / cancellation;
      double tolerance = 1e-12 * Math.max(1, Math.abs(expected)) + 1e-14 * scale;
      assertThat(actual).as("r %s alpha %s s %s beta %s x %s tx %s T %s", r, alpha, s, beta, x, tx, age)
          .isCloseTo(expected, within(tolerance));
    }
  }

  @Test
  void matchesMpmathWhereTheClosedFormLosesDigits() {
    // mpmath 1.3, 40 digits: log(s * quad(f, [tx, ..., T])) with breakpoints in the boundary layer at t_x
    assertThat(ParetoNbd.logDeathIntegral(6.365119438005741, 0.29226920975458437, 2.8314609091491523,
        202.2487890096024, 428, 0.6302967102868232, 2.013560158799045, null))
        .isCloseTo(9.5418028607618133, within(1e-13));
    assertThat(ParetoNbd.logDeathIntegral(0.17360441827764414, 75.59171261025703, 0.1063635486924016,
        45421.436892969214, 0, 0, 55.83611293591339, null))
        .isCloseTo(-10.886429895595252, within(1e-13));
  }

  /**
   * P(X(39) = n) against mpmath 1.3 at 40 digits: Gamma(r+n) / (Gamma(r) n!) (alpha/(alpha+t))^r (t/(alpha+t))^n
   * (beta/(beta+t))^s plus Gamma(r+n) / (Gamma(r) n!) alpha^r s beta^s int_0^t u^n (alpha+u)^-(r+n)
   * (beta+u)^-(s+1) du, the integral by mpmath's quad split at the integrand's peak and at 1/2 to 1/256 of it on
   * either side. Wide and narrow peaks, inside the interval and at its end.
   */
  @Test
  void probabilityOfPurchasesMatchesMpmath() {
    ParetoNbd cdnow = ParetoNbd.of(0.55315, 10.57633, 0.60625, 11.67150);
    ParetoNbd frequent = ParetoNbd.of(80, 2, 0.5, 30);
    ParetoNbd fast = ParetoNbd.of(0.3, 0.05, 2, 40);
    double[][] cases = {
        {0, 0, 0.59355659566125972}, {0, 20, 0.00025805434513562214}, {0, 100, 5.374332687626929e-13},
        {0, 1000, 3.0674053635252356e-107}, {1, 5, 0.00041871961793758808}, {1, 20, 0.00041084523781662796},
        {1, 1000, 0.0001713237373928367}, {2, 1, 0.060347377899914905}, {2, 1000, 4.1479678395162525e-5},
        {2, 5000, 5.6709772064274093e-8}};
    ParetoNbd[] models = {cdnow, frequent, fast};
    for (double[] c : cases) {
      double actual = models[(int) c[0]].probabilityOfPurchases((int) c[1], 39);
      assertThat(actual).as("%s P(X(39) = %s)", models[(int) c[0]], (int) c[1]).isCloseTo(c[2], within(1e-10 * c[2]));
    }
  }

  @Test
  void gradientMatchesCentralDifferences() {
    double[] p = {0.55, 0.01, 0.61, 11.7};
    double[] gradient = new double[4];
    ParetoNbd.logDeathIntegral(p[0], p[1], p[2], p[3], 3, 5, 39, gradient);
    for (int i = 0; i < 4; i++) {
      double h = 1e-6 * p[i];
      double[] up = p.clone();
      double[] down = p.clone();
      up[i] += h;
      down[i] -= h;
      double numeric = (ParetoNbd.logDeathIntegral(up[0], up[1], up[2], up[3], 3, 5, 39, null)
          - ParetoNbd.logDeathIntegral(down[0], down[1], down[2], down[3], 3, 5, 39, null)) / (2 * h);
      assertThat(gradient[i]).as("d/d p[%s]", i).isCloseTo(numeric, within(1e-6 * Math.max(1, Math.abs(numeric))));
    }
  }
}
