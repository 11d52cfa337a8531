package io.github.logicrm.core.service;

/** What a customer complained about. */
public enum ComplaintCategory {
  /** Late or missed delivery or pick-up. */
  DELAY,
  /** Goods damaged in transit or storage. */
  DAMAGE,
  /** Goods missing or short. */
  SHORTAGE,
  /** Wrong goods or wrong address. */
  WRONG_DELIVERY,
  /** Invoice disputes. */
  BILLING,
  /** Missing or wrong documents, no tracking. */
  INFORMATION,
  /** Staff attitude or conduct. */
  STAFF,
  /** Anything else. */
  OTHER
}
