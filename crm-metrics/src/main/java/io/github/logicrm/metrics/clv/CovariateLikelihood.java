package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BG/NBD or Pareto/NBD log-likelihood with static covariates and its analytic gradient. The point is
 * {@code u = (ln r, ln alpha, ln a, ln b | ln s, ln beta, purchase coefficients, dropout coefficients)}.
 *
 * <p>Customers with the same covariate rows share their parameters, so they form a group whose likelihood is
 * the plain model's ({@link BgNbdLikelihood}, {@link ParetoNbdLikelihood}) at the group's parameters; the
 * gradient follows by the chain rule from the plain model's gradient in the log-parameters:
 * {@code d/d purchase_j = -z_j dL/d ln alpha_i}; for Pareto/NBD {@code d/d dropout_j = -d_j dL/d ln beta_i};
 * for BG/NBD {@code d/d dropout_j = d_j (dL/d ln a_i + dL/d ln b_i)}. Categorical covariates give few groups,
 * so one evaluation costs a few plain evaluations. An instance keeps scratch arrays: one fit, one thread.
 */
final class CovariateLikelihood {

  private final PurchaseModelKind kind;
  private final ModelLikelihood[] groups;
  private final double[][] purchase;
  private final double[][] dropout;
  private final int k1;
  private final int k2;
  private final double customers;
  private final boolean noRepeatPurchase;
  private final double[] p = new double[4];
  private final double[] g = new double[4];

  CovariateLikelihood(PurchaseModelKind kind, PurchaseData data, Covariates purchaseCovariates,
      Covariates dropoutCovariates) {
    this.kind = kind;
    this.k1 = purchaseCovariates.columns();
    this.k2 = dropoutCovariates.columns();
    Map<Key, List<Integer>> rowsByKey = new LinkedHashMap<>();
    for (int i = 0; i < data.size(); i++) {
      Key key = new Key(purchaseCovariates.row(i), dropoutCovariates.row(i));
      rowsByKey.computeIfAbsent(key, unused -> new ArrayList<>()).add(i);
    }
    int n = rowsByKey.size();
    groups = new ModelLikelihood[n];
    purchase = new double[n][];
    dropout = new double[n][];
    int index = 0;
    for (Map.Entry<Key, List<Integer>> entry : rowsByKey.entrySet()) {
      PurchaseData group = subset(data, entry.getValue()).compress();
      groups[index] = kind == PurchaseModelKind.BG_NBD
          ? new BgNbdLikelihood(group, false) : new ParetoNbdLikelihood(group);
      purchase[index] = entry.getKey().purchase;
      dropout[index] = entry.getKey().dropout;
      index++;
    }
    customers = data.customers();
    noRepeatPurchase = data.maxFrequency() == 0;
  }

  int dimension() {
    return 4 + k1 + k2;
  }

  int groups() {
    return groups.length;
  }

  double customers() {
    return customers;
  }

  PurchaseModelKind kind() {
    return kind;
  }

  String notIdentifiable() {
    return noRepeatPurchase ? "no customer has a repeat purchase" : null;
  }

  /**
   * Evaluates the weighted log-likelihood.
   *
   * @param u the point (log base parameters, then coefficients)
   * @param gradient where to write dlnL/du, or null
   * @return the log-likelihood, or NaN / -infinity where it cannot be evaluated
   */
  double logLikelihood(double[] u, double[] gradient) {
    if (gradient != null) {
      Arrays.fill(gradient, 0);
    }
    double sum = 0;
    for (int group = 0; group < groups.length; group++) {
      double etaPurchase = dot(u, 4, purchase[group]);
      double etaDropout = dot(u, 4 + k1, dropout[group]);
      parameters(kind, u[0], u[1], u[2], u[3], etaPurchase, etaDropout, p);
      sum += groups[group].logLikelihood(p, gradient == null ? null : g);
      if (gradient != null) {
        for (int j = 0; j < 4; j++) {
          gradient[j] += g[j];
        }
        for (int j = 0; j < k1; j++) {
          gradient[4 + j] -= purchase[group][j] * g[1];
        }
        double dropoutSlope = kind == PurchaseModelKind.BG_NBD ? g[2] + g[3] : -g[3];
        for (int j = 0; j < k2; j++) {
          gradient[4 + k1 + j] += dropout[group][j] * dropoutSlope;
        }
      }
    }
    return sum;
  }

  /**
   * A customer's own parameters from the base parameters and the two linear predictors, as CLVTools defines
   * them: alpha_i = alpha e^-etaPurchase; BG/NBD a_i = a e^etaDropout, b_i = b e^etaDropout; Pareto/NBD
   * beta_i = beta e^-etaDropout. With both predictors 0 the parameters are the base ones exactly.
   */
  static void customerParameters(PurchaseModelKind kind, double r, double alpha, double third, double fourth,
      double etaPurchase, double etaDropout, double[] out) {
    out[0] = r;
    out[1] = alpha * Math.exp(-etaPurchase);
    if (kind == PurchaseModelKind.BG_NBD) {
      double factor = Math.exp(etaDropout);
      out[2] = third * factor;
      out[3] = fourth * factor;
    } else {
      out[2] = third;
      out[3] = fourth * Math.exp(-etaDropout);
    }
  }

  private static void parameters(PurchaseModelKind kind, double lnR, double lnAlpha, double lnThird,
      double lnFourth, double etaPurchase, double etaDropout, double[] out) {
    customerParameters(kind, Math.exp(lnR), Math.exp(lnAlpha), Math.exp(lnThird), Math.exp(lnFourth),
        etaPurchase, etaDropout, out);
  }

  /** The linear predictor sum_j coefficients[offset + j] * z[j]. */
  static double dot(double[] coefficients, int offset, double[] z) {
    double eta = 0;
    for (int j = 0; j < z.length; j++) {
      eta += coefficients[offset + j] * z[j];
    }
    return eta;
  }

  private static PurchaseData subset(PurchaseData data, List<Integer> rows) {
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      int row = rows.get(i);
      x[i] = data.frequency(row);
      tx[i] = data.recency(row);
      t[i] = data.age(row);
      w[i] = data.weight(row);
    }
    return PurchaseData.of(x, tx, t, w);
  }

  /** The covariate rows of a customer, compared by value. */
  private record Key(double[] purchase, double[] dropout) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Arrays.equals(purchase, key.purchase) && Arrays.equals(dropout, key.dropout);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(purchase) + Arrays.hashCode(dropout);
    }

    @Override
    public String toString() {
      return Arrays.toString(purchase) + " " + Arrays.toString(dropout);
    }
  }
}
