package io.github.logicrm.core.service;

/**
 * The seven "rights" (7R) of logistics customer service: the right product, in the right quantity, at the right
 * place and time, on the right terms and price, with the right information.
 */
public enum ServiceRight {
  /** Right product: the items delivered are the ones ordered and arrive undamaged. */
  PRODUCT,
  /** Right quantity: every line delivered exactly as ordered, nothing short and nothing over. */
  QUANTITY,
  /** Right place: delivered to the agreed location. */
  PLACE,
  /** Right time: delivered inside the reference window (requested or committed). */
  TIME,
  /** Right terms: the contract's service terms were met (handling, temperature, appointment, ...). */
  TERMS,
  /** Right price: invoiced at the quoted price. */
  PRICE,
  /** Right information: shipping documents complete and accurate, tracking events complete. */
  INFORMATION
}
