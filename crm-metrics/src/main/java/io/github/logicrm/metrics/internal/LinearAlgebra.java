package io.github.logicrm.metrics.internal;

/**
 * Small dense linear algebra on {@code double[][]} row-major matrices: LU solve and inverse with partial
 * pivoting. Sized for the few-dozen-by-few-dozen systems of path models and Markov chains. Not part of the
 * public API.
 */
public final class LinearAlgebra {

  /** Pivots smaller than this, relative to the largest entry of the matrix, count as singular. */
  private static final double SINGULAR_TOLERANCE = 1e-13;

  private LinearAlgebra() {}

  /**
   * Solves {@code A X = B} for {@code X}.
   *
   * @param a square matrix, not modified
   * @param b right-hand sides, one column per system ({@code a.length} rows), not modified
   * @return the solution, a new matrix shaped like {@code b}
   * @throws IllegalArgumentException if {@code a} is not square, the shapes do not match, or {@code a} is
   *     singular to working precision
   */
  public static double[][] solve(double[][] a, double[][] b) {
    int n = a.length;
    if (b.length != n) {
      throw new IllegalArgumentException("right-hand side must have " + n + " rows: " + b.length);
    }
    double[][] lu = copySquare(a);
    int[] pivot = decompose(lu);
    int m = n == 0 ? 0 : b[0].length;
    double[][] x = new double[n][m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(b[pivot[i]], 0, x[i], 0, m);
    }
    for (int col = 0; col < m; col++) {
      for (int i = 0; i < n; i++) {
        double s = x[i][col];
        for (int k = 0; k < i; k++) {
          s -= lu[i][k] * x[k][col];
        }
        x[i][col] = s;
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = x[i][col];
        for (int k = i + 1; k < n; k++) {
          s -= lu[i][k] * x[k][col];
        }
        x[i][col] = s / lu[i][i];
      }
    }
    return x;
  }

  /**
   * Solves {@code A x = b} for a single right-hand side.
   *
   * @param a square matrix, not modified
   * @param b right-hand side of length {@code a.length}, not modified
   * @return the solution, a new array
   * @throws IllegalArgumentException if {@code a} is not square or singular, or the lengths do not match
   */
  public static double[] solve(double[][] a, double[] b) {
    double[][] column = new double[b.length][1];
    for (int i = 0; i < b.length; i++) {
      column[i][0] = b[i];
    }
    double[][] x = solve(a, column);
    double[] out = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = x[i][0];
    }
    return out;
  }

  /**
   * Inverts a square matrix.
   *
   * @param a square matrix, not modified
   * @return the inverse, a new matrix
   * @throws IllegalArgumentException if {@code a} is not square or is singular to working precision
   */
  public static double[][] invert(double[][] a) {
    return solve(a, identity(a.length));
  }

  /**
   * Returns the smallest eigenvalue of a symmetric matrix, by cyclic Jacobi rotations (accurate to a few units of
   * the largest eigenvalue's last place; sized for matrices of a few dozen rows).
   *
   * @param a symmetric square matrix, not modified; only its lower triangle is read
   * @return the smallest eigenvalue
   * @throws IllegalArgumentException if {@code a} is not square
   */
  public static double smallestEigenvalue(double[][] a) {
    double[][] m = copySquare(a);
    int n = m.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        m[j][i] = m[i][j];
      }
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double all = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          all += m[i][j] * m[i][j];
          off += i == j ? 0 : m[i][j] * m[i][j];
        }
      }
      if (!(off > 1e-30 * all)) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (m[p][q] == 0) {
            continue;
          }
          double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
          double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) { // columns p and q
            double kp = m[k][p];
            double kq = m[k][q];
            m[k][p] = c * kp - s * kq;
            m[k][q] = s * kp + c * kq;
          }
          for (int k = 0; k < n; k++) { // rows p and q
            double pk = m[p][k];
            double qk = m[q][k];
            m[p][k] = c * pk - s * qk;
            m[q][k] = s * pk + c * qk;
          }
        }
      }
    }
    double smallest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      smallest = Math.min(smallest, m[i][i]);
    }
    return smallest;
  }

  /**
   * Returns the identity matrix.
   *
   * @param n order, {@code >= 0}
   * @return a new n x n identity matrix
   */
  public static double[][] identity(int n) {
    double[][] id = new double[n][n];
    for (int i = 0; i < n; i++) {
      id[i][i] = 1;
    }
    return id;
  }

  private static double[][] copySquare(double[][] a) {
    int n = a.length;
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("matrix must be square, row " + i + " has length " + a[i].length
            + " instead of " + n);
      }
      copy[i] = a[i].clone();
    }
    return copy;
  }

  /** In-place LU decomposition with partial pivoting; returns the row permutation. */
  private static int[] decompose(double[][] lu) {
    int n = lu.length;
    int[] pivot = new int[n];
    double scale = 0;
    for (int i = 0; i < n; i++) {
      pivot[i] = i;
      for (int j = 0; j < n; j++) {
        scale = Math.max(scale, Math.abs(lu[i][j]));
      }
    }
    for (int k = 0; k < n; k++) {
      int best = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(lu[i][k]) > Math.abs(lu[best][k])) {
          best = i;
        }
      }
      if (!(Math.abs(lu[best][k]) > SINGULAR_TOLERANCE * scale)) {
        throw new IllegalArgumentException("matrix is singular to working precision (pivot " + k + ")");
      }
      if (best != k) {
        double[] row = lu[best];
        lu[best] = lu[k];
        lu[k] = row;
        int p = pivot[best];
        pivot[best] = pivot[k];
        pivot[k] = p;
      }
      for (int i = k + 1; i < n; i++) {
        double f = lu[i][k] / lu[k][k];
        lu[i][k] = f;
        for (int j = k + 1; j < n; j++) {
          lu[i][j] -= f * lu[k][j];
        }
      }
    }
    return pivot;
  }
}
