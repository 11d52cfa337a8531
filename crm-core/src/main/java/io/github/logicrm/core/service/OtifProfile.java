package io.github.logicrm.core.service;

import java.util.OptionalDouble;

/**
 * Named OTIF and perfect-order definitions: the window a delivery is judged against, how an early delivery counts,
 * the unit OTIF counts and, where the trade uses one, the usual target. Every profile keeps SCOR's four
 * perfect-order components (in full, on time, documentation, condition); an order is perfect only when every one
 * of its lines is in full and in perfect condition.
 */
public enum OtifProfile {
  /**
   * Parcel and express "delivered by": on time when delivered no later than the end of the committed window, early
   * is fine; OTIF counts orders (a parcel is an order). No common target.
   */
  DELIVERED_BY(TimeReference.COMMITTED, EarlyDelivery.ON_TIME, OtifUnit.ORDER, Double.NaN),
  /**
   * Retail programs and dock appointments: the retailer's must-arrive-by window (the requested window), early and
   * late both fail; OTIF counts units (cases or each, as the lines are kept). The common target of retail
   * programs, 98%, is carried as a reference.
   */
  RETAILER(TimeReference.REQUESTED, EarlyDelivery.NOT_ON_TIME, OtifUnit.UNIT, 0.98),
  /**
   * SCOR RL.1.1 perfect order fulfillment: an order is perfect when it is delivered in full (RL.2.1), on time to
   * the commit date, inside the committed window (RL.2.2, early is not on the commit date), with accurate
   * documentation (RL.2.3) and in perfect condition (RL.2.4), every line of it; OTIF counts lines.
   */
  SCOR_PERFECT_ORDER(TimeReference.COMMITTED, EarlyDelivery.NOT_ON_TIME, OtifUnit.LINE, Double.NaN);

  private final TimeReference reference;
  private final EarlyDelivery earlyDelivery;
  private final OtifUnit unit;
  private final double target;

  OtifProfile(TimeReference reference, EarlyDelivery earlyDelivery, OtifUnit unit, double target) {
    this.reference = reference;
    this.earlyDelivery = earlyDelivery;
    this.unit = unit;
    this.target = target;
  }

  /**
   * Returns the window deliveries are judged against.
   *
   * @return the reference, not null
   */
  public TimeReference reference() {
    return reference;
  }

  /**
   * Returns how a delivery before the window counts.
   *
   * @return the rule, not null
   */
  public EarlyDelivery earlyDelivery() {
    return earlyDelivery;
  }

  /**
   * Returns what OTIF counts.
   *
   * @return the unit, not null
   */
  public OtifUnit unit() {
    return unit;
  }

  /**
   * Returns the OTIF target commonly used with this definition, as a reference for reports.
   *
   * @return the target in (0, 1]; empty when the trade has no common one
   */
  public OptionalDouble target() {
    return Double.isNaN(target) ? OptionalDouble.empty() : OptionalDouble.of(target);
  }

  /**
   * Tells whether settings are this profile's.
   *
   * @param reference the window, not null
   * @param earlyDelivery the early rule, not null
   * @param unit the OTIF unit, not null
   * @return true if all three are this profile's
   */
  public boolean matches(TimeReference reference, EarlyDelivery earlyDelivery, OtifUnit unit) {
    return this.reference == reference && this.earlyDelivery == earlyDelivery && this.unit == unit;
  }
}
