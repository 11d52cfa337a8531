package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.Arrays;

/**
 * The BG/CNBD-k or MBG/CNBD-k log-likelihood of the parameters r, alpha, a, b for a given k &gt; 1, without the
 * inter-purchase-time term {@code (k - 1) litt - x ln (k - 1)!}, which does not depend on them
 * ({@link RegularPurchaseFitter} adds it to the fit). It reports the parameter names of BG/NBD (MBG/NBD), whose
 * four parameters these are. Analytic gradient ({@link ErlangPurchaseModel#frequencyGradient},
 * {@link ErlangPurchaseModel#historyTermWithGradient}).
 */
final class ErlangLikelihood extends ModelLikelihood {

  private final PurchaseData data;
  private final int k;
  private final boolean modified;
  private final boolean[] present;
  /** The frequency terms of the current evaluation, per frequency present. */
  private final double[] frequencyTerms;
  /** Their gradients, four per frequency, and one row's. */
  private final double[][] frequencyGradients;
  private final double[] row = new double[4];

  ErlangLikelihood(PurchaseData data, int k, boolean modified) {
    this.data = data;
    this.k = k;
    this.modified = modified;
    this.present = data.frequenciesPresent();
    this.frequencyTerms = new double[present.length];
    this.frequencyGradients = new double[present.length][4];
  }

  @Override
  PurchaseModelKind kind() {
    return modified ? PurchaseModelKind.MBG_NBD : PurchaseModelKind.BG_NBD;
  }

  @Override
  double[] start() {
    // the mean inter-purchase time is k / lambda, so alpha grows with k
    return new double[] {1, k, 1, 1};
  }

  @Override
  boolean hasGradient() {
    return true;
  }

  @Override
  double customers() {
    return data.customers();
  }

  @Override
  String notIdentifiable() {
    return data.maxFrequency() == 0 ? "no customer has a repeat purchase" : null;
  }

  @Override
  double logLikelihood(double[] p, double[] gradientLog) {
    ErlangPurchaseModel model;
    try {
      model = modified ? MbgCnbd.of(k, p[0], p[1], p[2], p[3]) : BgCnbd.of(k, p[0], p[1], p[2], p[3]);
    } catch (IllegalArgumentException outOfRange) {
      return Double.NaN;
    }
    boolean grad = gradientLog != null;
    for (int x = 0; x < present.length; x++) {
      if (present[x]) {
        frequencyTerms[x] = model.frequencyTerm(x);
        if (grad) {
          model.frequencyGradient(x, frequencyGradients[x]);
        }
      }
    }
    double sum = 0;
    double[] g = grad ? gradientLog : row;
    Arrays.fill(g, 0);
    for (int i = 0; i < data.size(); i++) {
      int x = data.frequency(i);
      double w = data.weight(i);
      if (grad) {
        double[] f = frequencyGradients[x];
        for (int j = 0; j < 4; j++) {
          g[j] += w * f[j];
        }
      }
      sum += w * (frequencyTerms[x] + model.historyTermWithGradient(x, data.recency(i), data.age(i), w, g));
    }
    if (grad) {
      for (int j = 0; j < 4; j++) {
        g[j] *= p[j];
      }
    }
    return sum;
  }
}
