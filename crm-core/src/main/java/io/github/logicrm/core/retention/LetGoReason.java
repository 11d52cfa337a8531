package io.github.logicrm.core.retention;

/** Reasons a lost customer should not be won back, whatever its tier. */
public enum LetGoReason {
  /** Serving the customer lost money. */
  UNPROFITABLE,
  /** The customer did not pay, or paid so late that it cost too much. */
  NON_PAYING,
  /** The customer abused the provider's staff or service. */
  ABUSIVE,
  /** The customer's conduct or reputation would harm the provider. */
  DISREPUTABLE
}
