package io.github.logicrm.io;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.io.internal.ColumnSpec;
import io.github.logicrm.io.internal.RecordMapper;
import io.github.logicrm.io.internal.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a customer master, one {@link CustomerRecord} per row.
 *
 * <p>Columns (in any order; others are ignored and listed in the load report's unused columns):
 * <table>
 * <caption>Customer master columns</caption>
 * <tr><th>Column</th><th>Value</th></tr>
 * <tr><td>{@code customer_id}</td><td>required; unique in the file</td></tr>
 * <tr><td>{@code name}, {@code segment}, {@code region}</td><td>optional text</td></tr>
 * <tr><td>{@code relationship_start}</td><td>optional date {@code yyyy-MM-dd}</td></tr>
 * <tr><td>{@code depends_on}</td><td>optional customer ids separated by {@code ;} (spaces around an id are
 *     dropped), each given once and none the customer itself: the customers whose business this one depends
 *     on</td></tr>
 * </table>
 *
 * <p>A {@code depends_on} id need not be in the master. The {@link Builder#knownCustomers known customers}
 * setting does not apply to this reader. Memory: the set of customer ids read.
 */
public final class CustomerReader extends RecordReader<CustomerRecord> {

  private static final int CUSTOMER_ID = 0;
  private static final int NAME = 1;
  private static final int SEGMENT = 2;
  private static final int REGION = 3;
  private static final int RELATIONSHIP_START = 4;
  private static final int DEPENDS_ON = 5;

  private static final ColumnSpec COLUMNS = new ColumnSpec(
      List.of("customer_id", "name", "segment", "region", "relationship_start", "depends_on"), 1, false);

  private CustomerReader(Settings settings) {
    super(settings, COLUMNS);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder<CustomerReader> builder() {
    return new Builder<>(CustomerReader::new);
  }

  @Override
  RecordMapper<CustomerRecord> mapper(Settings settings) {
    Set<CustomerId> customersRead = new HashSet<>();
    return (RecordMapper.PerRow<CustomerRecord>) row -> {
      CustomerId customer = row.customer(CUSTOMER_ID, true);
      CustomerRecord.Builder record = CustomerRecord.builder().customerId(customer);
      text(row, NAME).ifPresent(record::name);
      text(row, SEGMENT).ifPresent(record::segment);
      text(row, REGION).ifPresent(record::region);
      LocalDate start = row.date(RELATIONSHIP_START, false);
      if (start != null) {
        record.relationshipStart(start);
      }
      String dependsOn = row.text(DEPENDS_ON);
      if (dependsOn != null) {
        List<CustomerId> ids = new ArrayList<>();
        for (String part : dependsOn.split(";", -1)) {
          if (part.isBlank()) {
            throw row.bad(DEPENDS_ON, RejectReason.MISSING_VALUE,
                "depends_on must be customer ids separated by ';' with none empty");
          }
          CustomerId id = CustomerId.of(part.strip());
          if (id.equals(customer)) {
            throw row.bad(DEPENDS_ON, RejectReason.INCONSISTENT, "depends_on must not contain the customer itself");
          }
          if (ids.contains(id)) {
            throw row.bad(DEPENDS_ON, RejectReason.DUPLICATE, "depends_on must not repeat customer " + id);
          }
          ids.add(id);
        }
        record.dependsOn(ids);
      }
      if (!customersRead.add(customer)) {
        throw row.bad(CUSTOMER_ID, RejectReason.DUPLICATE, "customer_id must not repeat a customer read before");
      }
      return record.build();
    };
  }

  private static Optional<String> text(Row row, int slot) {
    return Optional.ofNullable(row.text(slot));
  }
}
