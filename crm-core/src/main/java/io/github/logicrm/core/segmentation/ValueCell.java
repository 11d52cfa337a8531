package io.github.logicrm.core.segmentation;

import java.util.Objects;

/**
 * A cell of the current-by-potential value matrix, with the service strategy it calls for.
 *
 * <p>Constants are named current level first: {@code HIGH_LOW} is high current value, low potential value.
 */
public enum ValueCell {
  /** High current, high potential: the customers the business depends on now and later. */
  HIGH_HIGH(ValueLevel.HIGH, ValueLevel.HIGH,
      "Strategic partner: key-account team, priority capacity and joint planning; invest to keep all of its "
          + "growth."),
  /** High current, medium potential. */
  HIGH_MEDIUM(ValueLevel.HIGH, ValueLevel.MEDIUM,
      "Core account: dedicated account manager and service-level agreement; look for the services it still "
          + "buys elsewhere."),
  /** High current, low potential: valuable today, little to gain or costly to serve. */
  HIGH_LOW(ValueLevel.HIGH, ValueLevel.LOW,
      "Maintain and protect: keep service reliable, work on waiting and storage costs with the customer, "
          + "watch for decline."),
  /** Medium current, high potential. */
  MEDIUM_HIGH(ValueLevel.MEDIUM, ValueLevel.HIGH,
      "Grow: special treatment and capacity for its planned volume, so the growth comes to us."),
  /** Medium current, medium potential: the middle of the book. */
  MEDIUM_MEDIUM(ValueLevel.MEDIUM, ValueLevel.MEDIUM,
      "Standard plus: standard service with regular reviews; cross-sell where it fits."),
  /** Medium current, low potential. */
  MEDIUM_LOW(ValueLevel.MEDIUM, ValueLevel.LOW,
      "Serve efficiently: standardized processes and self-service; reprice what costs us most."),
  /** Low current, high potential: small today, promising tomorrow. */
  LOW_HIGH(ValueLevel.LOW, ValueLevel.HIGH,
      "Develop: personal contact and trial offers to win a larger share of its planned volume."),
  /** Low current, medium potential. */
  LOW_MEDIUM(ValueLevel.LOW, ValueLevel.MEDIUM,
      "Nurture at low cost: standard service and periodic offers; revisit when its volume grows."),
  /** Low current, low potential: little value now or later. */
  LOW_LOW(ValueLevel.LOW, ValueLevel.LOW,
      "Minimal service: self-service and standard terms at a price that covers its cost, or let it go.");

  private final ValueLevel current;
  private final ValueLevel potential;
  private final String recommendedStrategy;

  ValueCell(ValueLevel current, ValueLevel potential, String recommendedStrategy) {
    this.current = current;
    this.potential = potential;
    this.recommendedStrategy = recommendedStrategy;
  }

  /**
   * Returns the cell of a pair of levels.
   *
   * @param current the current-value level, not null
   * @param potential the potential-value level, not null
   * @return the cell
   * @throws NullPointerException if a level is null
   */
  public static ValueCell of(ValueLevel current, ValueLevel potential) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(potential, "potential");
    return values()[current.ordinal() * 3 + potential.ordinal()];
  }

  /**
   * Returns the current-value level of the cell.
   *
   * @return the level, not null
   */
  public ValueLevel current() {
    return current;
  }

  /**
   * Returns the potential-value level of the cell.
   *
   * @return the level, not null
   */
  public ValueLevel potential() {
    return potential;
  }

  /**
   * Returns the service strategy recommended for customers in the cell.
   *
   * @return a one-sentence strategy, not blank
   */
  public String recommendedStrategy() {
    return recommendedStrategy;
  }
}
