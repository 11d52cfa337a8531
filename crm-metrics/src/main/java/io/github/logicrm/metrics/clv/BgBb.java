package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.Trigamma;

/**
 * The BG/BB model for discrete transaction opportunities (Fader, Hardie and Shang 2010): in each opportunity
 * an active customer transacts with probability p (beta across customers, alpha and beta) and, before the
 * next, drops out with probability theta (beta across customers, gamma and delta).
 *
 * <p>A customer's history over n opportunities after the first transaction is x transactions, the last at
 * opportunity t_x (0 when x = 0). Immutable and thread-safe.
 */
public final class BgBb {

  /** The most opportunities a history may have. */
  public static final int MAX_OPPORTUNITIES = 10_000_000;

  private final double alpha;
  private final double beta;
  private final double gamma;
  private final double delta;
  private final double lnBetaAb;
  private final double lnBetaGd;

  private BgBb(double alpha, double beta, double gamma, double delta) {
    this.alpha = Checks.positive("alpha", alpha);
    this.beta = Checks.positive("beta", beta);
    this.gamma = Checks.positive("gamma", gamma);
    this.delta = Checks.positive("delta", delta);
    this.lnBetaAb = LogBeta.value(alpha, beta);
    this.lnBetaGd = LogBeta.value(gamma, delta);
  }

  /**
   * Makes the model from its parameters.
   *
   * @param alpha beta parameter of the transaction probability, finite and {@code > 0}
   * @param beta beta parameter of the transaction probability, finite and {@code > 0}
   * @param gamma beta parameter of the dropout probability, finite and {@code > 0}
   * @param delta beta parameter of the dropout probability, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if a parameter is not positive and finite
   */
  public static BgBb of(double alpha, double beta, double gamma, double delta) {
    return new BgBb(alpha, beta, gamma, delta);
  }

  /**
   * Makes the model a fit describes.
   *
   * @param fit a BG/BB fit
   * @return the model
   * @throws IllegalArgumentException if the fit is of another model or its status is
   *     {@link io.github.logicrm.core.clv.PurchaseFitStatus#NOT_IDENTIFIED}
   */
  public static BgBb from(PurchaseModelFit fit) {
    if (fit.model() != PurchaseModelKind.BG_BB) {
      throw new IllegalArgumentException("fit must be of BG_BB: " + fit.model());
    }
    double[] p = Rows.checkIdentified(fit).parameterArray();
    return of(p[0], p[1], p[2], p[3]);
  }

  /**
   * Returns the parameters.
   *
   * @return a new array: alpha, beta, gamma, delta
   */
  public double[] parameters() {
    return new double[] {alpha, beta, gamma, delta};
  }

  /**
   * Returns the log-likelihood of one history.
   *
   * @param x transactions, {@code 0 <= x <= tx}
   * @param tx opportunity of the last transaction, {@code <= n}; 0 when x = 0
   * @param n opportunities, in [0, {@link #MAX_OPPORTUNITIES}]
   * @return the log-likelihood
   * @throws IllegalArgumentException if the history is impossible
   */
  public double logLikelihood(int x, int tx, int n) {
    check(x, tx, n);
    return logLikelihood(alpha, beta, gamma, delta, x, tx, n, lnBetaAb, lnBetaGd);
  }

  static double logLikelihood(double alpha, double beta, double gamma, double delta, int x, int tx, int n,
      double lnBetaAb, double lnBetaGd) {
    double alive = LogBeta.value(alpha + x, beta + n - x) - lnBetaAb + LogBeta.value(gamma, delta + n) - lnBetaGd;
    if (n == tx) {
      return alive;
    }
    // died after opportunity tx + i, i = 0 .. n - tx - 1: each term is the previous times a ratio, all falling
    double first = LogBeta.value(alpha + x, beta + tx - x) - lnBetaAb + LogBeta.value(gamma + 1, delta + tx)
        - lnBetaGd;
    int count = n - tx;
    double sum = 0;
    double term = 1;
    for (int i = 0; i < count; i++) {
      sum += term;
      double u = tx + i;
      term *= (beta + u - x) / (alpha + beta + u) * ((delta + u) / (gamma + 1 + delta + u));
      if (term * (count - i - 1) <= 1e-17 * sum) {
        break;
      }
    }
    return ModelLikelihood.logAddExp(alive, first + Math.log(sum));
  }

