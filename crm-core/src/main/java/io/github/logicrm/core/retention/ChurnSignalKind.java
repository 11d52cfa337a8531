package io.github.logicrm.core.retention;

/** The early-warning signals a churn risk score is built from; each is measured so that higher is worse. */
public enum ChurnSignalKind {
  /**
   * No shipment for longer than the customer's own rhythm; measured as the typical intervals overdue,
   * {@code max(0, timeSinceLastShipment / typicalInterval - 1)}.
   */
  INACTIVITY,
  /** Shipment volume fallen against the customer's own baseline; measured as the fraction lost, in [0, 1]. */
  VOLUME_DROP,
  /** A fitted buy-till-you-die model says the customer may be gone; measured as {@code 1 - P(alive)}. */
  LOW_P_ALIVE,
  /** Complaints raised in the period; measured as complaints per shipment of the period. */
  COMPLAINTS,
  /** Complaints resolved slowly; measured as the mean resolution time in hours. */
  SLOW_RESOLUTION,
  /** Receivables overdue; measured as the overdue share of outstanding receivables, in [0, 1]. */
  OVERDUE_RECEIVABLES,
  /** Service failures; measured as the share of shipments that were not perfect orders, in [0, 1]. */
  SERVICE_FAILURES
}
