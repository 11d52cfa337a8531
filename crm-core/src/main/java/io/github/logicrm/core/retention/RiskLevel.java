package io.github.logicrm.core.retention;

/** A churn risk score put in words, for a dashboard and for routing the account to someone. */
public enum RiskLevel {
  /** No action needed beyond normal account care. */
  LOW,
  /** Watch: the account manager should look at the signals that fired. */
  MEDIUM,
  /** Act now: contact the customer, fix what the signals point at. */
  HIGH
}
