package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.RenewalCohort;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.BetaExpectation;
import io.github.logicrm.metrics.internal.Hypergeometric;
import io.github.logicrm.metrics.internal.LinearAlgebra;
import io.github.logicrm.metrics.internal.Minimizer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The shifted-beta-geometric (sBG) model of contract renewals (Fader and Hardie 2007, "How to project customer
 * retention", Journal of Interactive Marketing 21(1)): at the end of each period a customer under contract
 * churns with probability theta, constant for that customer, and theta follows a Beta(alpha, beta)
 * distribution across customers. Periods are counted from the signing of the contract, period 0 being the
 * first; the model fits renewal data of any period length (years for yearly contracts, months for monthly).
 *
 * <pre>
 * P(T = t)  = B(alpha + 1, beta + t - 1) / B(alpha, beta)         the lifetime is t periods, t = 1, 2, ...
 * S(t)      = B(alpha, beta + t) / B(alpha, beta)                 still a customer at the start of period t
 * r_t       = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)   the retention rate at renewal t
 * </pre>
 *
 * <p>The retention rate rises with t although no customer's churn probability changes: the customers most
 * likely to churn leave first. The discounted expected residual lifetime of Fader and Hardie (2010,
 * "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity", Marketing Science
 * 29(1)) is {@link #discountedResidualLifetime(double, int)}.
 *
 * <p>Immutable and thread-safe. Fit with {@link #fit(List)} and make the model with {@link #from(RenewalModelFit)},
 * or give the parameters to {@link #of(double, double)}.
 */
public final class ShiftedBetaGeometric {

  /** The longest projection {@link #survivalCurve(int)} and {@link #retentionRates(int)} make: a million periods. */
  public static final int MAX_PERIODS = 1_000_000;

  private static final double GRADIENT_TOLERANCE = 1e-10;
  private static final int MAX_ITERATIONS = 500;
  /** A log-parameter beyond this (parameter below 1e-6 or above 1e6) counts as run away. */
  private static final double LOG_BOUND = Math.log(1e6);
  /** Below this discount rate the 2F1 series of DERL needs more terms than the direct sum. */
  private static final double SERIES_RATE = 1e-3;

  private final double alpha;
  private final double beta;

  private ShiftedBetaGeometric(double alpha, double beta) {
    this.alpha = Checks.positive("alpha", alpha);
    this.beta = Checks.positive("beta", beta);
  }

  /**
   * Makes the model from its parameters.
   *
   * @param alpha first parameter of the beta distribution of the churn probability, finite and {@code > 0}
   * @param beta second parameter, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if a parameter is not positive and finite
   */
  public static ShiftedBetaGeometric of(double alpha, double beta) {
    return new ShiftedBetaGeometric(alpha, beta);
  }

  /**
   * Makes the model a fit describes.
   *
   * @param fit a fit, converged or stopped at its iteration limit, not null
   * @return the model
   * @throws IllegalArgumentException if the fit's status is {@link PurchaseFitStatus#NOT_IDENTIFIED} (its
   *     parameters are not fit for prediction; give trusted ones to {@link #of(double, double)} instead)
   */
  public static ShiftedBetaGeometric from(RenewalModelFit fit) {
    if (fit.status() == PurchaseFitStatus.NOT_IDENTIFIED) {
      throw new IllegalArgumentException("fit must be identified to make a model: " + fit.status());
    }
    return new ShiftedBetaGeometric(fit.alpha(), fit.beta());
  }

  /**
   * Returns the first parameter of the beta distribution of the churn probability.
   *
   * @return alpha, {@code > 0}
   */
  public double alpha() {
    return alpha;
  }

  /**
   * Returns the second parameter of the beta distribution of the churn probability.
   *
   * @return beta, {@code > 0}
   */
  public double beta() {
    return beta;
  }

  /**
   * Returns the probability that a new customer's lifetime is exactly {@code t} periods: it renews
   * {@code t - 1} times and then churns.
   *
   * @param t the lifetime in periods, {@code >= 1}
   * @return {@code P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta)}
   * @throws IllegalArgumentException if {@code t < 1}
   */
  public double churnProbability(int t) {
    Checks.positive("t", t);
    return Math.exp(LogBeta.value(alpha + 1, beta + t - 1) - LogBeta.value(alpha, beta));
  }

  /**
   * Returns the probability that a new customer is still under contract at the start of period {@code t}:
   * that it renewed {@code t} times.
   *
   * @param t the period, {@code >= 0}
   * @return {@code S(t) = B(alpha, beta + t) / B(alpha, beta)}, 1 at {@code t = 0}
   * @throws IllegalArgumentException if {@code t < 0}
   */
  public double survival(int t) {
    Checks.nonNegative("t", t);
    return t == 0 ? 1 : Math.exp(LogBeta.value(alpha, beta + t) - LogBeta.value(alpha, beta));
  }

  /**
   * Returns the retention rate at renewal {@code t}: the share of the customers under contract in period
   * {@code t - 1} who renew into period {@code t}.
   *
   * @param t the renewal, {@code >= 1}
   * @return {@code r_t = (beta + t - 1) / (alpha + beta + t - 1)}
   * @throws IllegalArgumentException if {@code t < 1}
   */
  public double retentionRate(int t) {
    Checks.positive("t", t);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * Projects survival over the first periods: {@code S(0) .. S(periods)}.
   *
   * @param periods the last period projected, in [0, {@link #MAX_PERIODS}]
   * @return a new array of {@code periods + 1} survival probabilities, the first 1
   * @throws IllegalArgumentException if {@code periods} is out of range
   */
  public double[] survivalCurve(int periods) {
    checkPeriods(Checks.nonNegative("periods", periods));
    double[] curve = new double[periods + 1];
    curve[0] = 1;
    for (int t = 1; t <= periods; t++) {
      curve[t] = curve[t - 1] * retentionRate(t);
    }
    return curve;
  }

  /**
   * Projects the retention rates of renewals {@code 1 .. periods}.
   *
   * @param periods the last renewal projected, in [1, {@link #MAX_PERIODS}]
   * @return a new array whose entry {@code i} is {@code r_(i + 1)}
   * @throws IllegalArgumentException if {@code periods} is out of range
   */
  public double[] retentionRates(int periods) {
    checkPeriods(Checks.positive("periods", periods));
    double[] rates = new double[periods];
    for (int t = 1; t <= periods; t++) {
      rates[t - 1] = retentionRate(t);
    }
    return rates;
  }

  private static void checkPeriods(int periods) {
    if (periods > MAX_PERIODS) {
      throw new IllegalArgumentException("periods must be <= " + MAX_PERIODS + ": " + periods);
    }
  }

  /**
   * Returns the discounted expected residual lifetime (DERL) of a customer who has renewed {@code renewals}
   * times (Fader and Hardie 2010, equation 6): the expected number of further periods it pays for, each
   * discounted from its renewal, the coming renewal undiscounted. It is valued just before the coming renewal
   * decision, so the period already paid for is not counted:
   *
   * <pre>
   * DERL = sum_{t=n..inf} S(t) / S(n - 1) / (1 + d)^(t - n)
   *      = (beta + n - 1) / (alpha + beta + n - 1) 2F1(1, beta + n; alpha + beta + n; 1 / (1 + d)),  n = renewals + 1
   * </pre>
   *
   * <p><b>Labelling.</b> Fader and Hardie label this expression {@code DERL(d | alpha, beta, n - 1 renewals)}:
   * their {@code n} is the renewal about to be decided. This method takes the renewals already made, so a
   * customer in its first contract period has {@code renewals = 0} ({@code n = 1}), and one who has renewed
   * three times has {@code renewals = 3} ({@code n = 4}). A newly signed customer is worth
   * {@code m (1 + DERL(d, 0) / (1 + d))} with margin {@code m} paid at the start of each period; an existing one
   * about to renew {@code m DERL(d, renewals)}.
   *
   * <p>The 2F1 series is used for {@code d >= 1e-3}. Below, where the series needs ever more terms, DERL is
   * taken as the expectation it is over the churn probability of a customer who renewed {@code n - 1} times,
   * {@code theta ~ Beta(alpha, beta + n - 1)}: {@code E[(1 + d)(1 - theta) / (d + theta)]}, by the trapezoidal
   * rule in the logistic variable of theta ({@link BetaExpectation}: geometric convergence, a few hundred nodes
   * whatever {@code d}). At
   * {@code d = 0} DERL is the expected residual lifetime {@code (beta + n - 1) / (alpha - 1)}.
   *
   * @param discountRate the discount rate per period, finite and {@code >= 0}
   * @param renewals the renewals the customer has made, {@code >= 0}
   * @return the discounted expected residual lifetime in periods, {@code > 0}
   * @throws IllegalArgumentException if an argument is out of range, {@code d = 0} with {@code alpha <= 1}
   *     (the expected lifetime is infinite), or DERL exceeds the double range (a discount rate far below
   *     1e-300 with a small alpha)
   */
  public double discountedResidualLifetime(double discountRate, int renewals) {
    Checks.nonNegative("discountRate", discountRate);
    Checks.nonNegative("renewals", renewals);
    double n = renewals + 1.0;
    if (discountRate == 0) {
      if (!(alpha > 1)) {
        throw new IllegalArgumentException("alpha must be > 1 for a finite residual lifetime at discountRate 0: "
            + alpha);
      }
      return (beta + n - 1) / (alpha - 1);
    }
    double first = (beta + n - 1) / (alpha + beta + n - 1);
    double z = 1 / (1 + discountRate);
    if (discountRate >= SERIES_RATE) {
      double value = first * Math.exp(Hypergeometric.log2F1(1, beta + n, alpha + beta + n, z));
      if (value > 0 && value < Double.POSITIVE_INFINITY) {
        return value;
      }
    }
    double value = expectationOverChurn(beta + n - 1, discountRate);
    if (!(value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("discountRate must be large enough for DERL to stay within the double "
          + "range at alpha " + alpha + ": " + discountRate);
    }
    return value;
  }

  /** {@code E[(1 + d)(1 - theta) / (d + theta)]} for {@code theta ~ Beta(alpha, b)}. */
  private double expectationOverChurn(double b, double d) {
    double logD = Math.log(d);
    return (1 + d) * BetaExpectation.of(alpha, b, logD,
        (logTheta, logRest) -> logRest - ModelLikelihood.logAddExp(logD, logTheta));
  }

  /**
   * Returns the first {@code periods} terms of DERL: {@code sum S(t) / S(n - 1) / (1 + d)^(t - n)} over
   * {@code t = n .. n + periods - 1}, {@code n = renewals + 1}, the discounted expected periods paid for within a
   * finite horizon; terms that no longer change the sum in double precision are left out.
   */
  double discountedResidualLifetime(double discountRate, int renewals, int periods) {
    double n = renewals + 1.0;
    double v = 1 / (1 + discountRate);
    double term = 1;
    double sum = 0;
    for (int j = 0; j < periods; j++) {
      term *= (beta + n - 1 + j) / (alpha + beta + n - 1 + j) * (j == 0 ? 1 : v);
      sum += term;
      // the rest is below term (1 + d) / d, the geometric bound of the retention rates below 1
      if (discountRate > 0 && term * (1 + discountRate) < 0x1p-60 * discountRate * sum) {
        break;
      }
    }
    return sum;
  }

  /**
   * Fits the model to cohorts by maximum likelihood. A cohort observed for {@code T} periods contributes
   * {@code (n_(t-1) - n_t) ln P(T = t)} for each period {@code t <= T} and {@code n_T ln S(T)} for the customers
   * still under contract (right-censored); cohorts of different lengths and sizes are pooled. The parameters are
   * optimized on the log scale by BFGS with the analytic gradient; standard errors come from the inverse of the
   * Hessian of the negative log-likelihood in the natural parameters.
   *
   * <p>The status is {@link PurchaseFitStatus#NOT_IDENTIFIED} when a parameter runs off towards 0 or infinity
   * (for example when nobody ever churns) or the Hessian is not positive definite.
   *
   * @param cohorts the cohorts, not empty
   * @return the fit
   * @throws IllegalArgumentException if the list is empty
   */
  public static RenewalModelFit fit(List<RenewalCohort> cohorts) {
    Checks.notEmpty("cohorts", Objects.requireNonNull(cohorts, "cohorts"));
    int periods = 0;
    long customers = 0;
    for (RenewalCohort cohort : cohorts) {
      periods = Math.max(periods, cohort.periods());
      customers += cohort.size();
    }
    // churned[t]: lifetimes of exactly t periods; censored[t]: still under contract when observation ended at t
    double[] churned = new double[periods + 1];
    double[] censored = new double[periods + 1];
    for (RenewalCohort cohort : cohorts) {
      List<Integer> counts = cohort.survivors();
      for (int t = 1; t < counts.size(); t++) {
        churned[t] += counts.get(t - 1) - counts.get(t);
      }
      censored[cohort.periods()] += counts.get(cohort.periods());
    }
    double total = customers;
    Minimizer.Objective objective = (u, gradient) -> {
      double value = -logLikelihood(Math.exp(u[0]), Math.exp(u[1]), churned, censored, gradient) / total;
      if (gradient != null) {
        gradient[0] = -gradient[0] / total;
        gradient[1] = -gradient[1] / total;
      }
      return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    };
    double[] start = {0, 0};
    Minimizer.Result result = Minimizer.bfgs(objective, start, MAX_ITERATIONS, GRADIENT_TOLERANCE);
    int iterations = result.iterations;
    if (!result.converged && (!Double.isFinite(result.value) || result.iterations < MAX_ITERATIONS)) {
      Minimizer.Result simplex = Minimizer.nelderMead(objective, start, MAX_ITERATIONS * 10, 1e-12);
      Minimizer.Result polished = Minimizer.bfgs(objective, simplex.point, MAX_ITERATIONS, GRADIENT_TOLERANCE);
      iterations += simplex.iterations + polished.iterations;
      result = polished;
    }
    double alpha = Math.exp(result.point[0]);
    double beta = Math.exp(result.point[1]);
    boolean runaway = Math.abs(result.point[0]) > LOG_BOUND || Math.abs(result.point[1]) > LOG_BOUND;
    double[] errors = runaway ? null : standardErrors(alpha, beta, churned, censored);
    PurchaseFitStatus status;
    if (runaway || result.converged && errors == null) {
      status = PurchaseFitStatus.NOT_IDENTIFIED;
    } else {
      status = result.converged ? PurchaseFitStatus.CONVERGED : PurchaseFitStatus.MAX_ITERATIONS;
    }
    RenewalModelFit.Builder fit = RenewalModelFit.builder()
        .alpha(alpha)
        .beta(beta)
        .logLikelihood(Math.min(0, logLikelihood(alpha, beta, churned, censored, null)))
        .cohorts(cohorts.size())
        .customers(customers)
        .periods(periods)
        .iterations(iterations)
        .status(status);
    if (errors != null) {
      fit.alphaStandardError(errors[0]).betaStandardError(errors[1]);
    }
    return fit.build();
  }

  /**
   * The log-likelihood of the pooled counts and, when asked, its derivatives by ln alpha and ln beta. ln P(T = t)
   * and ln S(t) and their derivatives follow from their recursions in t.
   */
  private static double logLikelihood(double alpha, double beta, double[] churned, double[] censored,
      double[] gradientLog) {
    double logP = Math.log(alpha / (alpha + beta));
    double pAlpha = 1 / alpha - 1 / (alpha + beta);
    double pBeta = -1 / (alpha + beta);
    double logS = 0;
    double sAlpha = 0;
    double sBeta = 0;
    double sum = 0;
    double gAlpha = 0;
    double gBeta = 0;
    for (int t = 1; t < churned.length; t++) {
      if (t > 1) {
        double ab = alpha + beta + t - 1;
        logP += Math.log((beta + t - 2) / ab);
        pAlpha -= 1 / ab;
        pBeta += 1 / (beta + t - 2) - 1 / ab;
      }
      double ab = alpha + beta + t - 1;
      logS += Math.log((beta + t - 1) / ab);
      sAlpha -= 1 / ab;
      sBeta += 1 / (beta + t - 1) - 1 / ab;
      if (churned[t] > 0) {
        sum += churned[t] * logP;
        gAlpha += churned[t] * pAlpha;
        gBeta += churned[t] * pBeta;
      }
      if (censored[t] > 0) {
        sum += censored[t] * logS;
        gAlpha += censored[t] * sAlpha;
        gBeta += censored[t] * sBeta;
      }
    }
    if (gradientLog != null) {
      gradientLog[0] = gAlpha * alpha;
      gradientLog[1] = gBeta * beta;
    }
    return sum;
  }

  /** Standard errors from the Hessian of the negative log-likelihood in alpha and beta; null if not invertible. */
  private static double[] standardErrors(double alpha, double beta, double[] churned, double[] censored) {
    Minimizer.Objective natural = (theta, gradient) -> {
      double value = -logLikelihood(theta[0], theta[1], churned, censored, gradient);
      if (gradient != null) {
        gradient[0] = -gradient[0] / theta[0];
        gradient[1] = -gradient[1] / theta[1];
      }
      return value;
    };
    double[][] covariance;
    try {
      covariance = LinearAlgebra.invert(Minimizer.hessian(natural, new double[] {alpha, beta}, 1e-5));
    } catch (IllegalArgumentException singular) {
      return null;
    }
    double[] errors = new double[2];
    for (int i = 0; i < 2; i++) {
      if (!(covariance[i][i] > 0 && covariance[i][i] < Double.POSITIVE_INFINITY)) {
        return null;
      }
      errors[i] = Math.sqrt(covariance[i][i]);
    }
    return errors;
  }

  @Override
  public String toString() {
    return "ShiftedBetaGeometric[alpha=" + alpha + ", beta=" + beta + "]";
  }
}
