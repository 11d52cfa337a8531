package io.github.logicrm.metrics.clv;

import io.github.logicrm.metrics.internal.Hypergeometric;
import java.util.Arrays;

/**
 * The Gauss hypergeometric functions of the Pareto/NBD likelihood with their derivatives, summed from
 * per-frequency tables. Both cases of note 009 call 2F1(a, b; c; z) with c = a + 1 (a = r + s + x), so after
 * Euler's transformation the first upper parameter is 1 and the series is 2F1(1, e; c; z), e = r + x or s + 1,
 * whose terms C_n z^n have C_n = prod (e + j) / (c + j): positive, below 1 and falling. The coefficients and the
 * harmonic sums the derivatives need, sum 1 / (1 + j), 1 / (e + j) and 1 / (c + j), depend only on the
 * parameters and x, so they are computed once per frequency and evaluation of the likelihood and shared by the
 * customers with that frequency (each has two arguments z, at t_x and at T); a term then costs a few
 * multiplications instead of four divisions. Scratch of one likelihood: one fit on one thread.
 */
final class ParetoNbdSeries {

  private static final double EPSILON = 1e-16;
  /** Beyond this many terms the general series takes over (z near 1). */
  private static final int MAX_TERMS = 1 << 16;

  /** Per frequency: the parameters the table was built for, its length and the columns. */
  private final double[] builtE;
  private final double[] builtC;
  private final int[] length;
  private final double[][] coefficient;
  private final double[][] harmonicE;
  private final double[][] harmonicC;
  private double[] harmonicOne = new double[0];

  ParetoNbdSeries(int frequencies) {
    builtE = new double[frequencies];
    builtC = new double[frequencies];
    Arrays.fill(builtE, Double.NaN);
    length = new int[frequencies];
    coefficient = new double[frequencies][];
    harmonicE = new double[frequencies][];
    harmonicC = new double[frequencies][];
  }

  /**
   * Returns ln 2F1(a, b; a + 1; z) for a customer of frequency x, where {@code one} of a and b is the upper
   * parameter that Euler's transformation turns into 1 (a) and e = c - b the other, and writes the derivatives
   * of the logarithm by a, b, c and z to {@code gradient} (as {@code Hypergeometric.log2F1} does);
   * {@code log1mz} is ln(1 - z), which the caller has from the logarithms of the likelihood.
   *
   * @return the logarithm; NaN if the series needs more than {@link #MAX_TERMS} terms
   */
  double log2F1(int x, double a, double b, double c, double z, double log1mz, double[] gradient) {
    double e = c - b;
    if (z == 0) {
      return Hypergeometric.log2F1(a, b, c, z, gradient);
    }
    if (!(builtE[x] == e && builtC[x] == c)) {
      builtE[x] = e;
      builtC[x] = c;
      length[x] = 0;
    }
    double sum = 1;
    double sumOne = 0;
    double sumE = 0;
    double sumC = 0;
    double sumZ = 0;
    double power = 1;
    double[] coef = coefficient[x];
    double[] he = harmonicE[x];
    double[] hc = harmonicC[x];
    double[] hOne = harmonicOne;
    int built = length[x];
    for (int n = 1; n < MAX_TERMS; n++) {
      if (n >= built) {
        extend(x, e, c, n + 1);
        coef = coefficient[x];
        he = harmonicE[x];
        hc = harmonicC[x];
        hOne = harmonicOne;
        built = length[x];
      }
      power *= z;
      double term = coef[n] * power;
      sum += term;
      sumOne += term * hOne[n];
      sumE += term * he[n];
      sumC += term * hc[n];
      sumZ += term * n;
      if (term <= EPSILON * sum) {
        double inverse = 1 / sum;
        double dOne = sumOne * inverse;
        double dE = sumE * inverse;
        // back from (1, e; c; z) to (a, b; c; z): 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)
        gradient[0] = -log1mz - dOne;
        gradient[1] = -log1mz - dE;
        gradient[2] = log1mz + dOne + dE - sumC * inverse;
        gradient[3] = -(c - a - b) / (1 - z) + sumZ * inverse / z;
        return (c - a - b) * log1mz + Math.log(sum);
      }
    }
    return Double.NaN;
  }

  /** Lengthens the table of x to at least {@code needed} entries (doubling). */
  private void extend(int x, double e, double c, int needed) {
    int from = length[x];
    int size = Math.max(needed, Math.max(32, 2 * from));
    if (coefficient[x] == null || coefficient[x].length < size) {
      coefficient[x] = Arrays.copyOf(coefficient[x] == null ? new double[0] : coefficient[x], size);
      harmonicE[x] = Arrays.copyOf(harmonicE[x] == null ? new double[0] : harmonicE[x], size);
      harmonicC[x] = Arrays.copyOf(harmonicC[x] == null ? new double[0] : harmonicC[x], size);
    }
    if (harmonicOne.length < size) {
      int old = harmonicOne.length;
      harmonicOne = Arrays.copyOf(harmonicOne, size);
      for (int n = Math.max(1, old); n < size; n++) {
        harmonicOne[n] = harmonicOne[n - 1] + 1.0 / n;
      }
    }
    double[] coef = coefficient[x];
    double[] he = harmonicE[x];
    double[] hc = harmonicC[x];
    if (from == 0) {
      coef[0] = 1;
      he[0] = 0;
      hc[0] = 0;
      from = 1;
    }
    for (int n = from; n < size; n++) {
      int j = n - 1;
      coef[n] = coef[j] * ((e + j) / (c + j));
      he[n] = he[j] + 1 / (e + j);
      hc[n] = hc[j] + 1 / (c + j);
    }
    length[x] = size;
  }
}
