package io.github.logicrm.core.book;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One purchase of a purchase-only log (customer, day, amount): the input of the purchase and spend models when no
 * service record exists, as in the CDNOW data.
 */
@Value.Immutable
@ValueStyle
public abstract class PurchaseRecord {

  PurchaseRecord() {}

  /**
   * Returns the customer who bought.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the day of the purchase.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the purchase value, in the book's currency.
   *
   * @return the amount, finite and {@code >= 0}
   */
  public abstract double amount();

  /**
   * Obtains a purchase.
   *
   * @param customerId the customer, not null
   * @param date the day, not null
   * @param amount the value, finite and {@code >= 0}
   * @return the purchase
   * @throws IllegalArgumentException if the amount is invalid
   */
  public static PurchaseRecord of(CustomerId customerId, LocalDate date, double amount) {
    return builder().customerId(customerId).date(date).amount(amount).build();
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
    Checks.nonNegative("amount", amount());
  }

  /** Builds a {@link PurchaseRecord}; every attribute is required. */
  public static final class Builder extends ImmutablePurchaseRecord.Builder {
    Builder() {}
  }
}
