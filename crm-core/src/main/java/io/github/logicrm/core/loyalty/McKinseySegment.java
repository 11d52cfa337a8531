package io.github.logicrm.core.loyalty;

/**
 * McKinsey's loyalty segments (Coyles and Gokey 2002): customers who keep their spending are loyal for one of
 * three reasons, customers who cut it are down-sliding for one of three.
 */
public enum McKinseySegment {
  /** Loyal, emotional: attached to the provider; stays and recommends it. */
  EMOTIONAL(true),
  /** Loyal, inertial: neither attached nor shopping around; stays because switching is not worth the trouble. */
  INERTIAL(true),
  /** Loyal, deliberative: compares offers regularly and stays because the provider still wins on value. */
  DELIBERATIVE_LOYAL(true),
  /** Down-sliding because the customer's own needs changed (new products, plants, markets). */
  LIFESTYLE_CHANGE(false),
  /** Down-sliding, deliberative: moving volume to a competitor that offers better value. */
  DELIBERATIVE_DOWNSLIDING(false),
  /** Down-sliding because of a poor experience with the provider. */
  DISSATISFIED(false);

  private final boolean loyal;

  McKinseySegment(boolean loyal) {
    this.loyal = loyal;
  }

  /**
   * Tells whether the segment is one of the loyal ones rather than a down-sliding one.
   *
   * @return true for {@link #EMOTIONAL}, {@link #INERTIAL} and {@link #DELIBERATIVE_LOYAL}
   */
  public boolean isLoyal() {
    return loyal;
  }
}
