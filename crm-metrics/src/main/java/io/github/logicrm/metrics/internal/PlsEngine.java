package io.github.logicrm.metrics.internal;

import io.github.logicrm.core.satisfaction.InnerScheme;
import java.util.Arrays;

/**
 * The numeric core of PLS path modeling (Wold's algorithm in Lohmoeller's form) on primitive arrays, with every
 * work array allocated once so an engine can fit many data sets of the same shape (bootstrap resamples) cheaply.
 *
 * <p>Items are numbered block by block: block {@code j} owns items {@code start[j]} to {@code start[j+1] - 1}.
 * Data are held as columns ({@code x[item][respondent]}), treated once by {@link #load}: centered, and scaled to
 * unit variance when standardizing. Variances use the {@code n} divisor throughout.
 *
 * <p>Not thread-safe: one engine per thread. Not part of the public API.
 */
public final class PlsEngine {

  private final int n;
  private final int lvs;
  private final int[] start;
  private final boolean[] modeB;
  private final int[][] predecessors;
  private final boolean[][] adjacent;
  private final InnerScheme scheme;
  private final boolean squaredChange;
  private final double tolerance;
  private final int maxIterations;

  private final double[][] x;
  private final double[] xSd;
  private final double[] w;
  private final double[] wRaw;
  private final double[] wPrev;
  private final double[][] y;
  private final double[][] z;
  private final double[][] r;
  private final double[][] e;
  private final double[][][] modeBInverse;
  private final double[] scratch;
  private final double[] loadings;
  private final double[][] paths;
  private final double[] rSquared;
  private int iterations;
  private boolean converged;

  /**
   * Creates an engine for one model shape.
   *
   * @param n respondents per data set, {@code > 0}
   * @param blockSizes items per block, each {@code > 0}
   * @param modeB per block, whether its weights are estimated in mode B
   * @param drives {@code drives[i][k]} is true when block {@code i} has a path to block {@code k}
   * @param scheme the inner weighting scheme
   * @param squaredChange true to stop when the sum of squared changes of the weights' magnitudes before
   *     normalization falls below the tolerance (plspm's rule), false to stop when the sum of absolute changes of
   *     the normalized weights does
   * @param tolerance the convergence tolerance, {@code > 0}
   * @param maxIterations the iteration limit, {@code > 0}
   */
  public PlsEngine(int n, int[] blockSizes, boolean[] modeB, boolean[][] drives, InnerScheme scheme,
      boolean squaredChange, double tolerance, int maxIterations) {
    this.n = n;
    this.lvs = blockSizes.length;
    this.start = new int[lvs + 1];
    for (int j = 0; j < lvs; j++) {
      start[j + 1] = start[j] + blockSizes[j];
    }
    int p = start[lvs];
    this.modeB = modeB.clone();
    this.predecessors = new int[lvs][];
    this.adjacent = new boolean[lvs][lvs];
    for (int k = 0; k < lvs; k++) {
      int count = 0;
      for (int i = 0; i < lvs; i++) {
        count += drives[i][k] ? 1 : 0;
        adjacent[i][k] = drives[i][k] || drives[k][i];
      }
      predecessors[k] = new int[count];
      for (int i = 0, c = 0; i < lvs; i++) {
        if (drives[i][k]) {
          predecessors[k][c++] = i;
        }
      }
    }
    this.scheme = scheme;
    this.squaredChange = squaredChange;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.x = new double[p][n];
    this.xSd = new double[p];
    this.w = new double[p];
    this.wRaw = new double[p];
    this.wPrev = new double[p];
    this.y = new double[lvs][n];
    this.z = new double[lvs][n];
    this.r = new double[lvs][lvs];
    this.e = new double[lvs][lvs];
    this.modeBInverse = new double[lvs][][];
    int largest = 0;
    for (int size : blockSizes) {
      largest = Math.max(largest, size);
    }
    this.scratch = new double[largest];
    this.loadings = new double[p];
    this.paths = new double[lvs][lvs];
    this.rSquared = new double[lvs];
  }

