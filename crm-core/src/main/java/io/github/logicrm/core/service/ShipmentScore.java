package io.github.logicrm.core.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The 7R verdict on one shipment: each right passed or failed with its reason, and whether the order was
 * perfect.
 */
@Value.Immutable
@ValueStyle
public abstract class ShipmentScore {

  ShipmentScore() {}

  /**
   * Returns the order scored.
   *
   * @return the order id, not blank
   */
  public abstract String orderId();

  /**
   * Returns the customer of the order.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the verdicts, one per {@link ServiceRight} in enum order.
   *
   * @return the seven verdicts
   */
  public abstract List<RightCheck> checks();

  /**
   * Tells whether the order was perfect: every right of the scorer's perfect-order components passed.
   *
   * @return true for a perfect order
   */
  public abstract boolean perfectOrder();

  /**
   * Returns the verdict on one right.
   *
   * @param right the right, not null
   * @return its verdict
   */
  public RightCheck check(ServiceRight right) {
    return checks().get(right.ordinal());
  }

  /**
   * Tells whether all seven rights passed.
   *
   * @return true if every right passed
   */
  public boolean allRight() {
    return checks().stream().allMatch(RightCheck::passed);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("orderId", orderId());
    ServiceRight[] rights = ServiceRight.values();
    if (checks().size() != rights.length) {
      throw new IllegalArgumentException("checks must hold one verdict per right, 7: " + checks().size());
    }
    for (int i = 0; i < rights.length; i++) {
      if (checks().get(i).right() != rights[i]) {
        throw new IllegalArgumentException("checks[" + i + "] must be " + rights[i] + ": " + checks().get(i).right());
      }
    }
  }

  /** Builds a {@link ShipmentScore}; every attribute is required. */
  public static final class Builder extends ImmutableShipmentScore.Builder {
    Builder() {}
  }
}
