package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.Arrays;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.Trigamma;

/**
 * Gamma-Gamma log-likelihood with analytic gradient and Hessian over the rows with repeat purchases. Per
 * customer: lnG(px+q) - lnG(px) - lnG(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(xm+gamma).
 *
 * <p>Summed as the lifetimes package writes it but grouped: the gamma functions depend on the customer only
 * through x, so they are evaluated once per distinct x (CDNOW's 946 repeat buyers have 22); the terms in ln m
 * and ln x do not depend on the parameters and are summed once; a customer then costs one logarithm,
 * ln(xm + gamma), per evaluation.
 */
final class GammaGammaLikelihood extends ModelLikelihood {

  /** x m per row. */
  private final double[] xm;
  /** x per row, as a double. */
  private final double[] xs;
  private final double[] w;
  /** The distinct frequencies and the total weight of each. */
  private final double[] groupX;
  private final double[] groupW;
  /** Sum of w x ln(x m) and of w ln m: the parameter-free parts of (px - 1) ln m + px ln x. */
  private final double xLogXm;
  private final double logM;
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
    xm = new double[rows];
    xs = new double[rows];
    w = new double[rows];
    int[] order = new int[rows];
    double total = 0;
    double sumXLogXm = 0;
    double sumLogM = 0;
    int j = 0;
    for (int i = 0; i < data.size(); i++) {
      int x = data.frequency(i);
      if (x > 0) {
        double m = data.meanSpend(i);
        xs[j] = x;
        xm[j] = x * m;
        w[j] = data.weight(i);
        order[j] = x;
        total += w[j];
        sumXLogXm += w[j] * x * (Math.log(m) + Math.log(x));
        sumLogM += w[j] * Math.log(m);
        j++;
      }
    }
    Arrays.sort(order);
    int groups = 0;
    for (int i = 0; i < rows; i++) {
      groups += i == 0 || order[i] != order[i - 1] ? 1 : 0;
    }
    groupX = new double[groups];
    groupW = new double[groups];
    for (int i = 0, g = -1; i < rows; i++) {
      if (i == 0 || order[i] != order[i - 1]) {
        groupX[++g] = order[i];
      }
    }
    for (int i = 0; i < rows; i++) {
      groupW[Arrays.binarySearch(groupX, xs[i])] += w[i];
    }
    xLogXm = sumXLogXm;
    logM = sumLogM;
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
  boolean hasHessian() {
    return true;
  }

  @Override
  double customers() {
    return customers;
  }

  @Override
  double logLikelihood(double[] params, double[] gradientLog) {
    double value = logLikelihood(params, gradientLog, null);
    if (gradientLog != null) {
      for (int i = 0; i < 3; i++) {
        gradientLog[i] *= params[i];
      }
    }
    return value;
  }

  @Override
  double logLikelihood(double[] params, double[] gradient, double[][] hessian) {
    double p = params[0];
    double q = params[1];
    double gamma = params[2];
    boolean first = gradient != null || hessian != null;
    boolean second = hessian != null;
    // the customers' ln(xm + gamma) and the rational terms of the derivatives by gamma
    double sumXLog = 0;
    double sumLog = 0;
    double sumXInv = 0;
    double sumInv = 0;
    double sumXInv2 = 0;
    double sumInv2 = 0;
    for (int i = 0; i < xm.length; i++) {
      double base = xm[i] + gamma;
      double lnBase = Math.log(base);
      double wi = w[i];
      double wx = wi * xs[i];
      sumXLog += wx * lnBase;
      sumLog += wi * lnBase;
      if (first) {
        double inv = 1 / base;
        sumXInv += wx * inv;
        sumInv += wi * inv;
        if (second) {
          sumXInv2 += wx * inv * inv;
          sumInv2 += wi * inv * inv;
        }
      }
    }
    // the gamma functions, once per distinct x
    double lnG = 0;
    double dp = 0;
    double dq = 0;
    double dpp = 0;
    double dpq = 0;
    double dqq = 0;
    for (int g = 0; g < groupX.length; g++) {
      double x = groupX[g];
      double wg = groupW[g];
      double px = p * x;
      lnG += wg * (LogGamma.value(px + q) - LogGamma.value(px));
      if (first) {
        double psi = Digamma.value(px + q);
        dp += wg * x * (psi - Digamma.value(px));
        dq += wg * psi;
        if (second) {
          double tri = Trigamma.value(px + q);
          dpp += wg * x * x * (tri - Trigamma.value(px));
          dpq += wg * x * tri;
          dqq += wg * tri;
        }
      }
    }
    double n = customers;
    double lnGamma = Math.log(gamma);
    double value = lnG - n * LogGamma.value(q) + n * q * lnGamma + p * xLogXm - logM - p * sumXLog - q * sumLog;
    if (gradient != null) {
      gradient[0] = dp + xLogXm - sumXLog;
      gradient[1] = dq - n * Digamma.value(q) + n * lnGamma - sumLog;
      gradient[2] = n * q / gamma - p * sumXInv - q * sumInv;
    }
    if (second) {
      hessian[0][0] = dpp;
      hessian[0][1] = dpq;
      hessian[0][2] = -sumXInv;
      hessian[1][1] = dqq - n * Trigamma.value(q);
      hessian[1][2] = n / gamma - sumInv;
      hessian[2][2] = -n * q / (gamma * gamma) + p * sumXInv2 + q * sumInv2;
      hessian[1][0] = hessian[0][1];
      hessian[2][0] = hessian[0][2];
      hessian[2][1] = hessian[1][2];
    }
    return value;
  }
}
