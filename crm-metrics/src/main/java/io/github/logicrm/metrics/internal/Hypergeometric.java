package io.github.logicrm.metrics.internal;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) on {@code 0 <= z < 1}, in log space, for the arguments
 * the purchase models produce (c &gt; 0 and a positive result).
 *
 * <p>The power series is summed either as given or after Euler's transformation
 * {@code 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)}: the one whose terms are all positive
 * (no cancellation), and of two such the one with the smaller upper parameters. For a customer with x purchases the models call 2F1 with a, b and c all near x; the transformed
 * series then has small upper parameters and converges in a few terms, where the plain series first grows
 * like {@code (1 - z)^-x} and overflows for x in the hundreds. Partial sums are rescaled as they grow, so the
 * result stays finite whenever its logarithm is. Not part of the public API.
 */
public final class Hypergeometric {

  private static final double EPSILON = 1e-16;
  private static final double RESCALE = 1e200;
  private static final double LOG_RESCALE = Math.log(RESCALE);
  private static final int MAX_TERMS = 1_000_000;

  private Hypergeometric() {}

  /**
   * Returns {@code ln 2F1(a, b; c; z)}.
   *
   * @param a first upper parameter
   * @param b second upper parameter
   * @param c lower parameter, {@code > 0}
   * @param z argument, {@code 0 <= z < 1}
   * @return the logarithm of the function's value; NaN if the value is not positive or the arguments are
   *     outside the domain
   */
  public static double log2F1(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1 && c > 0)) {
      return Double.NaN;
    }
    if (z == 0) {
      return 0;
    }
    double ea = c - a;
    double eb = c - b;
    boolean directPositive = a >= 0 && b >= 0;
    boolean eulerPositive = ea >= 0 && eb >= 0;
    boolean euler = directPositive == eulerPositive
        ? Math.abs(ea) + Math.abs(eb) < Math.abs(a) + Math.abs(b)
        : eulerPositive;
    if (euler) {
      return (c - a - b) * Math.log1p(-z) + logSeries(ea, eb, c, z);
    }
    return logSeries(a, b, c, z);
  }

  /**
   * Returns {@code 2F1(a, b; c; z)}.
   *
   * @param a first upper parameter
   * @param b second upper parameter
   * @param c lower parameter, {@code > 0}
   * @param z argument, {@code 0 <= z < 1}
   * @return the value; NaN outside the domain; may overflow to infinity where {@link #log2F1} does not
   */
  public static double value(double a, double b, double c, double z) {
    return Math.exp(log2F1(a, b, c, z));
  }

  /** Sums the power series, returning the log of the sum (NaN if the sum is not positive). */
  private static double logSeries(double a, double b, double c, double z) {
    double sum = 1;
    double term = 1;
    double logScale = 0;
    for (int k = 0; k < MAX_TERMS; k++) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      term *= ratio;
      sum += term;
      if (Math.abs(term) <= EPSILON * Math.abs(sum) && Math.abs(ratio) < 1) {
        return sum > 0 ? logScale + Math.log(sum) : Double.NaN;
      }
      if (term == 0) {
        return sum > 0 ? logScale + Math.log(sum) : Double.NaN;
      }
      if (Math.abs(sum) > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        logScale += LOG_RESCALE;
      }
    }
    return Double.NaN;
  }
}
