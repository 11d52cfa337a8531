package io.github.logicrm.core.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A delivered shipment as a TMS or WMS records it: the order, its lines with ordered and delivered quantities,
 * the requested and committed delivery windows, when it left and when it arrived, where and in what condition,
 * the quoted and invoiced price, whether the contract terms were kept, whether documents and tracking were
 * complete, and the complaints it drew.
 *
 * <p>Times are {@link Instant}s, points on the UTC time line with no zone: convert local site times with the
 * site's zone before building (see {@link TimeWindow}). Instances are immutable and thread-safe; invalid values
 * fail at {@code build()} with an {@link IllegalArgumentException} naming the field and the value.
 */
@Value.Immutable
@ValueStyle
public abstract class Shipment {

  Shipment() {}

  /**
   * Returns the order (or shipment) number.
   *
   * @return the order id, not blank
   */
  public abstract String orderId();

  /**
   * Returns the customer who ordered.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the lines of the order.
   *
   * @return the lines, at least one
   */
  public abstract List<ShipmentLine> lines();

  /**
   * Returns the delivery window the customer asked for.
   *
   * @return the requested window, not null
   */
  public abstract TimeWindow requestedWindow();

  /**
   * Returns the delivery window the provider committed to, when it differs from the request.
   *
   * @return the committed window; empty means the provider committed to the requested window
   */
  public abstract Optional<TimeWindow> committedWindow();

  /**
   * Returns when the goods left the provider's site (or were picked up).
   *
   * @return the ship time, not null
   */
  public abstract Instant shippedAt();

  /**
   * Returns when the goods were handed over to the consignee (proof of delivery).
   *
   * @return the delivery time, not before {@link #shippedAt()}
   */
  public abstract Instant deliveredAt();

  /**
   * Tells whether the goods were delivered to the agreed address, dock or consignee.
   *
   * @return true if the delivery location matched the order
   */
  public abstract boolean deliveredToAgreedLocation();

  /**
   * Returns the price quoted (or contracted) for the shipment, in the caller's currency.
   *
   * @return the quoted price, finite and {@code >= 0}
   */
  public abstract double quotedPrice();

  /**
   * Returns the price invoiced for the shipment, in the caller's currency.
   *
   * @return the invoiced price, finite and {@code >= 0}
   */
  public abstract double invoicedPrice();

  /**
   * Tells whether the contract's service terms were kept (handling, temperature, appointment, insurance).
   *
   * @return true if the terms were met
   */
  public abstract boolean contractTermsMet();

  /**
   * Tells whether the shipping documents (delivery note, waybill, customs papers) were complete and accurate.
   *
   * @return true if the documents were complete
   */
  public abstract boolean documentsComplete();

  /**
   * Tells whether every expected tracking event (picked up, in transit, out for delivery, delivered) was sent.
   *
   * @return true if tracking was complete
   */
  public abstract boolean trackingComplete();

  /**
   * Returns the complaints the customer raised about this shipment.
   *
   * @return the complaints, possibly empty
   */
  public abstract List<Complaint> complaints();

  /**
   * Returns the window a delivery is judged against for the given reference.
   *
   * @param reference requested or committed, not null
   * @return the requested window, or the committed one (the requested one when none was committed)
   */
  public TimeWindow window(TimeReference reference) {
    Objects.requireNonNull(reference, "reference");
    return reference == TimeReference.COMMITTED ? committedWindow().orElse(requestedWindow()) : requestedWindow();
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
    Checks.notEmpty("lines", lines());
    if (deliveredAt().isBefore(shippedAt())) {
      throw new IllegalArgumentException(
          "deliveredAt must not be before shippedAt " + shippedAt() + ": " + deliveredAt());
    }
    Checks.nonNegative("quotedPrice", quotedPrice());
    Checks.nonNegative("invoicedPrice", invoicedPrice());
  }

  /**
   * Builds a {@link Shipment}; every attribute except {@code committedWindow} and {@code complaints} is required.
   */
  public static final class Builder extends ImmutableShipment.Builder {
    Builder() {}
  }
}
