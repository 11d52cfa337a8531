package io.github.logicrm.core.customer;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The identifier of a customer, as the caller's own systems (TMS, WMS, ERP) know it.
 *
 * <p>A non-blank string compared exactly (case and white space matter). In JSON it is written as a plain
 * string.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerId implements Comparable<CustomerId> {

  CustomerId() {}

  /**
   * Returns the identifier text.
   *
   * @return the identifier, not blank
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains an identifier.
   *
   * @param value the identifier text, not null and not blank
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static CustomerId of(String value) {
    return ImmutableCustomerId.of(Checks.notBlank("customerId", value));
  }

  @Override
  public int compareTo(CustomerId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
