package io.github.logicrm.core.lifecycle;

/**
 * The stage of a customer relationship, from the first trial shipments to its end.
 *
 * <p>Each stage carries the strategy the relationship-management literature recommends for it, so a
 * classifier's verdict comes with something to do about it.
 */
public enum LifecycleStage {
  /**
   * Exploration: the customer is testing the provider with trial volumes; both sides are still judging each
   * other and the relationship is easily broken.
   */
  EXPLORATION(
      "Win the trial: frequent-customer rewards and personal contact, so the customer sees reliable service "
          + "and a person who cares about its account."),
  /**
   * Formation: volumes are growing and both sides are satisfied; trust and mutual dependence build up.
   */
  FORMATION(
      "Deepen the relationship: special treatment such as priority capacity, dedicated staff and tailored "
          + "terms, so growing volume comes to us rather than to a second supplier."),
  /**
   * Stability: high, steady volume; the customer is at its most loyal and the relationship at its most
   * profitable.
   */
  STABILITY(
      "Lock in the partnership: joint programs such as shared planning, integrated systems and joint cost "
          + "reduction, which also raise the customer's switching cost."),
  /**
   * Decline: volume is falling from its level; the customer is moving business elsewhere or shrinking.
   */
  DECLINE(
      "Reverse the slide: find out why, then offer service innovation and cross-selling of new services; "
          + "decide by the customer's value whether a rescue is worth its cost."),
  /** Terminated: the customer has stopped ordering; the relationship has ended. */
  TERMINATED(
      "Decide on win-back by value: save key and major customers, let unprofitable ones go, and put the "
          + "rest back on the prospect list.");

  private final String recommendedStrategy;

  LifecycleStage(String recommendedStrategy) {
    this.recommendedStrategy = recommendedStrategy;
  }

  /**
   * Returns the strategy recommended for customers in this stage.
   *
   * @return a one-sentence strategy, not blank
   */
  public String recommendedStrategy() {
    return recommendedStrategy;
  }
}
