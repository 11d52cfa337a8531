package io.github.logicrm.core.customer;

/**
 * Kotler's five levels of relationship a provider keeps with a customer, from least to most involved.
 *
 * <p>Providers usually choose the level by margin and number of customers: many low-margin customers get a
 * basic or reactive relationship, a few high-margin ones a proactive relationship or a partnership.
 */
public enum RelationshipLevel {
  /** We deliver the service and do not follow up. */
  BASIC,
  /** We deliver and invite the customer to call with questions or complaints. */
  REACTIVE,
  /** We call the customer after the service to check it met expectations and ask for improvements. */
  ACCOUNTABLE,
  /** We contact the customer from time to time with improvements and new services. */
  PROACTIVE,
  /** We work continuously with the customer to find ways to deliver better value. */
  PARTNERSHIP
}
