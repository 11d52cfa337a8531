package io.github.logicrm.core.clv;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.segmentation.ValueTier;
import org.immutables.value.Value;

/** One customer's lifetime value and value tier: an entry of a customer-equity sum. */
@Value.Immutable
@ValueStyle
public abstract class CustomerClv {

  CustomerClv() {}

  /**
   * Returns the customer.
   *
   * @return the customer's id, not null
   */
  @Value.Parameter
  public abstract CustomerId customerId();

  /**
   * Returns the customer's value tier.
   *
   * @return the tier, not null
   */
  @Value.Parameter
  public abstract ValueTier tier();

  /**
   * Returns the customer's lifetime value.
   *
   * @return the value in money, finite; may be negative
   */
  @Value.Parameter
  public abstract double clv();

  /**
   * Obtains an entry.
   *
   * @param customerId the customer, not null
   * @param tier its value tier, not null
   * @param clv its lifetime value, finite
   * @return the entry
   * @throws IllegalArgumentException if {@code clv} is not finite
   */
  public static CustomerClv of(CustomerId customerId, ValueTier tier, double clv) {
    return ImmutableCustomerClv.of(customerId, tier, clv);
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
    Checks.finite("clv", clv());
  }

  /** Builds a {@link CustomerClv}; every attribute is required. */
  public static final class Builder extends ImmutableCustomerClv.Builder {
    Builder() {}
  }
}
