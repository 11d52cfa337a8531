package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One line of a shipment: an item, how much was ordered and how much arrived, and in what condition.
 *
 * <p>Quantities are in the line's own unit (pieces, cartons, pallets, kilograms) and may be fractional. The
 * delivered quantity counts everything handed over, including damaged and wrong items; those are counted again
 * in {@link #damagedQuantity()} and {@link #wrongItemQuantity()}. A shortage is {@code ordered - delivered > 0}.
 */
@Value.Immutable
@ValueStyle
public abstract class ShipmentLine {

  ShipmentLine() {}

  /**
   * Returns the item (SKU or description).
   *
   * @return the item, not blank
   */
  public abstract String item();

  /**
   * Returns the quantity ordered.
   *
   * @return the quantity, finite and {@code > 0}
   */
  public abstract double orderedQuantity();

  /**
   * Returns the quantity handed over at delivery, damaged and wrong items included.
   *
   * @return the quantity, finite and {@code >= 0}
   */
  public abstract double deliveredQuantity();

  /**
   * Returns the part of the delivered quantity that arrived damaged.
   *
   * @return the quantity, finite, {@code >= 0} and not above the delivered quantity; 0 by default
   */
  @Value.Default
  public double damagedQuantity() {
    return 0;
  }

  /**
   * Returns the part of the delivered quantity that was not the item ordered (picking errors, mixed labels).
   *
   * @return the quantity, finite, {@code >= 0} and not above the delivered quantity; 0 by default
   */
  @Value.Default
  public double wrongItemQuantity() {
    return 0;
  }

  /**
   * Obtains a line delivered in perfect condition.
   *
   * @param item the item, not blank
   * @param ordered quantity ordered, {@code > 0}
   * @param delivered quantity delivered, {@code >= 0}
   * @return the line
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ShipmentLine of(String item, double ordered, double delivered) {
    return builder().item(item).orderedQuantity(ordered).deliveredQuantity(delivered).build();
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
    Checks.notBlank("item", item());
    Checks.positive("orderedQuantity", orderedQuantity());
    Checks.nonNegative("deliveredQuantity", deliveredQuantity());
    Checks.nonNegative("damagedQuantity", damagedQuantity());
    Checks.nonNegative("wrongItemQuantity", wrongItemQuantity());
    if (damagedQuantity() > deliveredQuantity()) {
      throw new IllegalArgumentException(
          "damagedQuantity must be <= deliveredQuantity " + deliveredQuantity() + ": " + damagedQuantity());
    }
    if (wrongItemQuantity() > deliveredQuantity()) {
      throw new IllegalArgumentException(
          "wrongItemQuantity must be <= deliveredQuantity " + deliveredQuantity() + ": " + wrongItemQuantity());
    }
  }

  /** Builds a {@link ShipmentLine}; {@code item}, {@code orderedQuantity} and {@code deliveredQuantity} are required. */
  public static final class Builder extends ImmutableShipmentLine.Builder {
    Builder() {}
  }
}
