package io.github.logicrm.core.satisfaction;

/** How PLS path modeling prepares the items before estimation. */
public enum DataTreatment {
  /** Items centered and scaled to unit variance (the usual choice; the ACSI index convention). */
  STANDARDIZED,
  /** Items only centered, so items with more spread weigh more (plspm's {@code scaled = FALSE}). */
  CENTERED
}
