package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.RegularityChoice;
import io.github.logicrm.core.internal.Checks;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * A fitted Erlang-k purchase model, BG/CNBD-k or MBG/CNBD-k (Platzer and Reutterer 2016, "Ticking away the
 * moments: timing regularity helps to better predict customer activity", Marketing Science 35(5)), for
 * customers who order in regular cycles, such as a shipper replenishing weekly.
 *
 * <p>While active a customer's inter-purchase times are Erlang-k with rate lambda (mean k / lambda; lambda is
 * gamma across customers, shape r and rate alpha), so every k-th event of a Poisson(lambda) process is a purchase;
 * after each repeat purchase (and, for MBG/CNBD-k, right after the first) the customer drops out with probability
 * p (beta across customers, a and b). With k = 1 the models are BG/NBD and MBG/NBD, and this class then
 * computes every figure with {@link BgNbd} or {@link MbgNbd}, so they agree exactly.
 *
 * <p>Per customer, with s = r + k x, u = (T - t_x) / (alpha + T) and m = 1 for MBG/CNBD-k, 0 for BG/CNBD-k:
 * <pre>
 * ln L = (k - 1) litt - x ln (k - 1)! + ln B(a, b + x + m) - ln B(a, b) + ln G(s) - ln G(r) + r ln alpha
 *        - s ln(alpha + T) + ln(S1 + S2)
 * S1 = [x + m &gt; 0] a / (b + x + m - 1) ((alpha + T) / (alpha + t_x))^s
 * S2 = sum_{j=0..k-1} (s)_j u^j / j!          (the Erlang survival of the open interval T - t_x)
 * P(alive) = S2 / (S1 + S2)                    (1 for BG/CNBD-k when x = 0)
 * </pre>
 * S2's terms are the posterior weights of the phase j (Poisson events since the last purchase) of an active
 * customer, whose rate is then gamma(s + j, alpha + T) and whose dropout probability is beta(a, b + x + m). The
 * n-th future purchase comes at the (n k - j)-th future Poisson event and is made if the customer survived the
 * n - 1 future purchases before it, so, with N_j negative binomial (shape s + j, z = t / (alpha + T + t)) and
 * c_n = B(a, b + x + m + n - 1) / B(a, b + x + m),
 * <pre>
 * E[Y(t) | x, t_x, T] = P(alive) sum_j w_j E[C(floor((N_j + j) / k))],   C(n) = c_1 + ... + c_n
 * </pre>
 * an exact expression (BTYDplus approximates it by a BG/NBD with scale k alpha and rescales it over the book),
 * summed term by term over N_j: the work grows with the expected number of future Poisson events and is
 * limited to {@link #MAX_TERMS}.
 *
 * <p>Immutable and thread-safe; the per-customer methods allocate nothing.
 */
public abstract sealed class ErlangPurchaseModel permits BgCnbd, MbgCnbd {

  /**
   * The most terms {@link #conditionalExpectedPurchases} sums for k &gt; 1: 1e8, a fraction of a second. It sums,
   * for each of the k phases, over the Poisson events in the horizon (k per purchase) up to where their
   * distribution's tail vanishes, {@code (r + k x + k) t / (alpha + T) + 50 (1 + t / (alpha + T)) + 100} terms;
   * ten years of weekly orders take a few thousand.
   */
  public static final double MAX_TERMS = 1e8;

  private static final double TAIL_STEPS = 50;
  /** Past this the running probability is folded into its scale. */
  private static final double RESCALE = 1e200;

  /** Terms below this share of the sum are left out. */
  private static final double EPSILON = 1e-17;

  final int k;
  final double r;
  final double alpha;
  final double a;
  final double b;
  /** 1 if the customer may drop out right after the first purchase (MBG/CNBD-k), else 0. */
  private final int m;
  /** BG/NBD or MBG/NBD when k = 1, else null. */
  private final BetaGeometricModel plain;
  private final double lgR;
  private final double lnBetaAb;
  private final double lnFactorialK1;

  ErlangPurchaseModel(int k, double r, double alpha, double a, double b, int m) {
    if (!(k >= 1 && k <= RegularityChoice.MAX_K)) {
      throw new IllegalArgumentException("k must be in [1, " + RegularityChoice.MAX_K + "]: " + k);
    }
    this.k = k;
    this.r = Checks.positive("r", r);
    this.alpha = Checks.positive("alpha", alpha);
    this.a = Checks.positive("a", a);
    this.b = Checks.positive("b", b);
    this.m = m;
    this.plain = k > 1 ? null : m == 0 ? BgNbd.of(r, alpha, a, b) : MbgNbd.of(r, alpha, a, b);
    this.lgR = LogGamma.value(r);
    this.lnBetaAb = LogBeta.value(a, b);
    this.lnFactorialK1 = LogGamma.value(k);
  }

  /**
   * Makes the model a fit describes.
   *
   * @param fit a fit of {@link PurchaseModelKind#BG_CNBD_K} or {@link PurchaseModelKind#MBG_CNBD_K}, converged or
   *     stopped at its iteration limit, with a whole-number k in [1, {@link RegularityChoice#MAX_K}]
   * @return the model
   * @throws IllegalArgumentException if the fit is of another model, its k is not a whole number in range, or
   *     its status is {@link io.github.logicrm.core.clv.PurchaseFitStatus#NOT_IDENTIFIED}
   */
  public static ErlangPurchaseModel from(PurchaseModelFit fit) {
    boolean modified = switch (fit.model()) {
      case BG_CNBD_K -> false;
      case MBG_CNBD_K -> true;
      case BG_NBD, MBG_NBD, PARETO_NBD, BG_BB, GAMMA_GAMMA -> throw new IllegalArgumentException(
          "fit must be of BG_CNBD_K or MBG_CNBD_K for an Erlang-k model: " + fit.model());
    };
    double[] p = Rows.checkIdentified(fit).parameterArray();
    int k = wholeK(p[0]);
    return modified ? MbgCnbd.of(k, p[1], p[2], p[3], p[4]) : BgCnbd.of(k, p[1], p[2], p[3], p[4]);
  }

  private static int wholeK(double k) {
    if (!(k >= 1 && k <= RegularityChoice.MAX_K && k == Math.rint(k))) {
      throw new IllegalArgumentException("fit.parameters.k must be a whole number in [1, "
          + RegularityChoice.MAX_K + "]: " + k);
    }
    return (int) k;
  }

  /**
   * Returns which model this is.
   *
   * @return {@link PurchaseModelKind#BG_CNBD_K} or {@link PurchaseModelKind#MBG_CNBD_K}
   */
  public abstract PurchaseModelKind kind();

  /**
   * Returns the regularity k: the shape of the Erlang inter-purchase times.
   *
   * @return k, in [1, {@link RegularityChoice#MAX_K}]
   */
  public final int k() {
    return k;
  }

  /**
   * Returns the model's parameters.
   *
   * @return a new array: k, r, alpha, a, b (the order of {@link PurchaseModelKind#parameterNames()})
   */
  public final double[] parameters() {
    return new double[] {k, r, alpha, a, b};
  }

  /**
   * Returns the log-likelihood of one customer's history, inter-purchase times included.
   *
   * @param x frequency, {@code >= 0}
   * @param tx recency, {@code 0 <= tx <= age}, 0 when x is 0
   * @param age age T, {@code 0 <= T <= PurchaseModel.MAX_TIME}
   * @param litt sum of the logarithms of the x inter-purchase times: finite, 0 when x is 0, at most
   *     {@code x ln(tx / x)}
   * @return the log-likelihood
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public final double logLikelihood(int x, double tx, double age, double litt) {
    Rows.check(x, tx, age);
    checkLitt(x, tx, litt);
    if (plain != null) {
      return plain.logLikelihoodUnchecked(x, tx, age);
    }
    return (k - 1) * litt - x * lnFactorialK1 + generalLogLikelihood(x, tx, age);
  }

  private static void checkLitt(int x, double tx, double litt) {
    Checks.finite("litt", litt);
    if (x == 0 && litt != 0) {
      throw new IllegalArgumentException("litt must be 0 when x is 0: " + litt);
    }
    if (x > 0) {
      double bound = x * Math.log(tx / x);
      if (!(litt <= bound + 1e-9 * Math.max(1, Math.abs(bound)))) {
        throw new IllegalArgumentException("litt must be <= x ln(tx / x) = " + bound + ": " + litt);
      }
    }
  }

  /**
   * Returns the probability that a customer with this history is still active at the end of the calibration
   * period.
   *
   * @param x frequency, {@code >= 0}
   * @param tx recency, {@code 0 <= tx <= age}, 0 when x is 0
   * @param age age T, {@code 0 <= T <= PurchaseModel.MAX_TIME}
   * @return P(alive), in [0, 1]
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public final double probabilityAlive(int x, double tx, double age) {
    Rows.check(x, tx, age);
    return plain != null ? plain.probabilityAliveUnchecked(x, tx, age) : generalProbabilityAlive(x, tx, age);
  }

  /**
   * Returns the expected number of purchases in the next {@code t} time units of a customer with this history,
   * E[Y(t) | x, t_x, T].
   *
   * @param t horizon, {@code 0 <= t <= PurchaseModel.MAX_TIME}
   * @param x frequency, {@code >= 0}
   * @param tx recency, {@code 0 <= tx <= age}, 0 when x is 0
   * @param age age T, {@code 0 <= T <= PurchaseModel.MAX_TIME}
   * @return the expected purchases, {@code >= 0}
   * @throws IllegalArgumentException if an argument breaks its rule, or (k &gt; 1) the sum would need more than
   *     {@link #MAX_TERMS} terms
   */
  public final double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    Rows.checkHorizon(t);
    Rows.check(x, tx, age);
    return plain != null ? plain.conditionalUnchecked(t, x, tx, age) : generalExpected(t, x, tx, age);
  }

  /**
   * Scores a book in columns: P(alive) and E[Y(t) | x, t_x, T] per customer. Allocates nothing.
   *
   * @param t horizon, {@code 0 <= t <= PurchaseModel.MAX_TIME}
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length
   * @param probabilityAlive output, same length
   * @param expectedPurchases output, same length
   * @throws IllegalArgumentException if lengths differ or a row is invalid (the message names the row)
   */
  public final void score(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases) {
    Rows.checkBatch(t, x, tx, age, probabilityAlive, expectedPurchases);
    if (plain != null) {
      plain.score(t, x, tx, age, probabilityAlive, expectedPurchases);
      return;
    }
    for (int i = 0; i < x.length; i++) {
      probabilityAlive[i] = generalProbabilityAlive(x[i], tx[i], age[i]);
      try {
        expectedPurchases[i] = generalExpected(t, x[i], tx[i], age[i]);
      } catch (IllegalArgumentException tooLong) {
        throw new IllegalArgumentException("row " + i + ": " + tooLong.getMessage(), tooLong);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // the formulas for every k (the public methods use BG/NBD's and MBG/NBD's own at k = 1)

  /** ln L without the inter-purchase-time term (k - 1) litt - x ln (k - 1)!. */
  final double generalLogLikelihood(int x, double tx, double age) {
    return frequencyTerm(x) + historyTerm(x, tx, age);
  }

  /** The terms of ln L that depend on the frequency only. */
  final double frequencyTerm(int x) {
    double s = r + (double) k * x;
    return LogBeta.value(a, b + x + m) - lnBetaAb + LogGamma.value(s) - lgR + r * Math.log(alpha);
  }

  /** The rest of ln L (without the inter-purchase-time term). */
  final double historyTerm(int x, double tx, double age) {
    double s = r + (double) k * x;
    double lnAt = Math.log(alpha + age);
    double lnS2 = logSurvival(s, tx, age);
    if (x + m == 0) {
      return lnS2 - s * lnAt;
    }
    return ModelLikelihood.logAddExp(logDropped(x, s, tx, lnAt), lnS2) - s * lnAt;
  }

  /**
   * The frequency terms' gradient with respect to r, alpha, a, b, into {@code g}: psi(s) - psi(r) + ln alpha,
   * r / alpha, psi(a + b) - psi(a + b + x + m), psi(b + x + m) - psi(a + b + x + m) - psi(b) + psi(a + b).
   */
  final void frequencyGradient(int x, double[] g) {
    double psiAbx = Digamma.value(a + b + x + m);
    double psiAb = Digamma.value(a + b);
    g[0] = Digamma.value(r + (double) k * x) - Digamma.value(r) + Math.log(alpha);
    g[1] = r / alpha;
    g[2] = psiAb - psiAbx;
    g[3] = Digamma.value(b + x + m) - psiAbx - Digamma.value(b) + psiAb;
  }

  /**
   * {@link #historyTerm} and its gradient with respect to r, alpha, a, b, added into {@code g} times
   * {@code weight}. With w1 = S1 / (S1 + S2): d/dr = -ln(alpha + T) + w1 ln((alpha + T) / (alpha + t_x))
   * + w2 E[D_j], D_j = sum_{i<j} 1 / (s + i); d/dalpha = -s / (alpha + T) + w1 s (1 / (alpha + T) - 1 / (alpha
   * + t_x)) - w2 E[j] / (alpha + T); d/da = w1 / a; d/db = -w1 / (b + x + m - 1); E over the phase weights.
   */
  final double historyTermWithGradient(int x, double tx, double age, double weight, double[] g) {
    double s = r + (double) k * x;
    double lnAt = Math.log(alpha + age);
    // S2 and the phase-weighted means of D_j and j, with a running scale
    double lnS2 = 0;
    double meanD = 0;
    double meanJ = 0;
    if (tx != age) {
      double lnU = Math.log((age - tx) / (alpha + age));
      double lnTerm = 0;
      double scale = 0;
      double sum = 1;
      double sumD = 0;
      double sumJ = 0;
      double d = 0;
      for (int j = 1; j < k; j++) {
        d += 1 / (s + j - 1);
        lnTerm += Math.log((s + j - 1) / j) + lnU;
        if (lnTerm > scale) {
          double f = Math.exp(scale - lnTerm);
          sum = sum * f + 1;
          sumD = sumD * f + d;
          sumJ = sumJ * f + j;
          scale = lnTerm;
        } else {
          double e = Math.exp(lnTerm - scale);
          sum += e;
          sumD += e * d;
          sumJ += e * j;
        }
      }
      lnS2 = scale + Math.log(sum);
      meanD = sumD / sum;
      meanJ = sumJ / sum;
    }
    double value;
    double w1 = 0;
    double lnS1 = 0;
    if (x + m == 0) {
      value = lnS2 - s * lnAt;
    } else {
      lnS1 = logDropped(x, s, tx, lnAt);
      double total = ModelLikelihood.logAddExp(lnS1, lnS2);
      w1 = Math.exp(lnS1 - total);
      value = total - s * lnAt;
    }
    double w2 = 1 - w1;
    double lnRatio = lnAt - Math.log(alpha + tx);
    g[0] += weight * (-lnAt + w1 * lnRatio + w2 * meanD);
    g[1] += weight * (-s / (alpha + age) + w1 * s * (1 / (alpha + age) - 1 / (alpha + tx))
        - w2 * meanJ / (alpha + age));
    g[2] += weight * w1 / a;
    g[3] -= x + m == 0 ? 0 : weight * w1 / (b + x + m - 1);
    return value;
  }

  /** ln S1: the customer dropped out right after the last purchase. */
  private double logDropped(int x, double s, double tx, double lnAt) {
    return Math.log(a) - Math.log(b + x + m - 1) + s * (lnAt - Math.log(alpha + tx));
  }

  /** ln S2 = ln sum_{j<k} (s)_j u^j / j!, summed with a running scale (the terms are unimodal in j). */
  private double logSurvival(double s, double tx, double age) {
    if (tx == age) {
      return 0;
    }
    double lnU = Math.log((age - tx) / (alpha + age));
    double lnTerm = 0;
    double scale = 0;
    double sum = 1;
    for (int j = 1; j < k; j++) {
      lnTerm += Math.log((s + j - 1) / j) + lnU;
      if (lnTerm > scale) {
        sum = sum * Math.exp(scale - lnTerm) + 1;
        scale = lnTerm;
      } else {
        sum += Math.exp(lnTerm - scale);
      }
    }
    return scale + Math.log(sum);
  }

  final double generalProbabilityAlive(int x, double tx, double age) {
    if (x + m == 0) {
      return 1;
    }
    double s = r + (double) k * x;
    double logOdds = logDropped(x, s, tx, Math.log(alpha + age)) - logSurvival(s, tx, age);
    return 1 / (1 + Math.exp(logOdds));
  }

  final double generalExpected(double t, int x, double tx, double age) {
    if (t == 0) {
      return 0;
    }
    double s = r + (double) k * x;
    double odds = t / (alpha + age);
    double steps = (s + k) * odds + TAIL_STEPS * (1 + odds) + 100;
    if (!(k * steps <= MAX_TERMS)) {
      throw new IllegalArgumentException("t must keep the terms to sum, k ((r + k x + k) t / (alpha + age) + "
          + TAIL_STEPS + " (1 + t / (alpha + age)) + 100), <= MAX_TERMS " + MAX_TERMS + " (k " + k + ", x " + x
          + ", age " + age + "): " + t);
    }
    double alive = generalProbabilityAlive(x, tx, age);
    if (alive == 0) {
      return 0;
    }
    double survivors = b + x + m;
    double lnU = tx == age ? Double.NEGATIVE_INFINITY : Math.log((age - tx) / (alpha + age));
    double lnS2 = logSurvival(s, tx, age);
    double expected = 0;
    double lnTerm = 0;
    for (int j = 0; j < k; j++) {
      if (j > 0) {
        lnTerm += Math.log((s + j - 1) / j) + lnU;
      }
      // the posterior weight of phase j, term_j / S2
      double weight = Math.exp(lnTerm - lnS2);
      if (weight > 0) {
        expected += weight * phaseExpected(s + j, j, odds, survivors, (long) steps);
      }
    }
    return alive * expected;
  }

  /**
   * E[C(floor((N + j) / k))] for N negative binomial with shape {@code shape} and odds t / (alpha + T): the
   * expected future purchases of an active customer in phase j, summed over N until the terms vanish. The
   * probabilities P(N = i) run by their ratio (shape + i) / (i + 1) z, with a separate scale so that neither the
   * first ones (far below the double range when the mean is large) nor the later ones leave the range.
   */
  private double phaseExpected(double shape, int j, double odds, double survivors, long steps) {
    double mean = shape * odds;
    double z = odds / (1 + odds);
    double p = 1;
    double lnScale = -shape * Math.log1p(odds);
    double scale = Math.exp(lnScale);
    double cumulative = 0;
    double c = 1;
    int n = 0;
    int phase = j;
    double sum = 0;
    for (long i = 0; i < steps; i++) {
      if (phase == k) {
        // the (n + 1)-th future purchase comes with the Poisson event N + j = (n + 1) k
        n++;
        cumulative += c;
        c *= (survivors + n - 1) / (a + survivors + n - 1);
        phase = 0;
      }
      double term = p * scale * cumulative;
      sum += term;
      if (n > 0 && i > mean && term <= EPSILON * sum) {
        break;
      }
      p *= (shape + i) / (i + 1) * z;
      if (p > RESCALE) {
        lnScale += Math.log(p);
        scale = Math.exp(lnScale);
        p = 1;
      }
      phase++;
    }
    return sum;
  }

  @Override
  public String toString() {
    return kind() + "[k=" + k + ", r=" + r + ", alpha=" + alpha + ", a=" + a + ", b=" + b + "]";
  }
}
