package io.github.logicrm.core.book;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the customer master: the customer's name, how it is classified (industry, region, channel), when the
 * relationship started, and the customers whose business it depends on (the triangular shipper-consignee links of
 * a logistics provider: losing one side puts the other at risk).
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerRecord {

  CustomerRecord() {}

  /**
   * Returns the customer.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the customer's name.
   *
   * @return the name; empty when the master leaves it blank
   */
  public abstract Optional<String> name();

  /**
   * Returns the industry or segment the customer is reported under (CSI per segment, for example).
   *
   * @return the segment; empty when not classified
   */
  public abstract Optional<String> segment();

  /**
   * Returns the customer's region.
   *
   * @return the region; empty when not recorded
   */
  public abstract Optional<String> region();

  /**
   * Returns the day the relationship started (the first contract or the first order).
   *
   * @return the start date; empty when unknown (the first order is used)
   */
  public abstract Optional<LocalDate> relationshipStart();

  /**
   * Returns the customers whose business this customer depends on: when one of them is at risk, so is this one.
   *
   * @return the customers depended on, possibly empty, never containing this customer
   */
  public abstract List<CustomerId> dependsOn();

  /**
   * Obtains a master row with only an id.
   *
   * @param customerId the customer, not null
   * @return the record
   */
  public static CustomerRecord of(CustomerId customerId) {
    return builder().customerId(customerId).build();
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
    if (dependsOn().contains(customerId())) {
      throw new IllegalArgumentException("dependsOn must not contain the customer itself: " + customerId());
    }
  }

  /** Builds a {@link CustomerRecord}; {@code customerId} is required. */
  public static final class Builder extends ImmutableCustomerRecord.Builder {
    Builder() {}
  }
}
