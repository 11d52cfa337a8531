package io.github.logicrm.core.loyalty;

/**
 * Jones and Sasser's (1995) quadrants of satisfaction by loyalty.
 */
public enum JonesSasserQuadrant {
  /** High satisfaction, high loyalty: stays and recommends. */
  APOSTLE,
  /** High satisfaction, low loyalty: satisfied but buys wherever the deal is best. */
  MERCENARY,
  /** Low satisfaction, high loyalty: stays because it cannot leave (contract, no alternative, switching cost). */
  HOSTAGE,
  /** Low satisfaction, low loyalty: leaving or already gone. */
  DEFECTOR
}