  /**
   * Loads and treats a data set: column {@code i} of the engine is {@code raw[i][rows[t]]} for respondent
   * {@code t}, centered, and scaled to unit variance if {@code standardize}.
   *
   * @param raw item columns on their original scale, at least as many rows as any index in {@code rows}
   * @param rows which raw row each respondent is, or null for rows {@code 0..n-1}
   * @param standardize whether to scale the columns to unit variance
   * @return -1 if every column varies, else the index of the first constant column (the data are then unusable)
   * @throws IllegalArgumentException if the items of a mode B block are collinear
   */
  public int load(double[][] raw, int[] rows, boolean standardize) {
    for (int i = 0; i < x.length; i++) {
      double[] col = x[i];
      double[] src = raw[i];
      double sum = 0;
      for (int t = 0; t < n; t++) {
        double v = rows == null ? src[t] : src[rows[t]];
        col[t] = v;
        sum += v;
      }
      double mean = sum / n;
      double ss = 0;
      for (int t = 0; t < n; t++) {
        double d = col[t] - mean;
        col[t] = d;
        ss += d * d;
      }
      double sd = Math.sqrt(ss / n);
      if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) {
        return i;
      }
      if (standardize) {
        double inv = 1 / sd;
        for (int t = 0; t < n; t++) {
          col[t] *= inv;
        }
        xSd[i] = 1;
      } else {
        xSd[i] = sd;
      }
    }
    for (int j = 0; j < lvs; j++) {
      modeBInverse[j] = modeB[j] ? LinearAlgebra.invert(crossProducts(j)) : null;
    }
    return -1;
  }

  private double[][] crossProducts(int j) {
    int q = start[j + 1] - start[j];
    double[][] c = new double[q][q];
    for (int a = 0; a < q; a++) {
      for (int b = 0; b <= a; b++) {
        double v = dot(x[start[j] + a], x[start[j] + b]);
        c[a][b] = v;
        c[b][a] = v;
      }
    }
    return c;
  }

  /**
   * Runs the PLS iterations on the loaded data, then computes loadings, path coefficients and R2 from the final
   * weights. Each block's sign is chosen so that most of its items load positively (on a tie, its first item).
   *
   * @return whether the weights converged within the iteration limit
   */
  public boolean fit() {
    int p = w.length;
    Arrays.fill(wRaw, 1);
    normalize();
    System.arraycopy(w, 0, wPrev, 0, p);
    converged = false;
    for (iterations = 1; ; iterations++) {
      correlateScores();
      innerWeights();
      innerProxies();
      outerUpdate();
      double change = 0;
      if (squaredChange) {
        for (int i = 0; i < p; i++) {
          double d = Math.abs(wPrev[i]) - Math.abs(wRaw[i]);
          change += d * d;
        }
        System.arraycopy(wRaw, 0, wPrev, 0, p);
        normalize();
      } else {
        normalize();
        for (int i = 0; i < p; i++) {
          change += Math.abs(w[i] - wPrev[i]);
        }
        System.arraycopy(w, 0, wPrev, 0, p);
      }
      if (change < tolerance) {
        converged = true;
        break;
      }
      if (iterations >= maxIterations) {
        break;
      }
    }
    computeLoadings();
    orient();
    correlateScores();
    computePaths();
    return converged;
  }

  /** Sets w to wRaw scaled per block so that each score has unit variance, and y to the standardized scores. */
  private void normalize() {
    for (int j = 0; j < lvs; j++) {
      double[] yj = y[j];
      Arrays.fill(yj, 0);
      for (int i = start[j]; i < start[j + 1]; i++) {
        double wi = wRaw[i];
        double[] xi = x[i];
        for (int t = 0; t < n; t++) {
          yj[t] += wi * xi[t];
        }
      }
      double sum = 0;
      for (int t = 0; t < n; t++) {
        sum += yj[t];
      }
      double mean = sum / n;
      double ss = 0;
      for (int t = 0; t < n; t++) {
        double d = yj[t] - mean;
        yj[t] = d;
        ss += d * d;
      }
      double inv = 1 / Math.sqrt(ss / n);
      for (int t = 0; t < n; t++) {
        yj[t] *= inv;
      }
      for (int i = start[j]; i < start[j + 1]; i++) {
        w[i] = wRaw[i] * inv;
      }
    }
  }

  private void correlateScores() {
    for (int a = 0; a < lvs; a++) {
      r[a][a] = 1;
      for (int b = 0; b < a; b++) {
        double v = clamp(dot(y[a], y[b]) / n);
        r[a][b] = v;
        r[b][a] = v;
      }
    }
  }

  private void innerWeights() {
    for (int k = 0; k < lvs; k++) {
      for (int i = 0; i < lvs; i++) {
        double v = 0;
        if (adjacent[i][k]) {
          if (scheme == InnerScheme.CENTROID) {
            v = Math.signum(r[i][k]);
          } else {
            v = r[i][k];
          }
        }
        e[i][k] = v;
      }
      if (scheme == InnerScheme.PATH && predecessors[k].length > 0) {
        double[] beta = regress(k);
        for (int c = 0; c < beta.length; c++) {
          e[predecessors[k][c]][k] = beta[c];
        }
      }
    }
  }

  /** OLS coefficients of score k on the scores of its predecessors, from the score correlations. */
  private double[] regress(int k) {
    int[] pred = predecessors[k];
    int m = pred.length;
    double[][] a = new double[m][m];
    double[] b = new double[m];
    for (int u = 0; u < m; u++) {
      b[u] = r[pred[u]][k];
      for (int v = 0; v < m; v++) {
        a[u][v] = r[pred[u]][pred[v]];
      }
    }
    return LinearAlgebra.solve(a, b);
  }

  private void innerProxies() {
    for (int k = 0; k < lvs; k++) {
      double[] zk = z[k];
      Arrays.fill(zk, 0);
      for (int i = 0; i < lvs; i++) {
        double eik = e[i][k];
        if (eik != 0) {
          double[] yi = y[i];
          for (int t = 0; t < n; t++) {
            zk[t] += eik * yi[t];
          }
        }
      }
    }
  }

  private void outerUpdate() {
    for (int j = 0; j < lvs; j++) {
      double[] zj = z[j];
      int s = start[j];
      int q = start[j + 1] - s;
      if (modeBInverse[j] == null) {
        for (int i = s; i < s + q; i++) {
          wRaw[i] = dot(x[i], zj) / n;
        }
      } else {
        double[][] inv = modeBInverse[j];
        for (int a = 0; a < q; a++) {
          scratch[a] = dot(x[s + a], zj);
        }
        for (int a = 0; a < q; a++) {
          double v = 0;
          for (int b = 0; b < q; b++) {
            v += inv[a][b] * scratch[b];
          }
          wRaw[s + a] = v;
        }
      }
    }
  }

  private void computeLoadings() {
    for (int j = 0; j < lvs; j++) {
      for (int i = start[j]; i < start[j + 1]; i++) {
        loadings[i] = clamp(dot(x[i], y[j]) / n / xSd[i]);
      }
    }
  }

  private void orient() {
    for (int j = 0; j < lvs; j++) {
      int votes = 0;
      for (int i = start[j]; i < start[j + 1]; i++) {
        votes += loadings[i] > 0 ? 1 : loadings[i] < 0 ? -1 : 0;
      }
      if (votes < 0 || (votes == 0 && loadings[start[j]] < 0)) {
        flip(j);
      }
    }
  }

  /**
   * Reverses the sign of one block: its weights, loadings and scores, and the path coefficients into and out of
   * it.
   *
   * @param j the block
   */
  public void flip(int j) {
    for (int i = start[j]; i < start[j + 1]; i++) {
      w[i] = -w[i];
      loadings[i] = -loadings[i];
    }
    double[] yj = y[j];
    for (int t = 0; t < n; t++) {
      yj[t] = -yj[t];
    }
    for (int k = 0; k < lvs; k++) {
      paths[j][k] = -paths[j][k];
      paths[k][j] = -paths[k][j];
    }
  }

  private void computePaths() {
    for (double[] row : paths) {
      Arrays.fill(row, 0);
    }
    for (int k = 0; k < lvs; k++) {
      rSquared[k] = 0;
      if (predecessors[k].length > 0) {
        double[] beta = regress(k);
        double r2 = 0;
        for (int c = 0; c < beta.length; c++) {
          int i = predecessors[k][c];
          paths[i][k] = beta[c];
          r2 += beta[c] * r[i][k];
        }
        rSquared[k] = r2;
      }
    }
  }

  /**
   * Returns Cronbach's alpha of a block's items as loaded: q / (q - 1) (1 - sum of item variances / variance of
   * the item sum).
   *
   * @param j the block, with at least two items
   * @return alpha
   */
  public double cronbachAlpha(int j) {
    int q = start[j + 1] - start[j];
    double itemVariances = 0;
    double total = 0;
    for (int a = start[j]; a < start[j + 1]; a++) {
      itemVariances += xSd[a] * xSd[a];
      for (int b = start[j]; b < start[j + 1]; b++) {
        total += dot(x[a], x[b]) / n;
      }
    }
    return q / (q - 1.0) * (1 - itemVariances / total);
  }

  /** Dot product with four running sums, so the additions of neighbouring terms need not wait on each other. */
  private static double dot(double[] a, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int t = 0;
    int end = a.length - 3;
    for (; t < end; t += 4) {
      s0 += a[t] * b[t];
      s1 += a[t + 1] * b[t + 1];
      s2 += a[t + 2] * b[t + 2];
      s3 += a[t + 3] * b[t + 3];
    }
    for (; t < a.length; t++) {
      s0 += a[t] * b[t];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** A correlation computed in floating point can exceed 1 in magnitude by a rounding error; bring it back. */
  private static double clamp(double correlation) {
    return Math.max(-1, Math.min(1, correlation));
  }

  /**
   * Returns the iterations run by the last {@link #fit()}.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns whether the last {@link #fit()} converged.
   *
   * @return true if converged
   */
  public boolean converged() {
    return converged;
  }

  /**
   * Returns an item's outer weight.
   *
   * @param i the item
   * @return the weight that gives the unit-variance score from the loaded column
   */
  public double weight(int i) {
    return w[i];
  }

  /**
   * Returns an item's loading.
   *
   * @param i the item
   * @return its correlation with its block's score
   */
  public double loading(int i) {
    return loadings[i];
  }

  /**
   * Returns a path coefficient.
   *
   * @param from the driving block
   * @param to the driven block
   * @return the coefficient, 0 where there is no path
   */
  public double path(int from, int to) {
    return paths[from][to];
  }

  /**
   * Returns a block's R2.
   *
   * @param k the block
   * @return R2, 0 for an exogenous block
   */
  public double rSquared(int k) {
    return rSquared[k];
  }

  /**
   * Returns a block's scores (live view; do not modify).
   *
   * @param j the block
   * @return the standardized scores, one per respondent
   */
  public double[] scores(int j) {
    return y[j];
  }

  /**
   * Returns the number of respondents.
   *
   * @return n
   */
  public int respondents() {
    return n;
  }
}
