package io.github.logicrm.core.satisfaction;

/**
 * A criterion of the measurement and structural model assessment of a PLS estimate (Hair, Hult, Ringle and
 * Sarstedt, "A Primer on PLS-SEM"; Henseler, Ringle and Sarstedt 2015). The reflective criteria apply to the mode A
 * blocks with at least two items.
 */
public enum QualityCriterion {
  /** Reliability: rho_A and rho_c at least 0.70, rho_c at most 0.95 (above it the items are near copies). */
  INTERNAL_CONSISTENCY,
  /** Convergent validity: AVE at least 0.50. */
  CONVERGENT_VALIDITY,
  /** Discriminant validity by HTMT below 0.85 for every pair of reflective constructs. */
  HTMT_085,
  /** Discriminant validity by HTMT below 0.90 for every pair of reflective constructs. */
  HTMT_090,
  /** Discriminant validity by Fornell-Larcker: sqrt(AVE) above every correlation with another construct. */
  FORNELL_LARCKER,
  /** Discriminant validity by cross-loadings: every item loads higher on its own construct than on any other. */
  CROSS_LOADINGS,
  /** Collinearity of formative (mode B) items: every indicator VIF below 5. */
  INDICATOR_COLLINEARITY,
  /** Collinearity of the drivers of each endogenous construct: every inner VIF below 5. */
  INNER_COLLINEARITY
}
