package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.BetaRenewal;
import io.github.logicrm.metrics.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;

/**
 * The formulas BG/NBD and MBG/NBD share. The two differ only in when a customer may drop out: BG/NBD after
 * each repeat purchase, MBG/NBD also right after the first one; with {@code k = 0} for BG/NBD and {@code k = 1}
 * for MBG/NBD the expressions below cover both (Fader, Hardie and Lee 2005; Batislam, Denizel and Filiztekin
 * 2007).
 */
abstract sealed class BetaGeometricModel extends AbstractPurchaseModel permits BgNbd, MbgNbd {

  /** Beyond this 2F1 argument the series needs thousands of terms and the integral is faster. */
  private static final double SERIES_LIMIT = 0.99;
  /** A bracket 1 - H below this has lost more than four digits to cancellation. */
  private static final double CANCELLATION = 1e-4;

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
    return renewal(b + x + k, r + x, t, alpha + age);
  }

  @Override
  public final double expectedPurchases(double t) {
    Rows.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    // MBG/NBD: E[(1 - p) / p ...] over Beta(a, b) is b / (a + b) times E[1 / p ...] over Beta(a, b + 1)
    return k == 0 ? renewal(b, r, t, alpha) : b / (a + b) * renewal(b + 1, r, t, alpha);
  }

  /**
   * E[(1 - (1 + p u)^-shape) / p] for p ~ Beta(a, beta) and u = t / scale: the expected purchases in t of a
   * customer whose purchase rate is gamma(shape, scale) and who drops out with probability p after each
   * purchase. The closed form c / (a - 1) [1 - (1 - z)^shape 2F1(shape, beta; c; z)], c = a + beta - 1,
   * z = t / (scale + t), is used where it is fast and keeps its digits (c &gt; 0, z &lt;= 0.99, the bracket
   * not within 1e-4 of cancelling, as it does near a = 1); elsewhere the integral ({@link BetaRenewal}), which
   * holds for every a, beta and horizon.
   */
  private double renewal(double beta, double shape, double t, double scale) {
    double z = t / (scale + t);
    double c = a + beta - 1;
    if (c > 0 && z <= SERIES_LIMIT) {
      double bracket = -Math.expm1(Hypergeometric.log2F1Times(shape, beta, c, z, shape));
      double value = c / (a - 1) * bracket;
      if (Math.abs(bracket) >= CANCELLATION && value >= 0 && value < Double.POSITIVE_INFINITY) {
        return value;
      }
    }
    return BetaRenewal.expected(a, beta, shape, t / scale);
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
    // P(N(t) >= n) of the customer's negative binomial purchase count, I_q(n, r): O(1) in n
    double tail = n == 0 ? 1 : RegularizedBeta.value(q, n, r);
    return stay + Math.exp(LogBeta.value(a + 1, b + n + k - 1) - lnBetaAb) * tail;
  }

  @Override
  public String toString() {
    return kind() + "[r=" + r + ", alpha=" + alpha + ", a=" + a + ", b=" + b + "]";
  }
}