  /**
   * Returns the probability that a customer with this history is active in opportunity n + 1.
   *
   * @param x transactions
   * @param tx opportunity of the last transaction
   * @param n opportunities, in [0, {@link #MAX_OPPORTUNITIES}]
   * @return P(alive), in [0, 1]
   * @throws IllegalArgumentException if the history is impossible
   */
  public double probabilityAlive(int x, int tx, int n) {
    check(x, tx, n);
    double alive = LogBeta.value(alpha + x, beta + n - x) - lnBetaAb
        + LogBeta.value(gamma, delta + n + 1) - lnBetaGd;
    return Math.exp(alive - logLikelihood(alpha, beta, gamma, delta, x, tx, n, lnBetaAb, lnBetaGd));
  }

  /**
   * Returns the expected number of transactions in the next {@code future} opportunities of a customer with
   * this history (Fader, Hardie and Shang 2010, eq. 13), with its limit at {@code gamma = 1}.
   *
   * @param future opportunities ahead, {@code >= 0}
   * @param x transactions
   * @param tx opportunity of the last transaction
   * @param n opportunities, in [0, {@link #MAX_OPPORTUNITIES}]
   * @return the expected transactions
   * @throws IllegalArgumentException if the history is impossible or {@code future < 0}
   */
  public double conditionalExpectedPurchases(int future, int x, int tx, int n) {
    check(x, tx, n);
    Checks.nonNegative("future", future);
    double logL = logLikelihood(alpha, beta, gamma, delta, x, tx, n, lnBetaAb, lnBetaGd);
    double lead = Math.exp(LogBeta.value(alpha + x + 1, beta + n - x) - lnBetaAb - logL
        + LogGamma.value(gamma + delta) - LogGamma.value(1 + delta));
    // [G(1+d+n)/G(gamma+d+n) - G(1+d+n+f)/G(gamma+d+n+f)] / (gamma - 1), finite at gamma = 1
    double bracket = Math.exp(LogGamma.value(1 + delta + n) - LogGamma.value(gamma + delta + n))
        * dropoutRatio(gamma, delta + n, future);
    return lead * delta * bracket;
  }

  /**
   * Scores a book in columns: P(alive) and the expected transactions in the next {@code future} opportunities
   * per customer. Allocates nothing.
   *
   * @param future opportunities ahead, {@code >= 0}
   * @param x transactions per customer
   * @param tx opportunity of the last transaction, same length
   * @param n opportunities, same length
   * @param probabilityAlive output, same length
   * @param expectedPurchases output, same length
   * @throws IllegalArgumentException if lengths differ or a history is impossible (the message names the row)
   */
  public void score(int future, int[] x, int[] tx, int[] n, double[] probabilityAlive,
      double[] expectedPurchases) {
    Checks.nonNegative("future", future);
    Rows.checkLength("tx", tx.length, x.length);
    Rows.checkLength("n", n.length, x.length);
    Rows.checkLength("probabilityAlive", probabilityAlive.length, x.length);
    Rows.checkLength("expectedPurchases", expectedPurchases.length, x.length);
    for (int i = 0; i < x.length; i++) {
      check(x[i], tx[i], n[i], i);
    }
    for (int i = 0; i < x.length; i++) {
      probabilityAlive[i] = probabilityAlive(x[i], tx[i], n[i]);
      expectedPurchases[i] = conditionalExpectedPurchases(future, x[i], tx[i], n[i]);
    }
  }

