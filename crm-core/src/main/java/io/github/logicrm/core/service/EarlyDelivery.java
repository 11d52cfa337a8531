package io.github.logicrm.core.service;

/** How a delivery before the start of the reference window is treated. */
public enum EarlyDelivery {
  /** Early counts as on time: only lateness fails. */
  ON_TIME,
  /** Early counts as a failure, as for slot-booked docks and just-in-time lines. */
  NOT_ON_TIME
}
