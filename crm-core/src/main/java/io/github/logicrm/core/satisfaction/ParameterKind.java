package io.github.logicrm.core.satisfaction;

/** Which kind of PLS estimate a bootstrap figure is about. */
public enum ParameterKind {
  /** An item's outer weight. */
  OUTER_WEIGHT,
  /** An item's loading. */
  LOADING,
  /** A path coefficient. */
  PATH,
  /** An endogenous variable's R2. */
  R_SQUARED
}
