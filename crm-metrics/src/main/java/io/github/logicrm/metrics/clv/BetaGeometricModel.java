package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The formulas BG/NBD and MBG/NBD share. The two differ only in when a customer may drop out: BG/NBD after
 * each repeat purchase, MBG/NBD also right after the first one; with {@code k = 0} for BG/NBD and {@code k = 1}
 * for MBG/NBD the expressions below cover both (Fader, Hardie and Lee 2005; Batislam, Denizel and Filiztekin
 * 2007).
 */
abstract sealed class BetaGeometricModel extends AbstractPurchaseModel permits BgNbd, MbgNbd {

  final double r;
  final double alpha;
  final double a;
  final double b;
  private final int k;
  private final double lnA;
  private final double lgR;
  private final double lnBetaAb;
  /** ln(b + x + k - 1) for the frequencies most customers have, so scoring skips a logarithm. */
  private final double[] lnBx = new double[256];

  BetaGeometricModel(double r, double alpha, double a, double b, int k) {
    this.r = Checks.positive("r", r);
    this.alpha = Checks.positive("alpha", alpha);
    this.a = Checks.positive("a", a);
    this.b = Checks.positive("b", b);
    this.k = k;
    this.lnA = Math.log(a);
    this.lgR = LogGamma.value(r);
    this.lnBetaAb = LogBeta.value(a, b);
    for (int x = 0; x < lnBx.length; x++) {
      lnBx[x] = Math.log(b + x + k - 1);
    }
  }

  @Override
  public final double[] parameters() {
    return new double[] {r, alpha, a, b};
  }

  @Override
  final double logLikelihoodUnchecked(int x, double tx, double age) {
    double a1 = LogGamma.value(r + x) - lgR + r * Math.log(alpha);
    double a2 = LogBeta.value(a, b + x + k) - lnBetaAb;
    double a3 = -(r + x) * Math.log(alpha + age);
    if (x + k == 0) {
      return a1 + a2 + a3;
    }
    double a4 = lnA - Math.log(b + x + k - 1) - (r + x) * Math.log(alpha + tx);
    return a1 + a2 + ModelLikelihood.logAddExp(a3, a4);
  }

  @Override
  final double probabilityAliveUnchecked(int x, double tx, double age) {
    if (x + k == 0) {
      return 1;
    }
    double lnB = x < lnBx.length ? lnBx[x] : Math.log(b + x + k - 1);
    double logOdds = lnA - lnB + (r + x) * Math.log((alpha + age) / (alpha + tx));
    return 1 / (1 + Math.exp(logOdds));
  }

  @Override
  final double expectedIfAlive(double t, int x, double age) {
    double z = t / (alpha + age + t);
    double c = a + b + x + k - 1;
    double logH = Hypergeometric.log2F1Times(r + x, b + x + k, c, z, r + x);
    return c / (a - 1) * -Math.expm1(logH);
  }

  @Override
  public final double expectedPurchases(double t) {
    Rows.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    double z = t / (alpha + t);
    double lead = k == 0 ? (a + b - 1) / (a - 1) : b / (a - 1);
    double logH = Hypergeometric.log2F1Times(r, b + k, a + b + k - 1, z, r);
    return lead * -Math.expm1(logH);
  }

  @Override
  public final double probabilityOfPurchases(int n, double t) {
    checkCount(n);
    Rows.checkHorizon(t);
    double q = t / (alpha + t);
    double logP0 = r * Math.log(alpha / (alpha + t));
    double logNbd = logP0 + LogGamma.value(r + n) - lgR - LogGamma.value(n + 1.0) + (n == 0 ? 0 : n * Math.log(q));
    double stay = Math.exp(LogBeta.value(a, b + n + k) - lnBetaAb + logNbd);
    if (n + k == 0) {
      return stay;
    }
    double below = 0;
    double term = Math.exp(logP0);
    for (int j = 0; j < n; j++) {
      below += term;
      term *= (r + j) / (j + 1) * q;
    }
    double tail = Math.max(0, 1 - below);
    return stay + Math.exp(LogBeta.value(a + 1, b + n + k - 1) - lnBetaAb) * tail;
  }

  @Override
  public String toString() {
    return kind() + "[r=" + r + ", alpha=" + alpha + ", a=" + a + ", b=" + b + "]";
  }
}
