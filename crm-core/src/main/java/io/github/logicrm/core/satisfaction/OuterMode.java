package io.github.logicrm.core.satisfaction;

/** How a block's outer weights are estimated in PLS path modeling. */
public enum OuterMode {
  /** Reflective: each weight is the covariance of its item with the block's inner proxy. */
  A,
  /** Formative: the weights are the OLS regression of the inner proxy on the block's items. */
  B
}
