package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;

/**
 * The log-likelihood of one model over one data set, as the fitter needs it. Implementations may keep scratch
 * arrays, so an instance belongs to one fit on one thread.
 */
abstract class ModelLikelihood {

  /**
   * Returns the model.
   *
   * @return the model kind
   */
  abstract PurchaseModelKind kind();

  /**
   * Returns the starting parameters, natural scale.
   *
   * @return a new array
   */
  abstract double[] start();

  /**
   * Tells whether {@link #logLikelihood} fills the gradient.
   *
   * @return true if the gradient is analytic
   */
  abstract boolean hasGradient();

  /**
   * Tells whether {@link #logLikelihood(double[], double[], double[][])} gives the Hessian.
   *
   * @return true if the Hessian is analytic
   */
  boolean hasHessian() {
    return false;
  }

  /**
   * Evaluates the weighted log-likelihood with its gradient and Hessian in the natural parameters; only where
   * {@link #hasHessian()}.
   *
   * @param p parameters, natural scale, all positive
   * @param gradient where to write d lnL / d p, or null
   * @param hessian where to write d2 lnL / dp dp (n by n), or null
   * @return the log-likelihood, or NaN / -infinity where it cannot be evaluated
   */
  double logLikelihood(double[] p, double[] gradient, double[][] hessian) {
    throw new UnsupportedOperationException(kind() + " has no analytic Hessian");
  }

  /**
   * Returns the customers the likelihood sums over (weights).
   *
   * @return the total weight
   */
  abstract double customers();

  /**
   * Evaluates the weighted log-likelihood.
   *
   * @param p parameters, natural scale, all positive
   * @param gradientLog where to write d lnL / d ln p, or null; ignored unless {@link #hasGradient()}
   * @return the log-likelihood, or NaN / -infinity where it cannot be evaluated
   */
  abstract double logLikelihood(double[] p, double[] gradientLog);

  /**
   * Returns why the data cannot identify the model, or null if they may.
   *
   * @return the reason, or null
   */
  String notIdentifiable() {
    return null;
  }

  static double logAddExp(double u, double v) {
    if (u == Double.NEGATIVE_INFINITY) {
      return v;
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return u;
    }
    double max = Math.max(u, v);
    return max + Math.log1p(Math.exp(-Math.abs(u - v)));
  }

  /** Returns ln(e^u - e^v) for v <= u; -infinity when they are equal. */
  static double logSubExp(double u, double v) {
    if (v == Double.NEGATIVE_INFINITY) {
      return u;
    }
    double d = v - u;
    return d > -0.6931471805599453 ? u + Math.log(-Math.expm1(d)) : u + Math.log1p(-Math.exp(d));
  }
}
