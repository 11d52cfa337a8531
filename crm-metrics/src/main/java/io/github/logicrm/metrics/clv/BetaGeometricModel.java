package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.BetaRenewal;
import io.github.logicrm.metrics.internal.Hypergeometric;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
  /** The longest coefficient table: enough for z = 0.99 once c exceeds a few units. */
  private static final int MAX_COEFFICIENTS = 4096;
  /** Smallest Euler series sum trusted (the limit of {@link Hypergeometric}: e^-14); below it digits were lost. */
  private static final double SMALLEST_SUM = Math.exp(-14);
  /**
   * Per frequency x (below 256), the coefficients C_j of the Euler-transformed series of
   * {@link #expectedIfAlive}, 2F1(c - r - x, c - b - x - k; c; z) = sum C_j z^j with c = a + b + x + k - 1, made
   * on first use and lengthened on demand. The upper parameters do not depend on x (a + b + k - 1 - r and
   * a - 1), so the coefficients are a product of ratios that a customer would otherwise divide out term by
   * term; with them a term costs two multiplications. Every table is computed by the same sequence of
   * operations, so which thread made it does not change a digit.
   */
  private final AtomicReferenceArray<double[]> coefficients = new AtomicReferenceArray<>(lnBx.length);

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
    if (x < lnBx.length) {
      double value = renewalBySeriesTable(x, t, alpha + age);
      if (value >= 0) {
        return value;
      }
    }
    return renewal(b + x + k, r + x, t, alpha + age);
  }

  /**
   * {@code renewal(b + x + k, r + x, t, scale)} in the closed form of {@link #renewal}, with 2F1 summed from
   * the coefficient table of x after Euler's transformation: c / (a - 1) [1 - (1 - z)^(a - 1) S], S the series.
   * Where the bracket is small it carries the rounding of its two terms, about 2e-16 / |bracket| relative, as
   * {@link #renewal}'s expm1 of their logarithm does; below {@link #CANCELLATION} the integral takes over.
   * The four strands of powers z^j, z^(j+1), .. advance by z^4, so the terms do not wait on each other. NaN
   * where the closed form does not apply or loses digits (then {@link #renewal} decides).
   */
  private double renewalBySeriesTable(int x, double t, double scale) {
    double c = a + b + x + k - 1;
    double ea = a + b + k - 1 - r;
    double z = t / (scale + t);
    // upper parameters above -1: the terms keep one sign after the first (a - 1 > -1 always)
    if (!(c > 0 && ea > -1 && z <= SERIES_LIMIT && a != 1)) {
      return Double.NaN;
    }
    double[] table = coefficients.get(x);
    double z2 = z * z;
    double z4 = z2 * z2;
    double p0 = 1;
    double p1 = z;
    double p2 = z2;
    double p3 = z2 * z;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (int j = 0; ; j += 4) {
      if (table == null || j + 4 > table.length) {
        table = coefficients(x, c, ea, j + 4);
        if (table == null) {
          return Double.NaN;
        }
      }
      double t0 = table[j] * p0;
      double t1 = table[j + 1] * p1;
      double t2 = table[j + 2] * p2;
      double t3 = table[j + 3] * p3;
      s0 += t0;
      s1 += t1;
      s2 += t2;
      s3 += t3;
      double sum = (s0 + s1) + (s2 + s3);
      if (Math.abs(t3) <= 1e-16 * Math.abs(sum) && Math.abs(t3) < Math.abs(t2) || t3 == 0) {
        if (!(sum > SMALLEST_SUM)) {
          return Double.NaN;
        }
        double bracket = 1 - Math.exp((a - 1) * Math.log(scale / (scale + t))) * sum;
        double value = c / (a - 1) * bracket;
        return Math.abs(bracket) >= CANCELLATION && value < Double.POSITIVE_INFINITY ? value : Double.NaN;
      }
      p0 *= z4;
      p1 *= z4;
      p2 *= z4;
      p3 *= z4;
    }
  }

  /**
   * Returns the coefficient table of x with at least {@code length} entries (null beyond
   * {@link #MAX_COEFFICIENTS}): C_0 = 1, C_(j+1) = C_j (ea + j)(a - 1 + j) / ((c + j)(j + 1)), extending the
   * table made so far. Tables only grow; threads racing to grow one compute the same numbers.
   */
  private double[] coefficients(int x, double c, double ea, int length) {
    if (length > MAX_COEFFICIENTS) {
      return null;
    }
    double[] old = coefficients.get(x);
    int from = old == null ? 0 : old.length;
    if (from >= length) {
      return old;
    }
    double[] table = new double[Math.min(MAX_COEFFICIENTS, Math.max(64, 2 * from))];
    if (old != null) {
      System.arraycopy(old, 0, table, 0, from);
    } else {
      table[0] = 1;
      from = 1;
    }
    double eb = a - 1;
    for (int j = from; j < table.length; j++) {
      int i = j - 1;
      table[j] = table[i] * ((ea + i) * (eb + i) / ((c + i) * (i + 1)));
    }
    coefficients.set(x, table);
    return table;
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
