package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.metrics.internal.PlsEngine;

/**
 * The items' covariance (or correlation) matrix with respondent weights and pairwise-complete answers, and the
 * scores formed from the engine's weights: the input of weighted PLS and of PLS with pairwise deletion.
 *
 * <p>Item i's mean and standard deviation are the weighted ones over the respondents who answered it
 * ({@code n}-type divisor: the sum of their weights). The covariance of items i and j is computed over the
 * respondents who answered both, with that subset's weighted means; for standardized items it is divided by that
 * subset's standard deviations (a pairwise-complete correlation, as R's {@code cor(use = "pairwise")}). With
 * complete answers and no weights these are the ordinary moments.
 */
final class ItemMoments {

  final double[][] covariance;
  private final double[] mean;
  private final double[] scale;

  ItemMoments(ModelData data, double[] weights, boolean standardize) {
    double[][] x = data.columns;
    int p = x.length;
    int n = data.respondents;
    covariance = new double[p][p];
    mean = new double[p];
    scale = new double[p];
    for (int i = 0; i < p; i++) {
      double[] m = pairMoments(x[i], x[i], weights, n);
      mean[i] = m[0];
      scale[i] = standardize ? Math.sqrt(m[2]) : 1;
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double[] m = pairMoments(x[i], x[j], weights, n);
        double v = standardize ? (i == j ? 1 : m[4] / Math.sqrt(m[2] * m[3])) : m[4];
        covariance[i][j] = v;
        covariance[j][i] = v;
      }
    }
  }

  /** Over the respondents who answered both: weighted mean of a, of b, variance of a, of b, covariance. */
  private static double[] pairMoments(double[] a, double[] b, double[] weights, int n) {
    double sw = 0;
    double sa = 0;
    double sb = 0;
    for (int t = 0; t < n; t++) {
      if (!Double.isNaN(a[t]) && !Double.isNaN(b[t])) {
        double w = weights == null ? 1 : weights[t];
        sw += w;
        sa += w * a[t];
        sb += w * b[t];
      }
    }
    double ma = sa / sw;
    double mb = sb / sw;
    double vaa = 0;
    double vbb = 0;
    double vab = 0;
    for (int t = 0; t < n; t++) {
      if (!Double.isNaN(a[t]) && !Double.isNaN(b[t])) {
        double w = weights == null ? 1 : weights[t];
        vaa += w * (a[t] - ma) * (a[t] - ma);
        vbb += w * (b[t] - mb) * (b[t] - mb);
        vab += w * (a[t] - ma) * (b[t] - mb);
      }
    }
    return new double[] {ma, mb, vaa / sw, vbb / sw, vab / sw};
  }

  /** Each block's scores from the engine's weights, a missing answer counting as its item's mean. */
  double[][] scores(PlsEngine engine, ModelData data) {
    int lvs = data.blockSizes.length;
    double[][] out = new double[lvs][data.respondents];
    for (int j = 0, i = 0; j < lvs; j++) {
      for (int a = 0; a < data.blockSizes[j]; a++, i++) {
        double w = engine.weight(i);
        double[] column = data.columns[i];
        for (int t = 0; t < data.respondents; t++) {
          if (!Double.isNaN(column[t])) {
            out[j][t] += w * (column[t] - mean[i]) / scale[i];
          }
        }
      }
    }
    return out;
  }
}
