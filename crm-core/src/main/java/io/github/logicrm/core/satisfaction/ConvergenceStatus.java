package io.github.logicrm.core.satisfaction;

/** Whether an iterative estimation reached its convergence criterion. */
public enum ConvergenceStatus {
  /** The weights changed less than the tolerance within the allowed iterations. */
  CONVERGED,
  /** The iteration limit was reached first: the figures are the last iterate, not estimates. */
  NOT_CONVERGED
}
