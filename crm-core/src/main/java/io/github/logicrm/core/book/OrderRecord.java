package io.github.logicrm.core.book;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.service.Shipment;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One shipped order of a customer book: the {@link Shipment} with its lines, plus the commercial figures the
 * pipeline needs beside the service record (the order's revenue, its cost when known, the consignee and the lane).
 *
 * <p>A shipments file has one row per order line; a reader assembles the consecutive lines of an order into one
 * record, checking that the order-level fields agree. Revenue and cost belong to the order and are counted once.
 */
@Value.Immutable
@ValueStyle
public abstract class OrderRecord {

  OrderRecord() {}

  /**
   * Returns the service record of the order: customer, order id, lines, windows, times, prices and outcomes.
   *
   * @return the shipment, not null
   */
  public abstract Shipment shipment();

  /**
   * Returns the revenue of the order, in the book's currency, counted once per order.
   *
   * @return the revenue, finite and {@code >= 0}
   */
  public abstract double revenue();

  /**
   * Returns the provider's cost of serving the order, when the export carries it.
   *
   * @return the cost, finite and {@code >= 0}; empty when unknown (the pipeline then applies its margin rate)
   */
  public abstract OptionalDouble cost();

  /**
   * Returns the consignee the goods went to, when the consignee is itself a customer of the book or is tracked.
   *
   * @return the consignee; empty when not recorded
   */
  public abstract Optional<CustomerId> consigneeId();

  /**
   * Returns the lane (origin-destination, route or site) the order travelled on, for per-lane service rates.
   *
   * @return the lane; empty when not recorded
   */
  public abstract Optional<String> lane();

  /**
   * Returns the customer who ordered, as {@code shipment().customerId()}.
   *
   * @return the customer, not null
   */
  public CustomerId customerId() {
    return shipment().customerId();
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
    Checks.nonNegative("revenue", revenue());
    if (cost().isPresent()) {
      Checks.nonNegative("cost", cost().getAsDouble());
    }
    lane().ifPresent(l -> Checks.notBlank("lane", l));
  }

  /** Builds an {@link OrderRecord}; {@code shipment} and {@code revenue} are required. */
  public static final class Builder extends ImmutableOrderRecord.Builder {
    Builder() {}
  }
}
