package io.github.logicrm.core.book;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An invoice sent to a customer: when it was issued, when it fell due, its amount and, once settled, when it was
 * paid. The pipeline derives receivables from these (overdue share, days sales outstanding).
 */
@Value.Immutable
@ValueStyle
public abstract class InvoiceRecord {

  InvoiceRecord() {}

  /**
   * Returns the invoiced customer.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the invoice number.
   *
   * @return the invoice id, not blank
   */
  public abstract String invoiceId();

  /**
   * Returns the day the invoice was issued.
   *
   * @return the issue date, not null
   */
  public abstract LocalDate issuedOn();

  /**
   * Returns the day payment fell due.
   *
   * @return the due date, not before {@link #issuedOn()}
   */
  public abstract LocalDate dueOn();

  /**
   * Returns the invoiced amount, in the book's currency.
   *
   * @return the amount, finite and {@code >= 0}
   */
  public abstract double amount();

  /**
   * Returns the day the invoice was paid in full.
   *
   * @return the payment date, not before {@link #issuedOn()}; empty while unpaid
   */
  public abstract Optional<LocalDate> paidOn();

  /**
   * Tells whether the invoice was still unpaid at the end of a day.
   *
   * @param asOf the day, not null
   * @return true if issued on or before {@code asOf} and not paid on or before it
   */
  public boolean isOpenOn(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return !issuedOn().isAfter(asOf) && paidOn().map(p -> p.isAfter(asOf)).orElse(true);
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
    Checks.notBlank("invoiceId", invoiceId());
    Checks.nonNegative("amount", amount());
    if (dueOn().isBefore(issuedOn())) {
      throw new IllegalArgumentException("dueOn must not be before issuedOn " + issuedOn() + ": " + dueOn());
    }
    if (paidOn().isPresent() && paidOn().get().isBefore(issuedOn())) {
      throw new IllegalArgumentException("paidOn must not be before issuedOn " + issuedOn() + ": " + paidOn().get());
    }
  }

  /** Builds an {@link InvoiceRecord}; every attribute except {@code paidOn} is required. */
  public static final class Builder extends ImmutableInvoiceRecord.Builder {
    Builder() {}
  }
}
