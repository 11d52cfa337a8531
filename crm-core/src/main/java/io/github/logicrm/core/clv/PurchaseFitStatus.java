package io.github.logicrm.core.clv;

/** How a maximum-likelihood fit of a purchase model ended. */
public enum PurchaseFitStatus {
  /** The optimizer met its convergence test and the Hessian at the optimum is positive definite. */
  CONVERGED,
  /** The optimizer stopped at its iteration limit before meeting its convergence test. */
  MAX_ITERATIONS,
  /**
   * The data cannot identify the model: a parameter ran off towards zero or infinity, or the likelihood is flat
   * in some direction at the optimum (the Hessian is singular or not positive definite). The parameters
   * reported are where the optimizer stopped and should not be used for prediction.
   */
  NOT_IDENTIFIED
}
