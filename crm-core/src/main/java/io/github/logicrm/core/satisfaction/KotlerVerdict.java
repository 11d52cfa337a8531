package io.github.logicrm.core.satisfaction;

/** What a Kotler ratio C = perceived performance / expectation says of a customer. */
public enum KotlerVerdict {
  /** C above the tolerance band around 1: the service exceeded what the customer expected. */
  DELIGHTED,
  /** C within the tolerance band around 1: the service met expectations. */
  ACCEPTABLE,
  /** C below the tolerance band around 1: the service fell short of expectations. */
  DISSATISFIED
}
