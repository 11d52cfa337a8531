package io.github.logicrm.metrics.internal;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) on {@code 0 <= z < 1}, in log space, for the arguments
 * the purchase models produce (c &gt; 0 and a positive result).
 *
 * <p>The power series is summed either as given or after Euler's transformation
 * {@code 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)}: the one whose terms keep one sign
 * after the first (no cancellation), and of two such the one with the smaller upper parameters; a transformed
 * sum that comes out tiny (digits lost) is redone with the plain series. For a customer with x purchases the models call 2F1 with a, b and c all near x; the transformed
 * series then has small upper parameters and converges in a few terms, where the plain series first grows
 * like {@code (1 - z)^-x} and overflows for x in the hundreds. Partial sums are rescaled as they grow, so the
 * result stays finite whenever its logarithm is. Not part of the public API.
 */
public final class Hypergeometric {

  private static final double EPSILON = 1e-16;
  private static final double RESCALE = 1e200;
  private static final double LOG_RESCALE = Math.log(RESCALE);
  private static final int MAX_TERMS = 1_000_000;
  /** A series sum below e^-14 has lost digits to cancellation; the other series is then used if it can be. */
  private static final double LOG_CANCELLATION = -14;

  private Hypergeometric() {}

  /**
   * Returns {@code ln 2F1(a, b; c; z)}.
   *
   * @param a first upper parameter
   * @param b second upper parameter
   * @param c lower parameter, {@code > 0}
   * @param z argument, {@code 0 <= z < 1}
   * @return the logarithm of the function's value; NaN if the value is not positive, the arguments are
   *     outside the domain, or the series needs more than a million terms (z within about 1e-6 of 1, far
   *     beyond the horizons the purchase models use: z = t / (alpha + T + t))
   */
  public static double log2F1(double a, double b, double c, double z) {
    return log2F1Times(a, b, c, z, 0);
  }

  /**
   * Returns {@code ln[(1 - z)^power 2F1(a, b; c; z)]}, the form the purchase models need, with one
   * logarithm of {@code 1 - z} shared with Euler's transformation.
   *
   * @param a first upper parameter
   * @param b second upper parameter
   * @param c lower parameter, {@code > 0}
   * @param z argument, {@code 0 <= z < 1}
   * @param power exponent of {@code 1 - z}
   * @return the logarithm; NaN where {@link #log2F1(double, double, double, double)} is NaN
   */
  public static double log2F1Times(double a, double b, double c, double z, double power) {
    if (!(z >= 0 && z < 1 && c > 0)) {
      return Double.NaN;
    }
    if (z == 0) {
      return 0;
    }
    double ea = c - a;
    double eb = c - b;
    if (useEuler(a, b, ea, eb, c, z, true)) {
      double logSum = logSeries(ea, eb, c, z);
      if (logSum > LOG_CANCELLATION || !monotone(a, b)) {
        return (c - a - b + power) * Math.log1p(-z) + logSum;
      }
    }
    double logSum = logSeries(a, b, c, z);
    return power == 0 ? logSum : power * Math.log1p(-z) + logSum;
  }

  /**
   * Returns {@code ln 2F1(a, b; c; z)} and its partial derivatives, summed in the same pass as the value.
   * Valid where {@link #log2F1} is and no upper parameter of the series used is a non-positive integer.
   *
   * @param a first upper parameter
   * @param b second upper parameter
   * @param c lower parameter, {@code > 0}
   * @param z argument, {@code 0 <= z < 1}
   * @param gradient where to write d/da, d/db, d/dc and d/dz of the logarithm (length at least 4)
   * @return the logarithm of the function's value; NaN where {@link #log2F1} is NaN
   */
  public static double log2F1(double a, double b, double c, double z, double[] gradient) {
    if (!(z >= 0 && z < 1 && c > 0)) {
      return Double.NaN;
    }
    if (z == 0) {
      gradient[0] = 0;
      gradient[1] = 0;
      gradient[2] = 0;
      gradient[3] = a * b / c;
      return 0;
    }
    double ea = c - a;
    double eb = c - b;
    if (useEuler(a, b, ea, eb, c, z, false)) {
      double log1mz = Math.log1p(-z);
      double value = (c - a - b) * log1mz + logSeries(ea, eb, c, z, gradient);
      double dEa = gradient[0];
      double dEb = gradient[1];
      gradient[0] = -log1mz - dEa;
      gradient[1] = -log1mz - dEb;
      gradient[2] = log1mz + dEa + dEb + gradient[2];
      gradient[3] = -(c - a - b) / (1 - z) + gradient[3];
      return value;
    }
    return logSeries(a, b, c, z, gradient);
  }

