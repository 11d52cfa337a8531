package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Customer delivered value (Kotler): total customer value minus total customer cost, and their ratio, with the
 * parts they come from.
 *
 * <p>A positive delivered value (ratio above 1) means the customer gets more than it gives up; a provider raises
 * it by adding value or by cutting any of the four costs, not only the price.
 */
@Value.Immutable
@ValueStyle
public abstract class DeliveredValue {

  DeliveredValue() {}

  /**
   * Returns the total customer value, by part.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract CustomerValue value();

  /**
   * Returns the total customer cost, by part.
   *
   * @return the cost, not null
   */
  @Value.Parameter
  public abstract CustomerCost cost();

  /**
   * Returns the delivered value.
   *
   * @return {@code value().total() - cost().total()}
   */
  public double delivered() {
    return value().total() - cost().total();
  }

  /**
   * Returns the value-to-cost ratio.
   *
   * @return {@code value().total() / cost().total()}; empty when the total cost is zero
   */
  public OptionalDouble ratio() {
    double cost = cost().total();
    return cost > 0 ? OptionalDouble.of(value().total() / cost) : OptionalDouble.empty();
  }

  /**
   * Obtains the delivered value of a value and a cost.
   *
   * @param value total customer value, not null
   * @param cost total customer cost, not null
   * @return the delivered value
   */
  public static DeliveredValue of(CustomerValue value, CustomerCost cost) {
    return ImmutableDeliveredValue.of(value, cost);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliveredValue}; {@code value} and {@code cost} are required. */
  public static final class Builder extends ImmutableDeliveredValue.Builder {
    Builder() {}
  }
}
