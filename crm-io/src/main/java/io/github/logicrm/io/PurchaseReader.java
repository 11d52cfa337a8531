package io.github.logicrm.io;

import static io.github.logicrm.io.internal.Row.NumberRule.NON_NEGATIVE;

import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.io.internal.ColumnSpec;
import io.github.logicrm.io.internal.RecordMapper;
import java.util.List;
import java.util.Set;

/**
 * Reads a purchase-only log, one {@link PurchaseRecord} per row: for books without a service record (a web shop's
 * orders, the CDNOW data), where only the purchase and spend models and the figures built on them apply.
 *
 * <p>Columns (in any order; others are ignored and listed in the load report's unused columns):
 * <table>
 * <caption>Purchase columns</caption>
 * <tr><th>Column</th><th>Value</th></tr>
 * <tr><td>{@code customer_id}</td><td>required; listed in the customer master when
 *     {@link Builder#knownCustomers known customers} are declared</td></tr>
 * <tr><td>{@code order_date}</td><td>required date {@code yyyy-MM-dd}</td></tr>
 * <tr><td>{@code amount}</td><td>required; {@code >= 0}</td></tr>
 * </table>
 *
 * <p>Memory: none beyond the row being read.
 */
public final class PurchaseReader extends RecordReader<PurchaseRecord> {

  private static final int CUSTOMER_ID = 0;
  private static final int ORDER_DATE = 1;
  private static final int AMOUNT = 2;

  private static final ColumnSpec COLUMNS = new ColumnSpec(List.of("customer_id", "order_date", "amount"), 3, false);

  private PurchaseReader(Settings settings) {
    super(settings, COLUMNS);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder<PurchaseReader> builder() {
    return new Builder<>(PurchaseReader::new);
  }

  @Override
  RecordMapper<PurchaseRecord> mapper(Settings settings) {
    Set<CustomerId> known = settings.knownCustomers;
    return (RecordMapper.PerRow<PurchaseRecord>) row -> {
      CustomerId customer = knownCustomer(row, CUSTOMER_ID, known);
      return PurchaseRecord.of(customer, row.date(ORDER_DATE, true), row.number(AMOUNT, NON_NEGATIVE, true));
    };
  }
}
