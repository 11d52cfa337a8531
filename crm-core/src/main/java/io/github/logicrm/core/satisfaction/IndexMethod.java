package io.github.logicrm.core.satisfaction;

/** How a {@link SatisfactionIndex} was computed. */
public enum IndexMethod {
  /** Weighted mean of item scores rescaled to 0-100, with weights the caller gave. */
  WEIGHTED,
  /** Weighted mean of item scores rescaled to 0-100, with weights from an AHP pairwise comparison matrix. */
  AHP,
  /**
   * ACSI convention: PLS on standardized items; unstandardized weights (standardized weight / item standard
   * deviation) normalized to sum 1 and applied to the item means rescaled to 0-100.
   */
  PLS_ACSI,
  /** PLS on centered raw items; the raw outer weights normalized to sum 1 and applied to the rescaled means. */
  PLS_RAW
}
