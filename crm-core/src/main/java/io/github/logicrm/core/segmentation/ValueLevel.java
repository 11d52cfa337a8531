package io.github.logicrm.core.segmentation;

/**
 * A high / medium / low grade on one axis of customer value, such as current value or potential value.
 *
 * <p>Two grades, one per axis, place a customer in a cell of the current-by-potential value matrix.
 */
public enum ValueLevel {
  /** Among the most valuable customers on this axis. */
  HIGH,
  /** Around the middle of the book on this axis. */
  MEDIUM,
  /** Among the least valuable customers on this axis. */
  LOW
}
