package io.github.logicrm.core.customer;

/** A five-point qualitative rating, used for profile figures an account manager judges rather than measures. */
public enum Rating {
  /** Far below the typical customer. */
  VERY_LOW,
  /** Below the typical customer. */
  LOW,
  /** About the typical customer. */
  MEDIUM,
  /** Above the typical customer. */
  HIGH,
  /** Far above the typical customer. */
  VERY_HIGH
}
