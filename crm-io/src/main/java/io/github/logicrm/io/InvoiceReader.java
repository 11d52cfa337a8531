package io.github.logicrm.io;

import static io.github.logicrm.io.internal.Row.NumberRule.NON_NEGATIVE;

import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.io.internal.ColumnSpec;
import io.github.logicrm.io.internal.CompactStringSet;
import io.github.logicrm.io.internal.RecordMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads an invoices file, one {@link InvoiceRecord} per row.
 *
 * <p>Columns (in any order; others are ignored and listed in the load report's unused columns):
 * <table>
 * <caption>Invoice columns</caption>
 * <tr><th>Column</th><th>Value</th></tr>
 * <tr><td>{@code customer_id}</td><td>required; listed in the customer master when
 *     {@link Builder#knownCustomers known customers} are declared</td></tr>
 * <tr><td>{@code invoice_id}</td><td>required; unique in the file</td></tr>
 * <tr><td>{@code issued_on}</td><td>required date {@code yyyy-MM-dd}</td></tr>
 * <tr><td>{@code due_on}</td><td>required date, not before {@code issued_on}</td></tr>
 * <tr><td>{@code amount}</td><td>required; {@code >= 0}</td></tr>
 * <tr><td>{@code paid_on}</td><td>optional date, not before {@code issued_on}; empty while unpaid</td></tr>
 * </table>
 *
 * <p>Memory: the set of invoice ids read.
 */
public final class InvoiceReader extends RecordReader<InvoiceRecord> {

  private static final int CUSTOMER_ID = 0;
  private static final int INVOICE_ID = 1;
  private static final int ISSUED_ON = 2;
  private static final int DUE_ON = 3;
  private static final int AMOUNT = 4;
  private static final int PAID_ON = 5;

  private static final ColumnSpec COLUMNS = new ColumnSpec(
      List.of("customer_id", "invoice_id", "issued_on", "due_on", "amount", "paid_on"), 5, false);

  private InvoiceReader(Settings settings) {
    super(settings, COLUMNS);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder<InvoiceReader> builder() {
    return new Builder<>(InvoiceReader::new);
  }

  @Override
  RecordMapper<InvoiceRecord> mapper(Settings settings) {
    Set<CustomerId> known = settings.knownCustomers;
    CompactStringSet invoicesRead = new CompactStringSet();
    return (RecordMapper.PerRow<InvoiceRecord>) row -> {
      CustomerId customer = knownCustomer(row, CUSTOMER_ID, known);
      String invoiceId = row.required(INVOICE_ID);
      LocalDate issued = row.date(ISSUED_ON, true);
      LocalDate due = row.date(DUE_ON, true);
      if (due.isBefore(issued)) {
        throw row.bad(DUE_ON, RejectReason.INCONSISTENT, "due_on must not be before issued_on " + issued);
      }
      double amount = row.number(AMOUNT, NON_NEGATIVE, true);
      LocalDate paid = row.date(PAID_ON, false);
      if (paid != null && paid.isBefore(issued)) {
        throw row.bad(PAID_ON, RejectReason.INCONSISTENT, "paid_on must not be before issued_on " + issued);
      }
      if (!invoicesRead.add(invoiceId)) {
        throw row.bad(INVOICE_ID, RejectReason.DUPLICATE, "invoice_id must not repeat an invoice read before");
      }
      InvoiceRecord.Builder invoice = InvoiceRecord.builder().customerId(customer).invoiceId(invoiceId)
          .issuedOn(issued).dueOn(due).amount(amount);
      if (paid != null) {
        invoice.paidOn(paid);
      }
      return invoice.build();
    };
  }
}
