package io.github.logicrm.core.service;

/** Which window a delivery is judged on time against. */
public enum TimeReference {
  /** The window the customer asked for. */
  REQUESTED,
  /** The window the provider committed to (SCOR measures the perfect order against it). */
  COMMITTED
}
