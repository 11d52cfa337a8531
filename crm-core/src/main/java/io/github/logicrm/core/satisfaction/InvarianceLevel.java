package io.github.logicrm.core.satisfaction;

/**
 * The measurement invariance of a composite across two groups established by MICOM (Henseler, Ringle and
 * Sarstedt 2016): configural invariance holds by construction (one model, one algorithm, one data treatment).
 */
public enum InvarianceLevel {
  /** Compositional invariance fails: the groups form the composite differently; do not compare its paths. */
  NONE,
  /** Compositional invariance holds, equal means or variances do not: paths may be compared across groups. */
  PARTIAL,
  /** Compositional invariance, equal means and equal variances hold: the groups may also be pooled. */
  FULL
}