  /**
   * Returns the expected number of transactions in the first n opportunities of a customer picked at random,
   * with its limit at {@code gamma = 1}.
   *
   * @param n opportunities, {@code >= 0}
   * @return the expected transactions
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public double expectedPurchases(int n) {
    Checks.nonNegative("n", n);
    return alpha / (alpha + beta) * delta * dropoutRatio(gamma, delta, n);
  }

  /**
   * Returns the probability of exactly x transactions in the first n opportunities, P(X(n) = x).
   *
   * @param x transactions, {@code 0 <= x <= n}
   * @param n opportunities, in [0, {@link #MAX_OPPORTUNITIES}]
   * @return the probability
   * @throws IllegalArgumentException if {@code x < 0}, {@code x > n} or n is outside its range
   */
  public double probabilityOfPurchases(int x, int n) {
    checkOpportunities(n);
    if (x < 0 || x > n) {
      throw new IllegalArgumentException("x must be in [0, n " + n + "]: " + x);
    }
    double p = Math.exp(logChoose(n, x) + LogBeta.value(alpha + x, beta + n - x) - lnBetaAb
        + LogBeta.value(gamma, delta + n) - lnBetaGd);
    // died after opportunity i, i = x .. n - 1: C(i, x) B(alpha + x, beta + i - x) B(gamma + 1, delta + i), each
    // the previous times a ratio, summed in log space as they first rise with C(i, x)
    double logTerm = LogBeta.value(alpha + x, beta) - lnBetaAb + LogBeta.value(gamma + 1, delta + x) - lnBetaGd;
    double died = 0;
    for (int i = x; i < n; i++) {
      died += Math.exp(logTerm);
      logTerm += Math.log((i + 1.0) / (i + 1 - x) * (beta + i - x) / (alpha + beta + i) * (delta + i)
          / (gamma + 1 + delta + i));
    }
    return p + died;
  }

  /** The likelihood sums a term per opportunity; beyond ten million the answer would take seconds. */
  private static void checkOpportunities(int n) {
    if (n < 0 || n > MAX_OPPORTUNITIES) {
      throw new IllegalArgumentException("n must be in [0, " + MAX_OPPORTUNITIES + "]: " + n);
    }
  }

  /**
   * Returns {@code [1 - G(g+d) G(1+d+m) / (G(g+d+m) G(1+d))] / (g - 1)}, G the gamma function, including its
   * limit {@code psi(1+d+m) - psi(1+d)} at g = 1: within 1e-5 of it, from the second-order expansion of the
   * logarithm in g - 1 (digamma and trigamma), where the difference of log-gammas would cancel.
   */
  static double dropoutRatio(double g, double d, int m) {
    if (m == 0) {
      return 0;
    }
    double e = g - 1;
    double log;
    if (Math.abs(e) < 1e-5) {
      log = e * (Digamma.value(1 + d) - Digamma.value(1 + d + m))
          + e * e / 2 * (Trigamma.value(1 + d) - Trigamma.value(1 + d + m));
      if (e == 0) {
        return Digamma.value(1 + d + m) - Digamma.value(1 + d);
      }
    } else {
      log = LogGamma.value(g + d) - LogGamma.value(g + d + m) + LogGamma.value(1 + d + m) - LogGamma.value(1 + d);
    }
    return -Math.expm1(log) / e;
  }

  private static double logChoose(int n, int k) {
    return LogGamma.value(n + 1.0) - LogGamma.value(k + 1.0) - LogGamma.value(n - k + 1.0);
  }

  static void check(int x, int tx, int n) {
    check(x, tx, n, -1);
  }

  /** Checks one history; {@code row} is its index in the array form (named as {@code x[row]}), or -1. */
  private static void check(int x, int tx, int n, int row) {
    if (n < 0 || n > MAX_OPPORTUNITIES) {
      throw new IllegalArgumentException(name("n", row) + " must be in [0, " + MAX_OPPORTUNITIES + "]: " + n);
    }
    if (x < 0 || x > tx) {
      throw new IllegalArgumentException(name("x", row) + " must be in [0, tx " + tx + "]: " + x);
    }
    if (tx < 0 || tx > n) {
      throw new IllegalArgumentException(name("tx", row) + " must be in [0, n " + n + "]: " + tx);
    }
    if (x == 0 && tx != 0) {
      throw new IllegalArgumentException(name("tx", row) + " must be 0 when x is 0: " + tx);
    }
  }

  private static String name(String name, int row) {
    return row < 0 ? name : Checks.at(name, row);
  }

  @Override
  public String toString() {
    return "BG_BB[alpha=" + alpha + ", beta=" + beta + ", gamma=" + gamma + ", delta=" + delta + "]";
  }
}
