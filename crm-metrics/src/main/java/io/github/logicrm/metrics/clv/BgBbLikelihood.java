package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import org.apache.commons.numbers.gamma.LogBeta;

/** BG/BB log-likelihood over whole-number patterns; the fitter differentiates it numerically. */
final class BgBbLikelihood extends ModelLikelihood {

  private final PurchaseData data;
  private final int[] recency;
  private final int[] periods;

  BgBbLikelihood(PurchaseData data) {
    this.data = data;
    int n = data.size();
    recency = new int[n];
    periods = new int[n];
    for (int i = 0; i < n; i++) {
      recency[i] = whole("recency", i, data.recency(i));
      periods[i] = whole("age", i, data.age(i));
      if (data.frequency(i) > recency[i]) {
        throw new IllegalArgumentException(
            "frequency[" + i + "] must be <= recency " + recency[i] + " for BG/BB: " + data.frequency(i));
      }
    }
  }

  private static int whole(String name, int row, double value) {
    if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          name + "[" + row + "] must be a whole number of opportunities for BG/BB: " + value);
    }
    return (int) value;
  }

  @Override
  PurchaseModelKind kind() {
    return PurchaseModelKind.BG_BB;
  }

  @Override
  double[] start() {
    return new double[] {1, 1, 1, 1};
  }

  @Override
  boolean hasGradient() {
    return false;
  }

  @Override
  double customers() {
    return data.customers();
  }

  @Override
  String notIdentifiable() {
    return data.maxFrequency() == 0 ? "no customer has a repeat transaction" : null;
  }

  @Override
  double logLikelihood(double[] p, double[] gradientLog) {
    double lnBetaAb = LogBeta.value(p[0], p[1]);
    double lnBetaGd = LogBeta.value(p[2], p[3]);
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      sum += data.weight(i) * BgBb.logLikelihood(p[0], p[1], p[2], p[3], data.frequency(i), recency[i],
          periods[i], lnBetaAb, lnBetaGd);
    }
    return sum;
  }
}
