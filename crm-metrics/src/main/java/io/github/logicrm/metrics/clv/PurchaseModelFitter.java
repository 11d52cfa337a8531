package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.ParameterCovariance;
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
 * Fits the purchase and spend models by maximum likelihood.
 *
 * <p>Parameters are optimized on the log scale (so they stay positive) by BFGS, with analytic gradients for
 * BG/NBD, MBG/NBD and Pareto/NBD and central differences for BG/BB; when BFGS meets a non-finite value it
 * restarts from Nelder-Mead's optimum. Gamma-Gamma, whose Hessian is analytic, is fitted by damped Newton
 * steps (BFGS if they fail). The objective is the mean negative log-likelihood per customer plus
 * {@code penalty * sum(parameter^2)} (the L2 penalty of the lifetimes package, so the same coefficient gives
 * the same fit). Identical rows are merged into weighted patterns first. Standard errors come from the inverse
 * of the Hessian of the (penalized) total negative log-likelihood in the natural parameters: analytic where
 * the model has it, else by central differences of the gradient.
 *
 * <p>Immutable and thread-safe; {@link #withDefaults()}: no penalty, at most 500 iterations.
 */
public final class PurchaseModelFitter {

  private static final double GRADIENT_TOLERANCE = 1e-10;
  /** A log-parameter beyond this (parameter below 1e-6 or above 1e6) counts as run away. */
  private static final double LOG_BOUND = Math.log(1e6);

  private static final PurchaseModelFitter DEFAULTS = new PurchaseModelFitter(0, 500);

  private final double penalty;
  private final int maxIterations;

  private PurchaseModelFitter(double penalty, int maxIterations) {
    this.penalty = penalty;
    this.maxIterations = maxIterations;
  }

  /**
   * Returns the fitter with default settings: no penalty, at most 500 iterations.
   *
   * @return the default fitter
   */
  public static PurchaseModelFitter withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a fitter with an L2 penalty on the parameters.
   *
   * @param penalty coefficient, finite and {@code >= 0}
   * @return a new fitter
   * @throws IllegalArgumentException if the coefficient is negative or not finite
   */
  public PurchaseModelFitter withPenalty(double penalty) {
    return new PurchaseModelFitter(Checks.nonNegative("penalty", penalty), maxIterations);
  }

  /**
   * Returns a fitter with another iteration limit.
   *
   * @param maxIterations the limit, {@code > 0}
   * @return a new fitter
   * @throws IllegalArgumentException if the limit is not positive
   */
  public PurchaseModelFitter withMaxIterations(int maxIterations) {
    return new PurchaseModelFitter(penalty, Checks.positive("maxIterations", maxIterations));
  }

  /**
   * Fits BG/NBD.
   *
   * @param data frequency, recency and age per customer or pattern
   * @return the fit
   */
  public PurchaseModelFit fitBgNbd(PurchaseData data) {
    return fit(new BgNbdLikelihood(data.compress(), false));
  }

  /**
   * Fits MBG/NBD.
   *
   * @param data frequency, recency and age per customer or pattern
   * @return the fit
   */
  public PurchaseModelFit fitMbgNbd(PurchaseData data) {
    return fit(new BgNbdLikelihood(data.compress(), true));
  }

  /**
   * Fits Pareto/NBD.
   *
   * @param data frequency, recency and age per customer or pattern
   * @return the fit
   */
  public PurchaseModelFit fitParetoNbd(PurchaseData data) {
    return fit(new ParetoNbdLikelihood(data.compress()));
  }

  /**
   * Fits BG/BB to discrete-time data: frequency is the number of opportunities with a transaction after the
   * first, recency the opportunity of the last one, age the number of opportunities.
   *
   * @param data whole-number recency and age per customer or pattern
   * @return the fit
   * @throws IllegalArgumentException if a recency or age is not a whole number, or a frequency exceeds the
   *     recency
   */
  public PurchaseModelFit fitBgBb(PurchaseData data) {
    return fit(new BgBbLikelihood(data.compress()));
  }

  /**
   * Fits Gamma-Gamma on the customers with repeat purchases (rows with frequency 0 are skipped). The model's
   * transaction values are gamma distributed, so every repeat buyer needs a positive mean spend; to fit a book
   * with customers whose repeat purchases are all free, leave them out explicitly with
   * {@link PurchaseData#withoutZeroSpendRepeatBuyers()}, which says whom it left out.
   *
   * @param data frequency and mean repeat spend per customer or pattern
   * @return the fit
   * @throws IllegalArgumentException if the data carry no spend, no customer has repeat purchases, or a repeat
   *     buyer's mean spend is 0 (the message names the customer when the data were made from summaries, else
   *     the row)
   */
  public PurchaseModelFit fitGammaGamma(PurchaseData data) {
    GammaGammaLikelihood.checkSpend(data);
    return fit(new GammaGammaLikelihood(data.compress()));
  }

  /**
   * Returns the asymptotic covariance of a fit's parameters: the inverse of the Hessian of the total negative
   * log-likelihood (with the fit's penalty) at the fit's estimates on the data it was fitted on, in the natural
   * parameters. Its diagonal is the square of the fit's standard errors; the delta method
   * ({@link DeltaMethodIntervals}) needs the whole matrix.
   *
   * @param fit a fit made by this class, not null
   * @param data the data it was fitted on, not null
   * @return the covariance
   * @throws IllegalArgumentException if the data hold another number of customers than the fit, or the Hessian
   *     cannot be inverted there (the fit's status is then {@link PurchaseFitStatus#NOT_IDENTIFIED})
   */
  public ParameterCovariance covariance(PurchaseModelFit fit, PurchaseData data) {
    Objects.requireNonNull(fit, "fit");
    ModelLikelihood likelihood = likelihood(fit.model(), Objects.requireNonNull(data, "data").compress());
    if (likelihood.customers() != fit.customers()) {
      throw new IllegalArgumentException("data must hold the fit's " + fit.customers() + " customers: "
          + likelihood.customers());
    }
    double[][] covariance = withPenalty(fit.penalty()).covariance(likelihood, fit.parameterArray(),
        likelihood.customers());
    if (covariance == null) {
      throw new IllegalArgumentException("fit must have an invertible Hessian at its estimates, status "
          + fit.status() + ": " + fit.parameters());
    }
    return ParameterCovariance.of(fit.model(), covariance);
  }

  /** The likelihood of a model over compressed data. */
  static ModelLikelihood likelihood(PurchaseModelKind kind, PurchaseData compressed) {
    return switch (kind) {
      case BG_NBD -> new BgNbdLikelihood(compressed, false);
      case MBG_NBD -> new BgNbdLikelihood(compressed, true);
      case PARETO_NBD -> new ParetoNbdLikelihood(compressed);
      case BG_BB -> new BgBbLikelihood(compressed);
      case GAMMA_GAMMA -> new GammaGammaLikelihood(compressed);
      case BG_CNBD_K, MBG_CNBD_K -> throw new IllegalArgumentException(
          "model must not need the log-gap sums of RegularPurchaseFitter: " + kind);
    };
  }

  PurchaseModelFit fit(ModelLikelihood likelihood) {
    return fit(likelihood, likelihood.start(), null, true);
  }

  /**
   * Fits from a start point (natural scale) and, optionally, a first inverse Hessian of the objective in the
   * log-parameters ({@link #inverseHessianInLogs}); without standard errors, the status is CONVERGED when the
   * optimizer converged and no parameter ran away.
   */
  PurchaseModelFit fit(ModelLikelihood likelihood, double[] startPoint, double[][] inverseHessian,
      boolean withStandardErrors) {
    int n = startPoint.length;
    double customers = likelihood.customers();
    Minimizer.Objective raw = (u, gradient) -> objective(likelihood, u, gradient, customers);
    Minimizer.Objective objective = likelihood.hasGradient() ? raw : Minimizer.withNumericalGradient(raw);
    double[] start = startPoint.clone();
    for (int i = 0; i < n; i++) {
      start[i] = Math.log(start[i]);
    }
    Minimizer.Result result = null;
    int iterations = 0;
    if (likelihood.hasHessian() && inverseHessian == null) {
      result = Minimizer.newton((u, gradient, hessian) -> objective(likelihood, u, gradient, hessian, customers),
          start, maxIterations, GRADIENT_TOLERANCE);
      iterations = result.iterations;
    }
    if (result == null || !result.converged) {
      result = Minimizer.bfgs(objective, start, inverseHessian, maxIterations, GRADIENT_TOLERANCE);
      iterations += result.iterations;
    }
    if (!result.converged && !Double.isFinite(result.value)
        || !result.converged && result.iterations < maxIterations) {
      Minimizer.Result simplex = Minimizer.nelderMead(raw, start, maxIterations * 10, 1e-12);
      Minimizer.Result polished = Minimizer.bfgs(objective, simplex.point, maxIterations, GRADIENT_TOLERANCE);
      iterations += simplex.iterations + polished.iterations;
      result = polished;
    }
    double[] p = new double[n];
    boolean runaway = false;
    for (int i = 0; i < n; i++) {
      p[i] = Math.exp(result.point[i]);
      runaway |= Math.abs(result.point[i]) > LOG_BOUND;
    }
    double logLikelihood = likelihood.logLikelihood(p, null);
    double[] errors = runaway || !withStandardErrors ? null : standardErrors(likelihood, p, customers);
    PurchaseFitStatus status;
    if (runaway || likelihood.notIdentifiable() != null) {
      status = PurchaseFitStatus.NOT_IDENTIFIED;
    } else if (!result.converged) {
      status = PurchaseFitStatus.MAX_ITERATIONS;
    } else {
      status = errors == null && withStandardErrors ? PurchaseFitStatus.NOT_IDENTIFIED : PurchaseFitStatus.CONVERGED;
    }
    List<String> names = likelihood.kind().parameterNames();
    Map<String, Double> parameters = new LinkedHashMap<>();
    Map<String, Double> standardErrors = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      parameters.put(names.get(i), p[i]);
      if (errors != null) {
        standardErrors.put(names.get(i), errors[i]);
      }
    }
    return PurchaseModelFit.builder()
        .model(likelihood.kind())
        .parameters(parameters)
        .standardErrors(standardErrors)
        .logLikelihood(logLikelihood)
        .penalty(penalty)
        .customers(customers)
        .iterations(iterations)
        .status(status)
        .build();
  }

  private double objective(ModelLikelihood likelihood, double[] u, double[] gradient, double customers) {
    int n = u.length;
    double[] p = natural(u);
    double ll = likelihood.logLikelihood(p, gradient);
    if (gradient != null) {
      for (int i = 0; i < n; i++) {
        gradient[i] = -gradient[i] / customers + 2 * penalty * p[i] * p[i];
      }
    }
    return penalized(ll, p, customers);
  }

  /** The natural parameters e^u of a point on the log scale. */
  private static double[] natural(double[] u) {
    double[] p = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      p[i] = Math.exp(u[i]);
    }
    return p;
  }

  /** The objective -lnL / customers + penalty * sum(p^2); +infinity where it is NaN. */
  private double penalized(double ll, double[] p, double customers) {
    double penaltyTerm = 0;
    for (double v : p) {
      penaltyTerm += v * v;
    }
    double value = -ll / customers + penalty * penaltyTerm;
    return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
  }

  /**
   * The penalized objective on the log scale with its gradient and Hessian, from the likelihood's analytic
   * derivatives in the natural parameters theta = e^u.
   */
  private double objective(ModelLikelihood likelihood, double[] u, double[] gradient, double[][] hessian,
      double customers) {
    int n = u.length;
    double[] p = natural(u);
    double ll = likelihood.logLikelihood(p, gradient, hessian);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hessian[i][j] = p[i] * p[j] * (-hessian[i][j] / customers + (i == j ? 2 * penalty : 0));
      }
    }
    for (int i = 0; i < n; i++) {
      gradient[i] = p[i] * (-gradient[i] / customers + 2 * penalty * p[i]);
      hessian[i][i] += gradient[i];
    }
    return penalized(ll, p, customers);
  }

  /** Standard errors from the Hessian of the total penalized negative log-likelihood; null if not invertible. */
  private double[] standardErrors(ModelLikelihood likelihood, double[] p, double customers) {
    double[][] covariance = covariance(likelihood, p, customers);
    if (covariance == null) {
      return null;
    }
    double[] errors = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      errors[i] = Math.sqrt(covariance[i][i]);
    }
    return errors;
  }

  /**
   * The inverse Hessian of the fitter's objective (the mean penalized negative log-likelihood) in the
   * log-parameters at p, from the covariance in the natural ones: n V[i][j] / (p[i] p[j]); null if the Hessian is
   * not invertible.
   */
  double[][] inverseHessianInLogs(ModelLikelihood likelihood, double[] p) {
    double customers = likelihood.customers();
    double[][] v = covariance(likelihood, p, customers);
    if (v != null) {
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p.length; j++) {
          v[i][j] *= customers / (p[i] * p[j]);
        }
      }
    }
    return v;
  }

  /** The inverse Hessian of the total penalized negative log-likelihood, symmetrized; null if not invertible. */
  private double[][] covariance(ModelLikelihood likelihood, double[] p, double customers) {
    int n = p.length;
    double[][] hessian;
    if (likelihood.hasHessian()) {
      hessian = new double[n][n];
      likelihood.logLikelihood(p, new double[n], hessian);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          hessian[i][j] = -hessian[i][j] + (i == j ? 2 * penalty * customers : 0);
        }
      }
    } else {
      hessian = numericalHessian(likelihood, p, customers);
    }
    return covarianceFromHessian(hessian);
  }

  /** The Hessian of the total penalized negative log-likelihood by central differences of its gradient. */
  private double[][] numericalHessian(ModelLikelihood likelihood, double[] p, double customers) {
    int n = p.length;
    Minimizer.Objective inLog = (u, gradient) -> objective(likelihood, u, gradient, customers);
    Minimizer.Objective withGradient = likelihood.hasGradient() ? inLog : Minimizer.withNumericalGradient(inLog);
    Minimizer.Objective natural = (theta, gradient) -> {
      double[] u = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = Math.log(theta[i]);
      }
      double value = withGradient.value(u, gradient);
      if (gradient != null) {
        for (int i = 0; i < n; i++) {
          gradient[i] = gradient[i] / theta[i] * customers;
        }
      }
      return value * customers;
    };
    return Minimizer.hessian(natural, p, 1e-5);
  }

  /** The inverse of a Hessian, symmetrized; null if it is singular or not a covariance. */
  private static double[][] covarianceFromHessian(double[][] hessian) {
    int n = hessian.length;
    double[][] covariance;
    try {
      covariance = LinearAlgebra.invert(hessian);
    } catch (IllegalArgumentException singular) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (!(covariance[i][i] > 0 && covariance[i][i] < Double.POSITIVE_INFINITY)) {
        return null;
      }
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (covariance[i][j] + covariance[j][i]);
        if (!Double.isFinite(mean)) {
          return null;
        }
        covariance[i][j] = mean;
        covariance[j][i] = mean;
      }
    }
    return covariance;
  }
}
