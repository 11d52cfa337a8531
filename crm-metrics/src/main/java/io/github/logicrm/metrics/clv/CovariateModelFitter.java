package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.LinearAlgebra;
import io.github.logicrm.metrics.internal.Minimizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits BG/NBD and Pareto/NBD with static covariates by maximum likelihood, in the parameterization of CLVTools
 * (see {@link CovariateModelFit} for the formulas and signs): every customer has their own alpha, and their own
 * a and b (BG/NBD) or beta (Pareto/NBD), from their covariate rows.
 *
 * <p>The fit starts from the plain model's fit ({@link PurchaseModelFitter}) with every coefficient 0, then
 * minimizes the mean negative log-likelihood per customer by BFGS with the analytic gradient, over the log base
 * parameters and the coefficients; when BFGS meets a non-finite value it restarts from Nelder-Mead's optimum.
 * Standard errors of the base parameters (natural scale) and of the coefficients come from the inverse of the
 * numerical Hessian of the total negative log-likelihood. The status is
 * {@link PurchaseFitStatus#NOT_IDENTIFIED} when no customer has a repeat purchase, a base parameter runs off
 * below 1e-6 or above 1e6, a coefficient moves a parameter by a factor above 1e6 across the book's range of
 * its covariate, or the Hessian is singular (for example two collinear covariate columns).
 *
 * <p>Immutable and thread-safe; {@link #withDefaults()}: at most 500 iterations.
 */
public final class CovariateModelFitter {

  private static final double GRADIENT_TOLERANCE = 1e-10;
  private static final double LOG_BOUND = Math.log(1e6);
  private static final CovariateModelFitter DEFAULTS = new CovariateModelFitter(500);

  private final int maxIterations;

  private CovariateModelFitter(int maxIterations) {
    this.maxIterations = maxIterations;
  }

  /**
   * Returns the fitter with default settings: at most 500 iterations.
   *
   * @return the default fitter
   */
  public static CovariateModelFitter withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a fitter with another iteration limit.
   *
   * @param maxIterations the limit, {@code > 0}
   * @return a new fitter
   * @throws IllegalArgumentException if the limit is not positive
   */
  public CovariateModelFitter withMaxIterations(int maxIterations) {
    return new CovariateModelFitter(Checks.positive("maxIterations", maxIterations));
  }

  /**
   * Fits BG/NBD with static covariates: {@code alpha_i = alpha exp(-purchase' z_i)},
   * {@code a_i = a exp(dropout' d_i)}, {@code b_i = b exp(dropout' d_i)}.
   *
   * @param data frequency, recency and age, one row per customer (or per group of customers with the same
   *     history and covariates, with its weight)
   * @param purchase covariates of the purchase process, one row per data row, or {@link Covariates#none()}
   * @param dropout covariates of the dropout process, one row per data row, or {@link Covariates#none()}
   * @return the fit
   * @throws IllegalArgumentException if a covariate set with columns does not have one row per data row
   * @throws NullPointerException if an argument is null
   */
  public CovariateModelFit fitBgNbd(PurchaseData data, Covariates purchase, Covariates dropout) {
    return fit(PurchaseModelKind.BG_NBD, data, purchase, dropout);
  }

  /**
   * Fits Pareto/NBD with static covariates: {@code alpha_i = alpha exp(-purchase' z_i)},
   * {@code beta_i = beta exp(-dropout' d_i)}.
   *
   * @param data frequency, recency and age, one row per customer (or per group of customers with the same
   *     history and covariates, with its weight)
   * @param purchase covariates of the purchase process, one row per data row, or {@link Covariates#none()}
   * @param dropout covariates of the dropout process, one row per data row, or {@link Covariates#none()}
   * @return the fit
   * @throws IllegalArgumentException if a covariate set with columns does not have one row per data row
   * @throws NullPointerException if an argument is null
   */
  public CovariateModelFit fitParetoNbd(PurchaseData data, Covariates purchase, Covariates dropout) {
    return fit(PurchaseModelKind.PARETO_NBD, data, purchase, dropout);
  }

  private CovariateModelFit fit(PurchaseModelKind kind, PurchaseData data, Covariates purchase,
      Covariates dropout) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(purchase, "purchase").checkRowsMatch("purchase", data.size());
    Objects.requireNonNull(dropout, "dropout").checkRowsMatch("dropout", data.size());
    CovariateLikelihood likelihood = new CovariateLikelihood(kind, data, purchase, dropout);
    int n = likelihood.dimension();
    double customers = likelihood.customers();
    Minimizer.Objective objective = (u, gradient) -> objective(likelihood, u, gradient);
    double[] start = start(kind, data, n);
    Minimizer.Result result = Minimizer.bfgs(objective, start, maxIterations, GRADIENT_TOLERANCE);
    int iterations = result.iterations;
    if (!result.converged && !Double.isFinite(result.value)
        || !result.converged && result.iterations < maxIterations) {
      Minimizer.Result simplex = Minimizer.nelderMead(objective, start, maxIterations * 10, 1e-12);
      Minimizer.Result polished = Minimizer.bfgs(objective, simplex.point, maxIterations, GRADIENT_TOLERANCE);
      iterations += simplex.iterations + polished.iterations;
      result = polished;
    }
    double[] u = result.point;
    boolean runaway = false;
    for (int i = 0; i < 4; i++) {
      runaway |= Math.abs(u[i]) > LOG_BOUND;
    }
    runaway |= runaway(u, 4, purchase) || runaway(u, 4 + purchase.columns(), dropout);
    double[] theta = u.clone();
    for (int i = 0; i < 4; i++) {
      theta[i] = Math.exp(u[i]);
    }
    double logLikelihood = likelihood.logLikelihood(u, null);
    double[] errors = runaway ? null : standardErrors(likelihood, theta);
    PurchaseFitStatus status;
    if (runaway || likelihood.notIdentifiable() != null || errors == null) {
      status = PurchaseFitStatus.NOT_IDENTIFIED;
    } else {
      status = result.converged ? PurchaseFitStatus.CONVERGED : PurchaseFitStatus.MAX_ITERATIONS;
    }
    CovariateModelFit.Builder fit = CovariateModelFit.builder();
    List<String> names = kind.parameterNames();
    for (int i = 0; i < 4; i++) {
      fit.putParameters(names.get(i), theta[i]);
      if (errors != null) {
        fit.putStandardErrors(names.get(i), errors[i]);
      }
    }
    fit.purchaseCoefficients(named(purchase, theta, 4)).dropoutCoefficients(named(dropout, theta, 4 + purchase.columns()));
    if (errors != null) {
      fit.purchaseStandardErrors(named(purchase, errors, 4))
          .dropoutStandardErrors(named(dropout, errors, 4 + purchase.columns()));
    }
    return fit.model(kind)
        .logLikelihood(logLikelihood)
        .customers(customers)
        .iterations(iterations)
        .status(status)
        .build();
  }

  /** The plain model's estimates (log scale) where it converged, else 1; every coefficient 0. */
  private double[] start(PurchaseModelKind kind, PurchaseData data, int n) {
    PurchaseModelFitter plain = PurchaseModelFitter.withDefaults().withMaxIterations(maxIterations);
    PurchaseModelFit fit = kind == PurchaseModelKind.BG_NBD ? plain.fitBgNbd(data) : plain.fitParetoNbd(data);
    double[] start = new double[n];
    if (fit.isConverged()) {
      double[] p = fit.parameterArray();
      for (int i = 0; i < 4; i++) {
        start[i] = Math.log(p[i]);
      }
    }
    return start;
  }

  /** True when a coefficient times its column's range moves a parameter by more than a factor 1e6. */
  private static boolean runaway(double[] u, int offset, Covariates covariates) {
    for (int j = 0; j < covariates.columns(); j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < covariates.rows(); i++) {
        min = Math.min(min, covariates.row(i)[j]);
        max = Math.max(max, covariates.row(i)[j]);
      }
      if (!(Math.abs(u[offset + j]) * (max - min) <= LOG_BOUND)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Double> named(Covariates covariates, double[] values, int offset) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int j = 0; j < covariates.columns(); j++) {
      out.put(covariates.names().get(j), values[offset + j]);
    }
    return out;
  }

  private static double objective(CovariateLikelihood likelihood, double[] u, double[] gradient) {
    double customers = likelihood.customers();
    double ll = likelihood.logLikelihood(u, gradient);
    if (gradient != null) {
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] = -gradient[i] / customers;
      }
    }
    double value = -ll / customers;
    return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
  }

  /**
   * Standard errors from the Hessian of the total negative log-likelihood in the natural base parameters and
   * the coefficients; null if it is not invertible or a variance is not positive.
   */
  private static double[] standardErrors(CovariateLikelihood likelihood, double[] theta) {
    int n = theta.length;
    Minimizer.Objective natural = (point, gradient) -> {
      double[] u = point.clone();
      for (int i = 0; i < 4; i++) {
        u[i] = Math.log(point[i]);
      }
      double value = -likelihood.logLikelihood(u, gradient);
      if (gradient != null) {
        for (int i = 0; i < n; i++) {
          gradient[i] = -gradient[i] / (i < 4 ? point[i] : 1);
        }
      }
      return value;
    };
    double[][] covariance;
    try {
      covariance = LinearAlgebra.invert(Minimizer.hessian(natural, theta, 1e-5));
    } catch (IllegalArgumentException singular) {
      return null;
    }
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(covariance[i][i] > 0 && covariance[i][i] < Double.POSITIVE_INFINITY)) {
        return null;
      }
      errors[i] = Math.sqrt(covariance[i][i]);
    }
    return errors;
  }
}
