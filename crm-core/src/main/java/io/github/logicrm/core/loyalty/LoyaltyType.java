package io.github.logicrm.core.loyalty;

/**
 * Why a customer keeps buying: the five loyalty types, told apart by emotional attachment to the provider and
 * by repeat purchase.
 *
 * <p>{@code LoyaltyClassifier} in crm-metrics assigns a type to a {@link LoyaltyProfile} with configurable
 * {@link LoyaltyThresholds}; a profile may fit none of the five (low repeat purchase with high attachment, or
 * without price sensitivity).
 */
public enum LoyaltyType {
  /**
   * Monopoly loyalty: the customer has no real alternative (a sole carrier on a lane, a bonded warehouse in a
   * port). Low attachment, high repeat purchase; it ends the day a competitor appears.
   */
  MONOPOLY,
  /**
   * Inertia loyalty: the customer repeats out of habit or because switching is too much trouble, not out of
   * preference. Low attachment, high repeat purchase; vulnerable to a competitor who makes switching easy.
   */
  INERTIA,
  /**
   * Price loyalty: the customer buys from whoever is cheapest. Low attachment, low repeat purchase; it stays
   * only while the price is lowest.
   */
  PRICE,
  /**
   * Incentive loyalty: the customer repeats only while promotions, rebates or loyalty credits run. It leaves
   * when the incentive stops.
   */
  INCENTIVE,
  /**
   * Premium ("super-value") loyalty: high attachment and high repeat purchase; the customer prefers the
   * provider, recommends it and forgives the odd failure. The loyalty every provider wants.
   */
  PREMIUM;

  /**
   * Tells whether this type rests on real attachment to the provider rather than on circumstances.
   *
   * @return true only for {@link #PREMIUM}
   */
  public boolean isAttitudinal() {
    return this == PREMIUM;
  }
}
