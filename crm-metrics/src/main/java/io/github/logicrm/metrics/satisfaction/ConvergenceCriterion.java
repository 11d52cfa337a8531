package io.github.logicrm.metrics.satisfaction;

/** When the PLS iterations stop. Both compare the outer weights of one iteration with those of the one before. */
public enum ConvergenceCriterion {
  /**
   * The sum of the absolute changes of the normalized outer weights (those giving unit-variance scores) is below
   * the tolerance. The default, with tolerance 1e-7: the weights are then at the algorithm's fixed point to about
   * that accuracy.
   */
  ABSOLUTE_CHANGE,
  /**
   * The sum of the squared changes of the weights' magnitudes as the outer update produces them (before
   * normalization) is below the tolerance. This is R plspm's rule (its default tolerance is 1e-6); it stops
   * earlier, so its results differ from the fixed point in about the seventh digit. Use it to reproduce plspm.
   */
  SQUARED_CHANGE
}
