package io.github.logicrm.metrics.internal;

import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The expected number of purchases of a beta-geometric dropout process, for every positive parameter and
 * horizon: {@code G(a, beta, shape, u) = E[(1 - (1 + p u)^-shape) / p]} with {@code p ~ Beta(a, beta)}, that
 * is {@code (1 / B(a, beta)) int_0^1 p^(a-2) (1 - p)^(beta-1) (1 - (1 + p u)^-shape) dp}.
 *
 * <p>BG/NBD and MBG/NBD write it as {@code c / (a - 1) [1 - (1 + u)^-shape 2F1(shape, beta; c; u / (1 + u))]}
 * with {@code c = a + beta - 1}, which needs {@code c > 0} for the series, cancels near {@code a = 1} (a
 * removable singularity) and needs ever more terms as {@code u} grows. The integral has none of these limits.
 * It is taken in the logistic variable {@code p = 1 / (1 + e^-y)}, where the integrand is analytic in the strip
 * {@code |Im y| < pi / 2} and decays exponentially at both ends, so the trapezoidal rule converges
 * geometrically: with step {@code min(1/5, 0.55 sqrt(1/a + 1/beta))} (the beta density's width in y) to about
 * 1e-14. The tails beyond {@code e^-36} of their leading terms are summed in closed form (geometric series of the
 * same rule), so small {@code a} or {@code beta} (slow decay) cost nothing extra. About
 * {@code (72 + ln(shape u)) / step} evaluations: a few hundred for the fitted parameters of real books, more only
 * when a and beta are both large. Not part of the public API.
 */
public final class BetaRenewal {

  private static final double STEP = 0.2;
  /** The tails start where the neglected relative terms are below e^-36 (about 2e-16). */
  private static final double TAIL = 36;

  private BetaRenewal() {}

  /**
   * Returns {@code E[(1 - (1 + p u)^-shape) / p]} for {@code p ~ Beta(a, beta)}.
   *
   * @param a first beta parameter, {@code > 0}
   * @param beta second beta parameter, {@code > 0}
   * @param shape gamma shape of the purchase rate, {@code > 0}
   * @param u horizon over the gamma rate, finite and {@code >= 0}
   * @return the expectation, {@code >= 0}; infinite only if it exceeds the double range
   */
  public static double expected(double a, double beta, double shape, double u) {
    if (u == 0) {
      return 0;
    }
    double lower = -TAIL - Math.log1p(a + beta + (shape + 1) * u);
    double upper = TAIL + Math.log1p(a + beta + shape);
    // the beta density has width about sqrt(1/a + 1/beta) in y; the step resolves it
    double step = Math.min(STEP, 0.55 * Math.sqrt(1 / a + 1 / beta));
    int nodes = (int) Math.ceil((upper - lower) / step);
    double sum = 0;
    double y = lower;
    for (int j = 0; j <= nodes; j++) {
      y = lower + j * step;
      double logP = y < 0 ? y - Math.log1p(Math.exp(y)) : -Math.log1p(Math.exp(-y));
      double logQ = y > 0 ? -y - Math.log1p(Math.exp(-y)) : -Math.log1p(Math.exp(y));
      double bought = -Math.expm1(-shape * Math.log1p(Math.exp(logP) * u));
      sum += Math.exp((a - 1) * logP + beta * logQ) * bought;
    }
    // below the first node the integrand is shape u e^(a y); above the last, (1 - (1 + u)^-shape) e^(-beta y)
    double lowTail = Math.exp(Math.log(shape * u) + a * lower) / Math.expm1(a * step);
    double highTail = -Math.expm1(-shape * Math.log1p(u)) * Math.exp(-beta * y) / Math.expm1(beta * step);
    return (sum + lowTail + highTail) * step * Math.exp(-LogBeta.value(a, beta));
  }
}
