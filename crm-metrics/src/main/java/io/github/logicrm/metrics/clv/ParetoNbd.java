package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD purchase model (Schmittlein, Morrison and Colombo 1987): while active a customer buys at
 * Poisson rate lambda (gamma across customers, shape r and rate alpha) and stays active for an exponential
 * lifetime of rate mu (gamma across customers, shape s and rate beta).
 *
 * <p>The likelihood follows Fader and Hardie's note 009, with the Gauss hypergeometric function in its two
 * cases alpha &gt;= beta and alpha &lt; beta (at alpha = beta its argument is 0 and it equals 1); everything is
 * computed in log space, so customers with hundreds of purchases stay finite. P(X(t) = n) is the probability
 * of being alive at t with n purchases plus the integral over the time of death (the quantity Fader, Hardie and
 * Lee (2006) sum as a series).
 *
 * <p>Immutable and thread-safe. E[Y(t)] and E[X(t)] use the limit form at {@code s = 1}.
 */
public final class ParetoNbd extends AbstractPurchaseModel {

  /** Tanh-sinh nodes on [0, 1]: g_k = 1 / (1 + e^(-pi sinh(kh))), 1 - g_k, and weights dg/dk h. */
  private static final int NODES = 241;
  private static final double[] NODE_LEFT = new double[NODES];
  private static final double[] NODE_RIGHT = new double[NODES];
  private static final double[] NODE_WEIGHT = new double[NODES];

  static {
    double h = 1.0 / 32;
    for (int k = 0; k < NODES; k++) {
      double t = (k - NODES / 2) * h;
      double e = Math.PI * Math.sinh(t);
      double left = 1 / (1 + Math.exp(-e));
      double right = 1 / (1 + Math.exp(e));
      NODE_LEFT[k] = left;
      NODE_RIGHT[k] = right;
      NODE_WEIGHT[k] = h * Math.PI * Math.cosh(t) * left * right;
    }
  }

  private final double r;
  private final double alpha;
  private final double s;
  private final double beta;
  private final double lgR;
  private final double lnAlpha;
  private final double lnBeta;

  private ParetoNbd(double r, double alpha, double s, double beta) {
    this.r = Checks.positive("r", r);
    this.alpha = Checks.positive("alpha", alpha);
    this.s = Checks.positive("s", s);
    this.beta = Checks.positive("beta", beta);
    this.lgR = LogGamma.value(r);
    this.lnAlpha = Math.log(alpha);
    this.lnBeta = Math.log(beta);
  }

  /**
   * Makes the model from its parameters.
   *
   * @param r gamma shape of the purchase rate, finite and {@code > 0}
   * @param alpha gamma rate of the purchase rate, finite and {@code > 0}
   * @param s gamma shape of the dropout rate, finite and {@code > 0}
   * @param beta gamma rate of the dropout rate, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if a parameter is not positive and finite
   */
  public static ParetoNbd of(double r, double alpha, double s, double beta) {
    return new ParetoNbd(r, alpha, s, beta);
  }

  @Override
  public PurchaseModelKind kind() {
    return PurchaseModelKind.PARETO_NBD;
  }

  @Override
  public double[] parameters() {
    return new double[] {r, alpha, s, beta};
  }

  @Override
  double logLikelihoodUnchecked(int x, double tx, double age) {
    return logLikelihood(r, alpha, s, beta, x, tx, age, lgR);
  }