  /** Sums the series and its derivatives; the gradient is of the log of the sum. */
  private static double logSeries(double a, double b, double c, double z, double[] gradient) {
    double sum = 1;
    double term = 1;
    double sumA = 0;
    double sumB = 0;
    double sumC = 0;
    double sumZ = 0;
    double harmonicA = 0;
    double harmonicB = 0;
    double harmonicC = 0;
    double logScale = 0;
    for (int k = 0; k < MAX_TERMS; k++) {
      harmonicA += 1 / (a + k);
      harmonicB += 1 / (b + k);
      harmonicC += 1 / (c + k);
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      term *= ratio;
      sum += term;
      sumA += term * harmonicA;
      sumB += term * harmonicB;
      sumC += term * harmonicC;
      sumZ += term * (k + 1);
      if (Math.abs(term) <= EPSILON * Math.abs(sum) && Math.abs(ratio) < 1 || term == 0) {
        if (!(sum > 0)) {
          return Double.NaN;
        }
        gradient[0] = sumA / sum;
        gradient[1] = sumB / sum;
        gradient[2] = -sumC / sum;
        gradient[3] = sumZ / (z * sum);
        return logScale + Math.log(sum);
      }
      if (Math.abs(sum) > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        sumA /= RESCALE;
        sumB /= RESCALE;
        sumC /= RESCALE;
        sumZ /= RESCALE;
        logScale += LOG_RESCALE;
      }
    }
    return Double.NaN;
  }

  /**
   * Prefers the series whose terms keep one sign after the first (upper parameters above -1), so the sum
   * cannot cancel unless it is small; of two such, the one with the smaller upper parameters, which converges
   * in fewer terms. With {@code terminating}, an Euler series that ends early counts as safe too (not for the
   * gradient, whose harmonic sums divide by the upper parameters plus k).
   */
  private static boolean useEuler(double a, double b, double ea, double eb, double c, double z,
      boolean terminating) {
    boolean direct = monotone(a, b);
    boolean euler = monotone(ea, eb) || terminating && (terminates(ea, eb, c, z) || terminates(eb, ea, c, z));
    return direct == euler ? Math.abs(ea) + Math.abs(eb) < Math.abs(a) + Math.abs(b) : euler;
  }

  /**
   * A non-positive integer upper parameter {@code a} above -1000 ends the series after at most a thousand terms.
   * Its terms alternate in sign, so it is safe only while they fall from the first on: {@code |a| b z / c}
   * below 1/2 bounds the sum of their magnitudes by 2.
   */
  private static boolean terminates(double a, double b, double c, double z) {
    return a <= 0 && a > -1000 && a == Math.rint(a) && b > -1 && -a * Math.abs(b) * z < 0.5 * c;
  }

  private static boolean monotone(double a, double b) {
    return a > -1 && b > -1;
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

  /**
   * Sums the power series, returning the log of the sum (NaN if the sum is not positive). Two terms per loop
   * pass: the convergence test and the rescaling run half as often, which matters when a million customers
   * are scored.
   */
  private static double logSeries(double a, double b, double c, double z) {
    double sum = 1;
    double term = 1;
    double logScale = 0;
    for (int k = 0; k < MAX_TERMS; k += 2) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      sum += term;
      double ratio = (a + k + 1) * (b + k + 1) / ((c + k + 1) * (k + 2)) * z;
      term *= ratio;
      sum += term;
      if (Math.abs(term) <= EPSILON * Math.abs(sum) && Math.abs(ratio) < 1 || term == 0) {
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
