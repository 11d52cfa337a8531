package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import org.apache.commons.numbers.gamma.LogGamma;

/** Pareto/NBD log-likelihood over a data set; the fitter differentiates it numerically. */
final class ParetoNbdLikelihood extends ModelLikelihood {

  private final PurchaseData data;

  ParetoNbdLikelihood(PurchaseData data) {
    this.data = data;
  }

  @Override
  PurchaseModelKind kind() {
    return PurchaseModelKind.PARETO_NBD;
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
    return data.maxFrequency() == 0 ? "no customer has a repeat purchase" : null;
  }

  @Override
  double logLikelihood(double[] p, double[] gradientLog) {
    double lgR = LogGamma.value(p[0]);
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      sum += data.weight(i)
          * ParetoNbd.logLikelihood(p[0], p[1], p[2], p[3], data.frequency(i), data.recency(i), data.age(i), lgR);
    }
    return sum;
  }
}