  /** Log-likelihood of one customer; {@code lgR} is ln Gamma(r). */
  static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx, double age,
      double lgR) {
    double constant = LogGamma.value(r + x) - lgR + r * Math.log(alpha) + s * Math.log(beta);
    return constant + ModelLikelihood.logAddExp(logFirst(r, alpha, s, beta, x, age),
        logSecond(r, alpha, s, beta, x, tx, age));
  }

  /** ln of the term for a customer still alive at T, without the constant. */
  private static double logFirst(double r, double alpha, double s, double beta, int x, double age) {
    return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
  }

  /** ln of the term for a customer who died between t_x and T, without the constant. */
  private static double logSecond(double r, double alpha, double s, double beta, int x, double tx, double age) {
    if (tx == age) {
      return Double.NEGATIVE_INFINITY;
    }
    if (needsIntegral(alpha, beta, tx)) {
      return logDeathIntegral(r, alpha, s, beta, x, tx, age, null);
    }
    double upper = logTerm(r, alpha, s, beta, x, tx);
    double lower = logTerm(r, alpha, s, beta, x, age);
    return Math.log(s / (r + s + x)) + ModelLikelihood.logSubExp(upper, lower);
  }

  /**
   * Tells whether the 2F1 argument |alpha - beta| / (max(alpha, beta) + t_x) exceeds 0.99, where its series
   * would need thousands of terms (a million as it nears 1) and the integral is cheaper.
   */
  static boolean needsIntegral(double alpha, double beta, double tx) {
    return Math.abs(alpha - beta) > 0.99 * (Math.max(alpha, beta) + tx);
  }

  /**
   * Returns ln[s int_{t_x}^{T} (alpha + u)^-(r+x) (beta + u)^-(s+1) du], the term of a customer who died between
   * t_x and T without the constant (the 2F1 expressions of note 009 are this integral in closed form), by
   * tanh-sinh quadrature on [t_x, T]: a fixed cost of {@value #NODES} evaluations whatever the parameters.
   *
   * @param gradient where to write its derivatives by r, alpha, s and beta, or null
   */
  static double logDeathIntegral(double r, double alpha, double s, double beta, int x, double tx, double age,
      double[] gradient) {
    double rx = r + x;
    double s1 = s + 1;
    double length = age - tx;
    double top = -rx * Math.log(alpha + tx) - s1 * Math.log(beta + tx);
    double sum = 0;
    double byR = 0;
    double byAlpha = 0;
    double byS = 0;
    double byBeta = 0;
    for (int k = 0; k < NODES; k++) {
      // u = t_x + length g with g and 1 - g stored apart, so nodes near either end keep their digits
      double fromStart = length * NODE_LEFT[k];
      double u = NODE_LEFT[k] < 0.5 ? tx + fromStart : age - length * NODE_RIGHT[k];
      double lnA = Math.log(alpha + u);
      double lnB = Math.log(beta + u);
      double f = NODE_WEIGHT[k] * Math.exp(-rx * lnA - s1 * lnB - top);
      sum += f;
      if (gradient != null) {
        byR += f * lnA;
        byAlpha += f / (alpha + u);
        byS += f * lnB;
        byBeta += f / (beta + u);
      }
    }
    if (gradient != null) {
      gradient[0] = -byR / sum;
      gradient[1] = -rx * byAlpha / sum;
      gradient[2] = 1 / s - byS / sum;
      gradient[3] = -s1 * byBeta / sum;
    }
    return Math.log(s * length) + top + Math.log(sum);
  }

  /** ln[2F1(..; z(u)) / (max(alpha, beta) + u)^(r+s+x)], the two cases of note 009. */
  static double logTerm(double r, double alpha, double s, double beta, int x, double u) {
    double rsx = r + s + x;
    if (alpha >= beta) {
      return Hypergeometric.log2F1(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + u)) - rsx * Math.log(alpha + u);
    }
    return Hypergeometric.log2F1(rsx, r + x, rsx + 1, (beta - alpha) / (beta + u)) - rsx * Math.log(beta + u);
  }

  @Override
  double probabilityAliveUnchecked(int x, double tx, double age) {
    double first = logFirst(r, alpha, s, beta, x, age);
    double second = logSecond(r, alpha, s, beta, x, tx, age);
    return Math.exp(first - ModelLikelihood.logAddExp(first, second));
  }

  @Override
  double expectedIfAlive(double t, int x, double age) {
    return (r + x) * (beta + age) / (alpha + age) * survivalIntegral(Math.log1p(t / (beta + age)));
  }

  /** [1 - e^(-(s-1) L)] / (s - 1), and its limit L at s = 1. */
  private double survivalIntegral(double logRatio) {
    double m = s - 1;
    return m == 0 ? logRatio : -Math.expm1(-m * logRatio) / m;
  }

  @Override
  public double expectedPurchases(double t) {
    Rows.checkHorizon(t);
    return r * beta / alpha * survivalIntegral(Math.log1p(t / beta));
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    checkCount(n);
    Rows.checkHorizon(t);
    double logNbd = LogGamma.value(r + n) - lgR - LogGamma.value(n + 1.0) + r * Math.log(alpha / (alpha + t))
        + (n == 0 ? 0 : n * Math.log(t / (alpha + t))) + s * Math.log(beta / (beta + t));
    if (t == 0) {
      return Math.exp(logNbd);
    }
    // alive at t with n purchases, plus died at some u < t after n purchases (gamma-mixed Poisson to u)
    return Math.exp(logNbd) + Math.exp(LogGamma.value(r + n) - lgR - LogGamma.value(n + 1.0) + r * lnAlpha
        + Math.log(s) + s * lnBeta + logDiedWith(n, t));
  }

  /**
   * Returns ln int_0^t u^n (alpha + u)^-(r+n) (beta + u)^-(s+1) du: the probability of dying before t after
   * exactly n purchases, without its constant. The integrand rises to one peak and falls; the interval is split
   * there and each side, monotone with its largest value at the peak, takes the tanh-sinh rule of
   * {@link #logDeathIntegral}: a fixed cost whatever n and t, where the series of Fader, Hardie and Lee (2006)
   * takes n terms of 2F1 each, slow near argument 1.
   */
  private double logDiedWith(int n, double t) {
    double rn = r + n;
    double s1 = s + 1;
    // the peak: where n / u = (r + n) / (alpha + u) + (s + 1) / (beta + u), found by bisection on (0, t]
    double peak = t;
    if (n > 0 && n / t < rn / (alpha + t) + s1 / (beta + t)) {
      double low = 0;
      double high = t;
      for (int i = 0; i < 100 && high - low > 1e-15 * high; i++) {
        double mid = 0.5 * (low + high);
        if (n / mid > rn / (alpha + mid) + s1 / (beta + mid)) {
          low = mid;
        } else {
          high = mid;
        }
      }
      peak = 0.5 * (low + high);
    } else if (n == 0) {
      peak = 0;
    }
    double top = (n == 0 ? 0 : n * Math.log(peak)) - rn * Math.log(alpha + peak) - s1 * Math.log(beta + peak);
    double sum = 0;
    for (int side = 0; side < 2; side++) {
      double start = side == 0 ? 0 : peak;
      double length = side == 0 ? peak : t - peak;
      if (!(length > 0)) {
        continue;
      }
      double part = 0;
      for (int k = 0; k < NODES; k++) {
        double u = NODE_LEFT[k] < 0.5 ? start + length * NODE_LEFT[k] : start + length - length * NODE_RIGHT[k];
        double log = (n == 0 ? 0 : n * Math.log(u)) - rn * Math.log(alpha + u) - s1 * Math.log(beta + u);
        part += NODE_WEIGHT[k] * Math.exp(log - top);
      }
      sum += length * part;
    }
    return Math.log(sum) + top;
  }

  @Override
  public String toString() {
    return "PARETO_NBD[r=" + r + ", alpha=" + alpha + ", s=" + s + ", beta=" + beta + "]";
  }
}
