package io.github.logicrm.metrics.internal;

import io.github.logicrm.core.satisfaction.InnerScheme;
import java.util.Arrays;

/**
 * The numeric core of PLS path modeling (Wold's algorithm in Lohmoeller's form) on primitive arrays, with every
 * work array allocated once so an engine can fit many data sets of the same shape (bootstrap resamples) cheaply.
 *
 * <p>Items are numbered block by block: block {@code j} owns items {@code start[j]} to {@code start[j+1] - 1}.
 * The iterations run on the covariance matrix S of the treated items (centered, and scaled to unit variance when
 * standardizing; {@code n} divisor): a score {@code y_j = X_j w_j} has variance {@code w_j' S_jj w_j}, two scores
 * correlate as {@code w_a' S_ab w_b}, and an item's covariance with an inner proxy is a combination of
 * {@code S w}. This is the same algorithm as iterating on the data, at a cost independent of the number of
 * respondents once S is formed. Scores are formed from the data only when asked for.
 *
 * <p>Not thread-safe: one engine per thread. Not part of the public API.
 */
public final class PlsEngine {

  private final int n;
  private final int p;
  private final int lvs;
  private final int[] start;
  private final int[] blockOf;
  private final boolean[] modeB;
  private final int[][] predecessors;
  private final boolean[][] adjacent;
  private final InnerScheme scheme;
  private final boolean squaredChange;
  private final double tolerance;
  private final int maxIterations;

