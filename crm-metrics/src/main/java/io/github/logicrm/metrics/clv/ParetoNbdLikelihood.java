package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.metrics.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Pareto/NBD log-likelihood with analytic gradient. Per customer (Fader and Hardie, note 009):
 * lnL = C + ln(e^F + e^S), C = lnG(r+x) - lnG(r) + r ln alpha + s ln beta, F = -(r+x) ln(alpha+T) - s ln(beta+T),
 * S = ln(s / (r+s+x)) + ln(e^G(t_x) - e^G(T)), where G(u) = ln[2F1(..; z(u)) / (max(alpha, beta) + u)^(r+s+x)]
 * in the two cases alpha &gt;= beta and alpha &lt; beta. The derivatives of G come from the partial derivatives
 * of ln 2F1, summed with its series from per-frequency tables ({@link ParetoNbdSeries}). Where the 2F1 argument exceeds 0.99 (its series would need thousands of
 * terms), S and its derivatives come from the integral it stands for ({@link ParetoNbd#logDeathIntegral}).
 */
final class ParetoNbdLikelihood extends ModelLikelihood {

  private final PurchaseData data;
  private final boolean[] present;
  private final double[] lgRx;
  private final double[] psiRx;
  /** ln(s / (r + s + x)) per frequency present. */
  private final double[] lnShare;
  private final double[] hyper = new double[4];
  private final double[] upper = new double[4];
  private final double[] lower = new double[4];
  private final double[] death = new double[4];
  private final ParetoNbdSeries series;

  ParetoNbdLikelihood(PurchaseData data) {
    this.data = data;
    present = data.frequenciesPresent();
    int size = present.length;
    lgRx = new double[size];
    psiRx = new double[size];
    lnShare = new double[size];
    series = new ParetoNbdSeries(size);
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
    return true;
  }

  @Override
  double customers() {
    return data.customers();
  }

  @Override
  String notIdentifiable() {
    return present.length == 1 ? "no customer has a repeat purchase" : null;
  }

  @Override
  double logLikelihood(double[] p, double[] gradientLog) {
    double r = p[0];
    double alpha = p[1];
    double s = p[2];
    double beta = p[3];
    boolean grad = gradientLog != null;
    double lgR = LogGamma.value(r);
    double psiR = grad ? Digamma.value(r) : 0;
    double lnAlpha = Math.log(alpha);
    double lnBeta = Math.log(beta);
    double lnS = Math.log(s);
    for (int x = 0; x < present.length; x++) {
      if (present[x]) {
        lgRx[x] = LogGamma.value(r + x);
        psiRx[x] = grad ? Digamma.value(r + x) : 0;
        lnShare[x] = lnS - Math.log(r + s + x);
      }
    }
    double sum = 0;
    double gr = 0;
    double ga = 0;
    double gs = 0;
    double gb = 0;
    for (int i = 0; i < data.size(); i++) {
      int x = data.frequency(i);
      double w = data.weight(i);
      double tx = data.recency(i);
      double age = data.age(i);
      double lnAt = Math.log(alpha + age);
      double lnBt = Math.log(beta + age);
      double first = -(r + x) * lnAt - s * lnBt;
      // the customer's two terms: alive at T (first) and died between t_x and T (second, lnShare + g1 + ln gap,
      // whose logarithm is needed only when e^(second - first) overflows)
      double second = Double.NEGATIVE_INFINITY;
      double ratio = 0;
      double odds = 0;
      double rsx = r + s + x;
      boolean integral = tx < age && ParetoNbd.needsIntegral(alpha, beta, tx);
      if (integral) {
        second = ParetoNbd.logDeathIntegral(r, alpha, s, beta, x, tx, age, grad ? death : null);
        odds = Math.exp(second - first);
      } else if (tx < age) {
        double g1 = tx == 0 ? logTerm(r, alpha, s, beta, x, 0, lnAlpha, lnBeta, grad ? upper : null)
            : logTerm(r, alpha, s, beta, x, tx, Math.log(alpha + tx), Math.log(beta + tx), grad ? upper : null);
        double g2 = logTerm(r, alpha, s, beta, x, age, lnAt, lnBt, grad ? lower : null);
        double d = g2 - g1;
        ratio = Math.exp(d);
        // 1 - e^(g2 - g1); expm1 where the two are close (t_x near T), else 1 - ratio loses nothing
        double gap = d > -0.6931471805599453 ? -Math.expm1(d) : 1 - ratio;
        second = lnShare[x] + g1;
        odds = Math.exp(second - first) * gap;
        if (!(odds < Double.POSITIVE_INFINITY)) {
          second += Math.log(gap);
        }
      }
      // ln(e^first + e^second) = first + ln(1 + odds), odds = e^(second - first), and the terms' shares of it
      double share = 1 / (1 + odds);
      double wf = share;
      double ws = odds * share;
      double lse = first + Math.log(1 + odds); // absolute error 1e-16 beside |lse| of 10 to 1000
      if (!(odds < Double.POSITIVE_INFINITY)) {
        // the second term exceeds the first by more than the double range: the first is negligible
        lse = second;
        wf = Math.exp(first - second);
        ws = 1;
      }
      sum += w * (lgRx[x] - lgR + r * lnAlpha + s * lnBeta + lse);
      if (grad) {
        gr += w * (psiRx[x] - psiR + lnAlpha - wf * lnAt);
        ga += w * (r / alpha - wf * (r + x) / (alpha + age));
        gs += w * (lnBeta - wf * lnBt);
        gb += w * (s / beta - wf * s / (beta + age));
        if (ws > 0 && integral) {
          gr += w * ws * death[0];
          ga += w * ws * death[1];
          gs += w * ws * death[2];
          gb += w * ws * death[3];
        } else if (ws > 0) {
          double scale = ws / (1 - ratio);
          gr += w * (ws * -1 / rsx + scale * (upper[0] - ratio * lower[0]));
          ga += w * scale * (upper[1] - ratio * lower[1]);
          gs += w * (ws * (1 / s - 1 / rsx) + scale * (upper[2] - ratio * lower[2]));
          gb += w * scale * (upper[3] - ratio * lower[3]);
        }
      }
    }
    if (grad) {
      gradientLog[0] = gr * r;
      gradientLog[1] = ga * alpha;
      gradientLog[2] = gs * s;
      gradientLog[3] = gb * beta;
    }
    return sum;
  }

  /**
   * G(u) and, when asked, dG/d(r, alpha, s, beta); {@code lnA} and {@code lnB} are ln(alpha + u) and
   * ln(beta + u), whose difference is the ln(1 - z) of Euler's transformation.
   */
  private double logTerm(double r, double alpha, double s, double beta, int x, double u, double lnA, double lnB,
      double[] d) {
    double rsx = r + s + x;
    if (alpha >= beta) {
      double base = alpha + u;
      double lnBase = lnA;
      double z = (alpha - beta) / base;
      if (d == null) {
        return Hypergeometric.log2F1(rsx, s + 1, rsx + 1, z) - rsx * lnBase;
      }
      double value = series.log2F1(x, rsx, s + 1, rsx + 1, z, lnB - lnA, hyper) - rsx * lnBase;
      d[0] = hyper[0] + hyper[2] - lnBase;
      d[1] = hyper[3] * (beta + u) / (base * base) - rsx / base;
      d[2] = hyper[0] + hyper[1] + hyper[2] - lnBase;
      d[3] = -hyper[3] / base;
      return value;
    }
    double base = beta + u;
    double lnBase = lnB;
    double z = (beta - alpha) / base;
    if (d == null) {
      return Hypergeometric.log2F1(rsx, r + x, rsx + 1, z) - rsx * lnBase;
    }
    double value = series.log2F1(x, rsx, r + x, rsx + 1, z, lnA - lnB, hyper) - rsx * lnBase;
    d[0] = hyper[0] + hyper[1] + hyper[2] - lnBase;
    d[1] = -hyper[3] / base;
    d[2] = hyper[0] + hyper[2] - lnBase;
    d[3] = hyper[3] * (alpha + u) / (base * base) - rsx / base;
    return value;
  }
}
