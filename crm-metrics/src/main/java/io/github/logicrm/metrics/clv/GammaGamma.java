package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma spend model (Fader, Hardie and Lee 2005b): a customer's transaction values are gamma with
 * shape p and a rate nu that is itself gamma across customers (shape q, rate gamma), independent of the
 * purchase process. Predicts a customer's expected spend per transaction from the number x and mean m of the
 * repeat purchases.
 *
 * <p>Immutable and thread-safe. The model needs {@code q > 1}: with {@code q <= 1} the population mean spend
 * p gamma / (q - 1) does not exist (the rate's gamma distribution puts so much mass near 0 that the mean value of a
 * transaction is infinite), so no expected spend can be given, and the factories refuse such parameters.
 */
public final class GammaGamma {

  private final double p;
  private final double q;
  private final double gamma;
  private final double mean;

  private GammaGamma(double p, double q, double gamma) {
    this.p = Checks.positive("p", p);
    this.q = Checks.finite("q", q);
    if (!(q > 1)) {
      throw new IllegalArgumentException("q must be > 1 for the mean spend p gamma / (q - 1) to exist: " + q);
    }
    this.gamma = Checks.positive("gamma", gamma);
    this.mean = p * (gamma / (q - 1));
    if (!(mean < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("gamma must keep the mean spend p gamma / (q - 1) finite: " + gamma
          + " (p " + p + ", q " + q + ")");
    }
  }

  /**
   * Makes the model from its parameters.
   *
   * @param p gamma shape of the transaction values, finite and {@code > 0}
   * @param q gamma shape of the rate across customers, finite and {@code > 1}
   * @param gamma gamma rate of the rate across customers, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if p or gamma is not positive and finite, q is not finite and
   *     {@code > 1} (the mean spend does not exist), or the mean spend p gamma / (q - 1) exceeds the double range
   */
  public static GammaGamma of(double p, double q, double gamma) {
    return new GammaGamma(p, q, gamma);
  }

  /**
   * Makes the model a fit describes.
   *
   * @param fit a Gamma-Gamma fit
   * @return the model
   * @throws IllegalArgumentException if the fit is of another model, its status is
   *     {@link io.github.logicrm.core.clv.PurchaseFitStatus#NOT_IDENTIFIED}, or its parameters are refused by
   *     {@link #of(double, double, double)} (for example {@code q <= 1})
   */
  public static GammaGamma from(PurchaseModelFit fit) {
    if (fit.model() != PurchaseModelKind.GAMMA_GAMMA) {
      throw new IllegalArgumentException("fit must be of GAMMA_GAMMA: " + fit.model());
    }
    double[] v = Rows.checkIdentified(fit).parameterArray();
    return of(v[0], v[1], v[2]);
  }

  /**
   * Returns the parameters.
   *
   * @return a new array: p, q, gamma
   */
  public double[] parameters() {
    return new double[] {p, q, gamma};
  }

  /**
   * Returns the log-likelihood of a customer's repeat purchases: x of them with mean m.
   *
   * @param x repeat purchases, {@code > 0}
   * @param meanSpend their mean value, finite and {@code > 0}
   * @return the log-likelihood
   * @throws IllegalArgumentException if x or the mean is not positive
   */
  public double logLikelihood(int x, double meanSpend) {
    Checks.positive("x", x);
    Checks.positive("meanSpend", meanSpend);
    return logLikelihood(p, q, gamma, x, meanSpend);
  }

  static double logLikelihood(double p, double q, double gamma, int x, double m) {
    double px = p * x;
    return LogGamma.value(px + q) - LogGamma.value(px) - LogGamma.value(q) + q * Math.log(gamma)
        + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(x * m + gamma);
  }

  /**
   * Returns the expected spend per transaction of a customer picked at random, p gamma / (q - 1).
   *
   * @return the expected spend, finite
   */
  public double expectedSpend() {
    return mean;
  }

  /**
   * Returns a customer's expected spend per transaction given x repeat purchases of mean m:
   * (1 - w) p gamma / (q - 1) + w m with w = p x / (p x + q - 1); the population mean when x = 0.
   *
   * @param x repeat purchases, {@code >= 0}
   * @param meanSpend their mean value, finite and {@code >= 0} (ignored when x = 0)
   * @return the expected spend, finite: a weighted mean of the population mean and {@code meanSpend}
   * @throws IllegalArgumentException if x is negative or the mean is negative or not finite
   */
  public double conditionalExpectedSpend(int x, double meanSpend) {
    Checks.nonNegative("x", x);
    Checks.nonNegative("meanSpend", meanSpend);
    return conditional(mean, x, meanSpend);
  }

  /** (1 - w) mean + w m, w = p x / (p x + q - 1), with both weights formed directly so nothing overflows. */
  private double conditional(double mean, int x, double m) {
    double px = p * x;
    double denominator = px + (q - 1);
    return (q - 1) / denominator * mean + px / denominator * m;
  }

  /**
   * Scores a book in columns; allocates nothing.
   *
   * @param x repeat purchases per customer
   * @param meanSpend mean repeat spend per customer, same length
   * @param out expected spend per transaction, same length
   * @throws IllegalArgumentException if lengths differ or a row is invalid (the message names the row)
   */
  public void conditionalExpectedSpend(int[] x, double[] meanSpend, double[] out) {
    Rows.checkLength("meanSpend", meanSpend.length, x.length);
    Rows.checkLength("out", out.length, x.length);
    for (int i = 0; i < x.length; i++) {
      Checks.nonNegative("x", i, x[i]);
      Checks.nonNegative("meanSpend", i, meanSpend[i]);
      out[i] = conditional(mean, x[i], meanSpend[i]);
    }
  }

  @Override
  public String toString() {
    return "GAMMA_GAMMA[p=" + p + ", q=" + q + ", gamma=" + gamma + "]";
  }
}
