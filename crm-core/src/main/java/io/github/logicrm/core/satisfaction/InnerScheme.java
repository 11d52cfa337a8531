package io.github.logicrm.core.satisfaction;

/** How PLS path modeling weights a latent variable's neighbours when it forms the variable's inner proxy. */
public enum InnerScheme {
  /** The sign of the correlation with each neighbour (Wold's original scheme). */
  CENTROID,
  /** The correlation with each neighbour. */
  FACTORIAL,
  /**
   * Regression coefficients for the variable's predecessors, correlations for its successors (Lohmoeller's path
   * weighting scheme).
   */
  PATH
}
