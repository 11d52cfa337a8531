package io.github.logicrm.pipeline;

/** The one value every tier-dependent step of the pipeline uses: ABC tiers, win-back effort and the report. */
public enum ValueBasis {
  /** Revenue of the twelve months up to the as-of date (the default: current value, as seed 002 defines it). */
  REVENUE_12M,
  /** Margin of the twelve months up to the as-of date: revenue x the customer's margin rate. */
  MARGIN_12M,
  /** The customer lifetime value over the configured horizon (future value). */
  CLV
}
