package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Total customer value (Kotler): what the customer gets from the provider, in four parts valued in one money
 * unit: the product (the logistics service itself), the service around it, the personnel, and the image.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerValue {

  CustomerValue() {}

  /**
   * Returns the value of the product: the transport, storage or distribution bought.
   *
   * @return the value, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double product();

  /**
   * Returns the value of the services around it: tracking, advice, claims handling, flexibility.
   *
   * @return the value, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double service();

  /**
   * Returns the value of the provider's people: competence, courtesy, reliability.
   *
   * @return the value, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double personnel();

  /**
   * Returns the value of the provider's image and brand to the customer.
   *
   * @return the value, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double image();

  /**
   * Returns the total customer value.
   *
   * @return product + service + personnel + image
   */
  public double total() {
    return product() + service() + personnel() + image();
  }

  /**
   * Obtains a total customer value from its parts.
   *
   * @param product value of the product, {@code >= 0}
   * @param service value of the services, {@code >= 0}
   * @param personnel value of the personnel, {@code >= 0}
   * @param image value of the image, {@code >= 0}
   * @return the value
   * @throws IllegalArgumentException if a part is negative or not finite
   */
  public static CustomerValue of(double product, double service, double personnel, double image) {
    return ImmutableCustomerValue.of(product, service, personnel, image);
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
    Checks.nonNegative("product", product());
    Checks.nonNegative("service", service());
    Checks.nonNegative("personnel", personnel());
    Checks.nonNegative("image", image());
  }

  /** Builds a {@link CustomerValue}; every part is required. */
  public static final class Builder extends ImmutableCustomerValue.Builder {
    Builder() {}
  }
}
