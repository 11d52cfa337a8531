package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.AhpResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The Analytic Hierarchy Process (Saaty): weights of n criteria from a matrix of pairwise judgements
 * {@code a[i][j]} = how much more important criterion i is than j (1 equal ... 9 extremely), with
 * {@code a[j][i] = 1 / a[i][j]}.
 *
 * <p>The weights are the principal eigenvector of the matrix normalized to sum 1 (found by power iteration, which
 * converges for positive matrices). Consistency: CI = (lambdaMax - n) / (n - 1) and CR = CI / RI, with Saaty's
 * random index RI: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 for n = 1
 * to 15. A matrix whose CR exceeds the limit (default 0.10) is rejected, since its weights rest on contradictory
 * judgements, unless the caller raises or lifts the limit. Immutable and thread-safe.
 */
public final class Ahp {

  /** Saaty's random consistency index by matrix order (index 0 unused). */
  private static final double[] RANDOM_INDEX =
      {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};

  /** Relative tolerance of the reciprocity check a[j][i] * a[i][j] = 1. */
  private static final double RECIPROCAL_TOLERANCE = 1e-6;

  private static final Ahp DEFAULTS = new Ahp(0.10);

  private final double maxConsistencyRatio;

  private Ahp(double maxConsistencyRatio) {
    this.maxConsistencyRatio = maxConsistencyRatio;
  }

  /**
   * Returns the calculator that rejects matrices with CR &gt; 0.10.
   *
   * @return the calculator
   */
  public static Ahp withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator with another consistency limit.
   *
   * @param maxConsistencyRatio the largest CR accepted, {@code >= 0}
   * @return the calculator
   * @throws IllegalArgumentException if the limit is negative or NaN
   */
  public Ahp withMaxConsistencyRatio(double maxConsistencyRatio) {
    if (!(maxConsistencyRatio >= 0)) {
      throw new IllegalArgumentException("maxConsistencyRatio must be >= 0: " + maxConsistencyRatio);
    }
    return new Ahp(maxConsistencyRatio);
  }

  /**
   * Returns a calculator that accepts any consistency ratio (the result still reports it).
   *
   * @return the calculator
   */
  public Ahp allowingInconsistency() {
    return new Ahp(Double.POSITIVE_INFINITY);
  }

  /**
   * Returns the largest consistency ratio accepted.
   *
   * @return the limit; infinite when inconsistency is allowed
   */
  public double maxConsistencyRatio() {
    return maxConsistencyRatio;
  }

  /**
   * Returns Saaty's random index for a matrix order.
   *
   * @param n the order, 1 to 15
   * @return RI, 0 for n &lt;= 2
   * @throws IllegalArgumentException if n is outside 1 to 15
   */
  public static double randomIndex(int n) {
    if (n < 1 || n >= RANDOM_INDEX.length) {
      throw new IllegalArgumentException(
          "n (the matrix order) must be in [1, " + (RANDOM_INDEX.length - 1) + "] (Saaty's random index table): " + n);
    }
    return RANDOM_INDEX[n];
  }

  /**
   * Derives weights from a pairwise comparison matrix.
   *
   * @param matrix square, order 1 to 15, positive finite entries, ones on the diagonal, and reciprocal:
   *     {@code a[j][i] * a[i][j] = 1} within a relative 1e-6
   * @return the weights with lambdaMax, CI, RI and CR
   * @throws IllegalArgumentException if the matrix is not a valid pairwise comparison matrix, or its CR exceeds
   *     the limit (the message gives the CR)
   */
  public AhpResult weigh(double[][] matrix) {
    int n = validate(matrix);
    double[] w = principalEigenvector(matrix);
    double lambda = 0;
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int j = 0; j < n; j++) {
        row += matrix[i][j] * w[j];
      }
      lambda += row / w[i];
    }
    lambda /= n;
    double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
    double ri = randomIndex(n);
    double cr = n <= 2 ? 0 : ci / ri;
    if (cr > maxConsistencyRatio) {
      throw new IllegalArgumentException("pairwise comparison matrix is inconsistent: consistency ratio " + cr
          + " exceeds " + maxConsistencyRatio + " (lambdaMax " + lambda + ", CI " + ci + ", RI " + ri
          + "); revise the judgements or raise the limit with withMaxConsistencyRatio(..)");
    }
    List<Double> weights = new ArrayList<>(n);
    for (double v : w) {
      weights.add(v);
    }
    return AhpResult.builder().weights(weights).lambdaMax(lambda).consistencyIndex(ci).randomIndex(ri)
        .consistencyRatio(cr).build();
  }

  private static int validate(double[][] matrix) {
    int n = matrix.length;
    randomIndex(n);
    for (int i = 0; i < n; i++) {
      if (matrix[i].length != n) {
        throw new IllegalArgumentException(
            "matrix must be square, matrix[" + i + "] has length " + matrix[i].length + " instead of " + n);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Checks.positive("matrix", i, j, matrix[i][j]);
      }
      if (matrix[i][i] != 1) {
        throw new IllegalArgumentException("matrix[" + i + "][" + i + "] must be 1: " + matrix[i][i]);
      }
      for (int j = 0; j < i; j++) {
        if (!(Math.abs(matrix[i][j] * matrix[j][i] - 1) <= RECIPROCAL_TOLERANCE)) {
          throw new IllegalArgumentException("matrix[" + i + "][" + j + "] must be the reciprocal of matrix[" + j
              + "][" + i + "] " + matrix[j][i] + " (" + (1 / matrix[j][i]) + "): " + matrix[i][j]);
        }
      }
    }
    return n;
  }

  /** Power iteration from equal weights; stops when the weights change less than 1e-15 (sum of changes). */
  private static double[] principalEigenvector(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    double[] next = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    for (int iteration = 0; iteration < 10_000; iteration++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double v = 0;
        for (int j = 0; j < n; j++) {
          v += a[i][j] * w[j];
        }
        next[i] = v;
        sum += v;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change += Math.abs(next[i] - w[i]);
      }
      double[] t = w;
      w = next;
      next = t;
      if (change < 1e-15) {
        break;
      }
    }
    return w;
  }
}
