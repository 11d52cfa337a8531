package io.github.logicrm.metrics.internal;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Tricomi's confluent hypergeometric function of the second kind, {@code U(a, b, z)} (Kummer's function of the
 * second kind, written Psi by Fader, Hardie and Lee 2005), for {@code a > 0} and {@code z > 0}, in log space.
 *
 * <p>It is computed from its integral representation (DLMF 13.4.4)
 * {@code U(a, b, z) = (1 / Gamma(a)) int_0^inf e^(-z t) t^(a-1) (1 + t)^(b-a-1) dt}, taken in the variable
 * {@code y = ln t}: the integrand {@code exp(a y + (b - a - 1) ln(1 + e^y) - z e^y)} is analytic in the strip
 * {@code |Im y| < pi / 2}, falls off like {@code e^(a y)} to the left and doubly exponentially to the right, so
 * the trapezoidal rule converges geometrically. The nodes are centred on the integrand's peak, spaced by a
 * fraction of its width there (at most 0.2), and summed outwards until they fall below e^-38 of the peak;
 * the left tail beyond is summed in closed form as the geometric series of its {@code e^(a y)} decay. About
 * {@code (40 / a + 10) / step} evaluations at most, a few hundred for the arguments of the purchase models.
 * Commons Numbers has no such function; the values are verified against mpmath's {@code hyperu}. Not part of
 * the public API.
 */
public final class ConfluentHypergeometric {

  private static final double STEP = 0.2;
  /** Nodes below e^-38 of the peak (about 3e-17) no longer change the sum. */
  private static final double CUTOFF = -38;
  private static final int MAX_NODES = 1_000_000;

  private ConfluentHypergeometric() {}

  /**
   * Returns {@code ln U(a, b, z)}.
   *
   * @param a first parameter, finite and {@code > 0}
   * @param b second parameter, finite
   * @param z argument, finite and {@code > 0}
   * @return the logarithm of {@code U(a, b, z)}; NaN if an argument is outside the domain
   */
  public static double logU(double a, double b, double z) {
    if (!(a > 0 && a < Double.POSITIVE_INFINITY && Double.isFinite(b) && z > 0 && z < Double.POSITIVE_INFINITY)) {
      return Double.NaN;
    }
    double c = b - a - 1;
    double peak = peak(a, c, z);
    double top = exponent(a, c, z, peak);
    double sigma = 1 / (1 + Math.exp(-peak));
    double curvature = Math.abs(c * sigma * (1 - sigma) - z * Math.exp(peak));
    double step = Math.min(STEP, 0.5 / Math.sqrt(Math.max(curvature, 1e-300)));
    double sum = 1;
    double last = 1;
    int left = 1;
    for (; left < MAX_NODES; left++) {
      last = Math.exp(exponent(a, c, z, peak - left * step) - top);
      sum += last;
      if (last < Math.exp(CUTOFF) && peak - left * step < Math.min(0, -Math.log(z))) {
        break;
      }
    }
    // beyond the last node on the left the terms shrink by e^(-a step) each
    sum += last * Math.exp(-a * step) / -Math.expm1(-a * step);
    for (int right = 1; right < MAX_NODES; right++) {
      double term = Math.exp(exponent(a, c, z, peak + right * step) - top);
      sum += term;
      if (term < Math.exp(CUTOFF) && peak + right * step > Math.log(Math.abs(c) + a + 1) - Math.log(z)) {
        break;
      }
    }
    return top + Math.log(sum * step) - LogGamma.value(a);
  }

  /** {@code a y + c ln(1 + e^y) - z e^y}. */
  private static double exponent(double a, double c, double z, double y) {
    double softplus = y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y));
    return a * y + c * softplus - z * Math.exp(y);
  }

  /**
   * The root of the exponent's derivative {@code a + c e^y / (1 + e^y) - z e^y}, which is {@code a > 0} far
   * to the left and negative far to the right, by bisection.
   */
  private static double peak(double a, double c, double z) {
    double low = Math.log(a / (2 * (z + Math.abs(c) + 1))) - 1;
    double high = Math.log((a + Math.abs(c) + 1) / z) + 1;
    for (int i = 0; i < 200 && high - low > 1e-9; i++) {
      double mid = 0.5 * (low + high);
      double e = Math.exp(mid);
      if (a + c * e / (1 + e) - z * e > 0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return 0.5 * (low + high);
  }
}
