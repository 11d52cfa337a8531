package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Gamma-Gamma log-likelihood with analytic gradient over the rows with repeat purchases. Per customer:
 * lnG(px+q) - lnG(px) - lnG(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(xm+gamma).
 */
final class GammaGammaLikelihood extends ModelLikelihood {

  private final int[] x;
  private final double[] m;
  private final double[] w;
  private final double customers;

  /** Rejects data without spend or with a zero-spend repeat buyer, naming the first such customer. */
  static void checkSpend(PurchaseData data) {
    if (!data.hasMeanSpend()) {
      throw new IllegalArgumentException("data must carry mean spend for Gamma-Gamma; use withMeanSpend(..)");
    }
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency(i) > 0 && !(data.meanSpend(i) > 0)) {
        throw new IllegalArgumentException("meanSpend of " + data.describe(i) + " must be > 0 for a repeat buyer "
            + "in Gamma-Gamma (transaction values are gamma distributed, hence positive): " + data.meanSpend(i)
            + "; PurchaseData.withoutZeroSpendRepeatBuyers() leaves such customers out and counts them");
      }
    }
  }

  GammaGammaLikelihood(PurchaseData data) {
    checkSpend(data);
    int rows = 0;
    for (int i = 0; i < data.size(); i++) {
      rows += data.frequency(i) > 0 ? 1 : 0;
    }
    if (rows == 0) {
      throw new IllegalArgumentException("data must hold at least one customer with repeat purchases: 0 of "
          + data.size() + " rows");
    }
    x = new int[rows];
    m = new double[rows];
    w = new double[rows];
    double total = 0;
    int j = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency(i) > 0) {
        x[j] = data.frequency(i);
        m[j] = data.meanSpend(i);
        w[j] = data.weight(i);
        total += w[j];
        j++;
      }
    }
    customers = total;
  }

  @Override
  PurchaseModelKind kind() {
    return PurchaseModelKind.GAMMA_GAMMA;
  }

  @Override
  double[] start() {
    return new double[] {1, 1, 1};
  }

  @Override
  boolean hasGradient() {
    return true;
  }

  @Override
  double customers() {
    return customers;
  }

  @Override
  double logLikelihood(double[] params, double[] gradientLog) {
    double p = params[0];
    double q = params[1];
    double gamma = params[2];
    double lgQ = LogGamma.value(q);
    double psiQ = gradientLog == null ? 0 : Digamma.value(q);
    double lnGamma = Math.log(gamma);
    double sum = 0;
    double gp = 0;
    double gq = 0;
    double gg = 0;
    for (int i = 0; i < x.length; i++) {
      double px = p * x[i];
      double lnM = Math.log(m[i]);
      double lnX = Math.log(x[i]);
      double lnXm = Math.log(x[i] * m[i] + gamma);
      sum += w[i] * (LogGamma.value(px + q) - LogGamma.value(px) - lgQ + q * lnGamma + (px - 1) * lnM + px * lnX
          - (px + q) * lnXm);
      if (gradientLog != null) {
        double psiPxq = Digamma.value(px + q);
        gp += w[i] * x[i] * (psiPxq - Digamma.value(px) + lnM + lnX - lnXm);
        gq += w[i] * (psiPxq - psiQ + lnGamma - lnXm);
        gg += w[i] * (q / gamma - (px + q) / (x[i] * m[i] + gamma));
      }
    }
    if (gradientLog != null) {
      gradientLog[0] = gp * p;
      gradientLog[1] = gq * q;
      gradientLog[2] = gg * gamma;
    }
    return sum;
  }
}