  private final double[][] x;
  private final double[] xSd;
  private final double[][] s;
  private final double[] mean;
  private final double[][][] modeBInverse;
  private final double[] w;
  private final double[] wRaw;
  private final double[] wPrev;
  private final double[][] sw;
  private final double[] covZ;
  private final double[][] r;
  private final double[][] e;
  private final double[] loadings;
  private final double[][] paths;
  private final double[] rSquared;
  private final double[][] y;
  private boolean hasColumns;
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
    this.p = start[lvs];
    this.blockOf = new int[p];
    for (int j = 0; j < lvs; j++) {
      Arrays.fill(blockOf, start[j], start[j + 1], j);
    }
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
    this.s = new double[p][p];
    this.mean = new double[p];
    this.modeBInverse = new double[lvs][][];
    this.w = new double[p];
    this.wRaw = new double[p];
    this.wPrev = new double[p];
    this.sw = new double[p][lvs];
    this.covZ = new double[p];
    this.r = new double[lvs][lvs];
    this.e = new double[lvs][lvs];
    this.loadings = new double[p];
    this.paths = new double[lvs][lvs];
    this.rSquared = new double[lvs];
    this.y = new double[lvs][];
  }

  /**
   * Loads and treats a data set: column {@code i} of the engine is {@code raw[i][rows[t]]} for respondent
   * {@code t}, centered, and scaled to unit variance if {@code standardize}; then forms the covariance matrix.
   *
   * @param raw item columns on their original scale, at least as many rows as any index in {@code rows}
   * @param rows which raw row each respondent is, or null for rows {@code 0..n-1}
   * @param standardize whether to scale the columns to unit variance
   * @return -1 if every column varies, else the index of the first constant column (the data are then unusable)
   * @throws CollinearBlockException if the items of a mode B block are collinear
   */
  public int load(double[][] raw, int[] rows, boolean standardize) {
    for (int i = 0; i < p; i++) {
      double[] col = x[i];
      double[] src = raw[i];
      double sum = 0;
      for (int t = 0; t < n; t++) {
        double v = rows == null ? src[t] : src[rows[t]];
        col[t] = v;
        sum += v;
      }
      double m = sum / n;
      double ss = 0;
      for (int t = 0; t < n; t++) {
        double d = col[t] - m;
        col[t] = d;
        ss += d * d;
      }
      double sd = Math.sqrt(ss / n);
      if (!(sd > 1e-12 * Math.max(1, Math.abs(m)))) {
        return i;
      }
      if (standardize) {
        double inv = 1 / sd;
        for (int t = 0; t < n; t++) {
          col[t] *= inv;
        }
      }
      xSd[i] = standardize ? 1 : sd;
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double v = dot(x[i], x[j]) / n;
        s[i][j] = v;
        s[j][i] = v;
      }
    }
    hasColumns = true;
    prepareModeB();
    return -1;
  }

  /**
   * Loads a resample given as counts: respondent {@code t} of the original data enters {@code counts[t]} times.
   * Forms the resample's covariance matrix directly, without building its data; scores are then not available.
   *
   * @param centered the original data, one row per respondent, centered on the full-sample means
   * @param counts how often each original respondent is drawn, summing to {@code n}
   * @param standardize whether to scale the items to unit variance
   * @return -1 if every item varies in the resample, else the index of the first constant item
   * @throws CollinearBlockException if the items of a mode B block are collinear in the resample
   */
  public int loadCounts(double[][] centered, int[] counts, boolean standardize) {
    for (double[] row : s) {
      Arrays.fill(row, 0);
    }
    Arrays.fill(mean, 0);
    for (int t = 0; t < counts.length; t++) {
      int c = counts[t];
      if (c == 0) {
        continue;
      }
      double[] a = centered[t];
      for (int i = 0; i < p; i++) {
        double ci = c * a[i];
        mean[i] += ci;
        double[] row = s[i];
        for (int j = 0; j <= i; j++) {
          row[j] += ci * a[j];
        }
      }
    }
    for (int i = 0; i < p; i++) {
      mean[i] /= n;
    }
    for (int i = 0; i < p; i++) {
      double raw = s[i][i] / n;
      double variance = raw - mean[i] * mean[i];
      if (!(variance > 1e-12 * raw)) {
        return i;
      }
      xSd[i] = Math.sqrt(variance);
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double v = s[i][j] / n - mean[i] * mean[j];
        if (standardize) {
          v /= xSd[i] * xSd[j];
        }
        s[i][j] = v;
        s[j][i] = v;
      }
    }
    if (standardize) {
      Arrays.fill(xSd, 1);
    }
    hasColumns = false;
    prepareModeB();
    return -1;
  }

  /**
   * Loads a covariance matrix formed by the caller (weighted, or from pairwise-complete answers): the correlation
   * matrix for standardized items, the covariance matrix for centered ones. Scores are then not available.
   *
   * @param covariance the items' covariance matrix, p x p, not modified
   * @throws CollinearBlockException if the items of a mode B block are collinear
   */
  public void loadCovariance(double[][] covariance) {
    for (int i = 0; i < p; i++) {
      System.arraycopy(covariance[i], 0, s[i], 0, p);
      xSd[i] = Math.sqrt(s[i][i]);
    }
    hasColumns = false;
    prepareModeB();
  }

  private void prepareModeB() {
    for (int j = 0; j < lvs; j++) {
      if (modeB[j]) {
        int q = start[j + 1] - start[j];
        double[][] block = new double[q][q];
        for (int a = 0; a < q; a++) {
          System.arraycopy(s[start[j] + a], start[j], block[a], 0, q);
        }
        try {
          modeBInverse[j] = LinearAlgebra.invert(block);
        } catch (IllegalArgumentException singular) {
          throw new CollinearBlockException(j, singular);
        }
      } else {
        modeBInverse[j] = null;
      }
    }
  }

  /** The items of a mode B block are collinear, so the OLS of its inner proxy on them has no unique solution. */
  public static final class CollinearBlockException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The block whose items are collinear. */
    public final int block;

    CollinearBlockException(int block, IllegalArgumentException cause) {
      super("the items of mode B block " + block + " are collinear", cause);
      this.block = block;
    }
  }

  /**
   * Runs the PLS iterations on the loaded data, then computes loadings, path coefficients and R2 from the final
   * weights. Each block's sign is chosen so that most of its items load positively (on a tie, its first item).
   *
   * @return whether the weights converged within the iteration limit
   */
  public boolean fit() {
    startWeights();
    normalize();
    System.arraycopy(w, 0, wPrev, 0, p);
    Arrays.fill(y, null);
    converged = false;
    for (iterations = 1; ; iterations++) {
      covarianceWithScores();
      correlateScores();
      innerWeights();
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
    covarianceWithScores();
    for (int i = 0; i < p; i++) {
      loadings[i] = clamp(sw[i][blockOf[i]] / xSd[i]);
    }
    orient();
    covarianceWithScores();
    correlateScores();
    computePaths();
    return converged;
  }

  /**
   * Sets the starting weights: equal weights, except in a block whose items cancel out under equal weights (one
   * item the negative of another), where the first item alone starts, so the first score has a variance.
   */
  private void startWeights() {
    Arrays.fill(wRaw, 1);
    for (int j = 0; j < lvs; j++) {
      if (!(sumVariance(j) > 1e-12 * itemVariances(j))) {
        Arrays.fill(wRaw, start[j] + 1, start[j + 1], 0);
      }
    }
  }

  /** The sum of the variances of a block's items. */
  private double itemVariances(int j) {
    double sum = 0;
    for (int a = start[j]; a < start[j + 1]; a++) {
      sum += s[a][a];
    }
    return sum;
  }

  /** The variance of the sum of a block's items: the sum of their covariance matrix. */
  private double sumVariance(int j) {
    double sum = 0;
    for (int a = start[j]; a < start[j + 1]; a++) {
      for (int b = start[j]; b < start[j + 1]; b++) {
        sum += s[a][b];
      }
    }
    return sum;
  }

  /** Sets w to wRaw scaled per block so that each score y_j = X_j w_j has unit variance w_j' S_jj w_j. */
  private void normalize() {
    for (int j = 0; j < lvs; j++) {
      double variance = 0;
      for (int a = start[j]; a < start[j + 1]; a++) {
        double inner = 0;
        for (int b = start[j]; b < start[j + 1]; b++) {
          inner += s[a][b] * wRaw[b];
        }
        variance += wRaw[a] * inner;
      }
      double inv = 1 / Math.sqrt(variance);
      for (int i = start[j]; i < start[j + 1]; i++) {
        w[i] = wRaw[i] * inv;
      }
    }
  }

  /** sw[i][j] = covariance of item i with score j = S_{i, block j} w_j. */
  private void covarianceWithScores() {
    for (int i = 0; i < p; i++) {
      double[] si = s[i];
      double[] out = sw[i];
      for (int j = 0; j < lvs; j++) {
        double v = 0;
        for (int b = start[j]; b < start[j + 1]; b++) {
          v += si[b] * w[b];
        }
        out[j] = v;
      }
    }
  }

  private void correlateScores() {
    for (int a = 0; a < lvs; a++) {
      r[a][a] = 1;
      for (int b = 0; b < a; b++) {
        double v = 0;
        for (int i = start[a]; i < start[a + 1]; i++) {
          v += w[i] * sw[i][b];
        }
        v = clamp(v);
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
          v = scheme == InnerScheme.CENTROID ? Math.signum(r[i][k]) : r[i][k];
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

  /**
   * New raw weights from the inner proxies z_k = sum_j e_jk y_j: mode A, the covariance of each item with z_k;
   * mode B, the OLS coefficients of z_k on the block's items, S_kk^-1 times those covariances.
   */
  private void outerUpdate() {
    for (int i = 0; i < p; i++) {
      int k = blockOf[i];
      double v = 0;
      double[] swi = sw[i];
      for (int j = 0; j < lvs; j++) {
        double ejk = e[j][k];
        if (ejk != 0) {
          v += ejk * swi[j];
        }
      }
      covZ[i] = v;
    }
    for (int k = 0; k < lvs; k++) {
      double[][] inv = modeBInverse[k];
      int first = start[k];
      int q = start[k + 1] - first;
      for (int a = 0; a < q; a++) {
        if (inv == null) {
          wRaw[first + a] = covZ[first + a];
        } else {
          double v = 0;
          for (int b = 0; b < q; b++) {
            v += inv[a][b] * covZ[first + b];
          }
          wRaw[first + a] = v;
        }
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
   * Reverses the sign of one block: its weights, loadings and scores, its correlations with the other scores and
   * the items, and the path coefficients into and out of it.
   *
   * @param j the block
   */
  public void flip(int j) {
    for (int i = start[j]; i < start[j + 1]; i++) {
      w[i] = -w[i];
      loadings[i] = -loadings[i];
    }
    for (int i = 0; i < p; i++) {
      sw[i][j] = -sw[i][j];
    }
    for (int k = 0; k < lvs; k++) {
      if (k != j) {
        r[j][k] = -r[j][k];
        r[k][j] = -r[k][j];
      }
    }
    if (y[j] != null) {
      for (int t = 0; t < n; t++) {
        y[j][t] = -y[j][t];
      }
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
   * @return alpha, or NaN when the variance of the item sum is 0 to working precision
   */
  public double cronbachAlpha(int j) {
    int q = start[j + 1] - start[j];
    double itemVariances = itemVariances(j);
    double total = sumVariance(j);
    if (!(total > 1e-12 * itemVariances)) {
      return Double.NaN; // the items cancel out: the variance of their sum, alpha's denominator, is 0
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
   * @return the weight that gives the unit-variance score from the treated item
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
   * Returns an element of the loaded items' covariance matrix (their correlation when standardized).
   *
   * @param a one item
   * @param b another item, or the same
   * @return the covariance, {@code n} divisor
   */
  public double itemCovariance(int a, int b) {
    return s[a][b];
  }

  /**
   * Returns the correlation of two blocks' scores after the last {@link #fit()} (and any {@link #flip(int)}).
   *
   * @param a one block
   * @param b another block, or the same
   * @return the correlation, 1 on the diagonal
   */
  public double scoreCorrelation(int a, int b) {
    return r[a][b];
  }

  /**
   * Returns the correlation of an item with a block's score after the last {@link #fit()}: its loading for its
   * own block, its cross-loading for any other.
   *
   * @param i the item
   * @param j the block
   * @return the correlation
   */
  public double crossLoading(int i, int j) {
    return sw[i][j] / xSd[i];
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
   * Returns a block's scores (live view; do not modify), forming them from the data on first use.
   *
   * @param j the block
   * @return the standardized scores, one per respondent
   * @throws IllegalStateException if the data were loaded as resample counts
   */
  public double[] scores(int j) {
    if (!hasColumns) {
      throw new IllegalStateException("scores need the data; this resample was loaded as counts");
    }
    if (y[j] == null) {
      double[] yj = new double[n];
      for (int i = start[j]; i < start[j + 1]; i++) {
        double wi = w[i];
        double[] xi = x[i];
        for (int t = 0; t < n; t++) {
          yj[t] += wi * xi[t];
        }
      }
      y[j] = yj;
    }
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
