package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * BG/NBD and MBG/NBD log-likelihood with analytic gradient. Per customer (Fader, Hardie and Lee 2005; with
 * k = 1 for MBG/NBD, Batislam et al. 2007): lnL = A1 + A2 + ln(e^A3 + [x + k > 0] e^A4), A1 = lnG(r+x) - lnG(r)
 * + r ln alpha, A2 = lnG(a+b) + lnG(b+x+k) - lnG(b) - lnG(a+b+x+k), A3 = -(r+x) ln(alpha+T),
 * A4 = ln a - ln(b+x+k-1) - (r+x) ln(alpha+t_x). Terms that depend on x only are computed once per distinct x.
 */
final class BgNbdLikelihood extends ModelLikelihood {

  private final PurchaseData data;
  private final int k;
  private final boolean[] present;
  private final double[] constant;
  private final double[] dr;
  private final double[] da;
  private final double[] db;
  private final double[] lnBx;

  BgNbdLikelihood(PurchaseData data, boolean modified) {
    this.data = data;
    this.k = modified ? 1 : 0;
    present = data.frequenciesPresent();
    int size = present.length;
    constant = new double[size];
    dr = new double[size];
    da = new double[size];
    db = new double[size];
    lnBx = new double[size];
  }

  @Override
  PurchaseModelKind kind() {
    return k == 1 ? PurchaseModelKind.MBG_NBD : PurchaseModelKind.BG_NBD;
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
    double a = p[2];
    double b = p[3];
    boolean grad = gradientLog != null;
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    double lgR = LogGamma.value(r);
    double lgAb = LogGamma.value(a + b);
    double lgB = LogGamma.value(b);
    double psiR = grad ? Digamma.value(r) : 0;
    double psiAb = grad ? Digamma.value(a + b) : 0;
    double psiB = grad ? Digamma.value(b) : 0;
    for (int x = 0; x < present.length; x++) {
      if (present[x]) {
        constant[x] = LogGamma.value(r + x) - lgR + r * lnAlpha
            + lgAb + LogGamma.value(b + x + k) - lgB - LogGamma.value(a + b + x + k);
        lnBx[x] = x + k > 0 ? Math.log(b + x + k - 1) : 0;
        if (grad) {
          double psiAbx = Digamma.value(a + b + x + k);
          dr[x] = Digamma.value(r + x) - psiR + lnAlpha;
          da[x] = psiAb - psiAbx;
          db[x] = psiAb + Digamma.value(b + x + k) - psiB - psiAbx;
        }
      }
    }
    double sum = 0;
    double gr = 0;
    double gAlpha = 0;
    double ga = 0;
    double gb = 0;
    for (int i = 0; i < data.size(); i++) {
      int x = data.frequency(i);
      double w = data.weight(i);
      double lnAt = Math.log(alpha + data.age(i));
      double a3 = -(r + x) * lnAt;
      double ll;
      double w3 = 1;
      double w4 = 0;
      double lnAtx = 0;
      double bx = b + x + k - 1;
      if (x + k > 0) {
        lnAtx = Math.log(alpha + data.recency(i));
        double a4 = lnA - lnBx[x] - (r + x) * lnAtx;
        // ln(e^a3 + e^a4) and the weights e^(a3 - lse), e^(a4 - lse) from one exponential
        double d = a4 - a3;
        double e = Math.exp(-Math.abs(d));
        double share = 1 / (1 + e);
        ll = constant[x] + Math.max(a3, a4) + Math.log1p(e);
        w3 = d > 0 ? e * share : share;
        w4 = 1 - w3;
      } else {
        ll = constant[x] + a3;
      }
      sum += w * ll;
      if (grad) {
        gr += w * (dr[x] - w3 * lnAt - w4 * lnAtx);
        gAlpha += w * (r / alpha - w3 * (r + x) / (alpha + data.age(i))
            - (w4 == 0 ? 0 : w4 * (r + x) / (alpha + data.recency(i))));
        ga += w * (da[x] + w4 / a);
        gb += w * (db[x] - (w4 == 0 ? 0 : w4 / bx));
      }
    }
    if (grad) {
      gradientLog[0] = gr * r;
      gradientLog[1] = gAlpha * alpha;
      gradientLog[2] = ga * a;
      gradientLog[3] = gb * b;
    }
    return sum;
  }
}
