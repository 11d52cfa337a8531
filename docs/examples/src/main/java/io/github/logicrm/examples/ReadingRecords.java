package io.github.logicrm.examples;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.BadRows;
import io.github.logicrm.io.JdbcSource;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The guide's "Reading your records": a TMS's shipments export read into orders, with its load report. */
public final class ReadingRecords {

  private ReadingRecords() {}

  /**
   * Reads a shipments export, counting bad rows instead of failing, and writing them to a rejects file.
   *
   * @param export the CSV or JSON Lines export
   * @param rejects where rejected rows go, with their reasons
   * @return the orders read
   * @throws IOException when a file cannot be opened
   */
  public static List<OrderRecord> readExport(Path export, Path rejects) throws IOException {
    ShipmentReader reader = ShipmentReader.builder()
        .onBadRow(BadRows.COUNT)          // go on, count every bad row by reason
        .rejectsTo(rejects)               // and write each to a CSV with its reason
        .build();
    List<OrderRecord> orders = new ArrayList<>();
    try (RecordStream<OrderRecord> records = reader.open(export)) {
      records.forEach(orders::add);
      LoadReport report = records.report();
      System.out.println(report.rowsRead() + " lines read, " + report.rowsAccepted() + " accepted, rejected "
          + report.rejectedByReason() + ", unused columns " + report.unusedColumns());
      report.firstRejections().forEach(System.out::println);
    }
    return orders;
  }

  /**
   * Streams the shipments of a TMS database: the query's column labels are the export's column names.
   *
   * @param connection an open connection; its auto-commit state is restored after the read
   * @return the orders read
   * @throws SQLException when the query fails
   * @throws IOException never here (no rejects file)
   */
  public static List<OrderRecord> readQuery(Connection connection) throws SQLException, IOException {
    JdbcSource query = JdbcSource.of(connection, "tms-shipments",
        "SELECT o.customer_no AS customer_id, o.order_no AS order_id, l.line_no, l.qty_ordered AS ordered_qty,"
            + " l.qty_delivered AS delivered_qty, o.window_from AS requested_start,"
            + " o.window_to AS requested_end, o.shipped AS shipped_at, o.delivered AS delivered_at,"
            + " o.revenue FROM orders o JOIN order_lines l ON l.order_no = o.order_no"
            + " ORDER BY o.order_no, l.line_no")                  // the lines of an order together
        .withFetchSize(5000);
    List<OrderRecord> orders = new ArrayList<>();
    try (RecordStream<OrderRecord> records = ShipmentReader.builder().build().open(query)) {
      records.forEach(orders::add);                              // STRICT: the first bad row throws
    }
    return orders;
  }

  /**
   * Reads the sample export shipped with the examples.
   *
   * @return the sample's records and report
   */
  public static RecordStreamResult readSample() {
    ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).build();
    Reader text = new InputStreamReader(Objects.requireNonNull(
        ReadingRecords.class.getResourceAsStream("/sample/tms/shipments.csv")), StandardCharsets.UTF_8);
    try (RecordStream<OrderRecord> records = reader.open(text, "shipments.csv")) {
      List<OrderRecord> orders = records.stream().toList();
      return new RecordStreamResult(orders, records.report());
    }
  }

  /**
   * What a read gave.
   *
   * @param orders the accepted orders
   * @param report the load report
   */
  public record RecordStreamResult(List<OrderRecord> orders, LoadReport report) {}

  /**
   * Prints the sample's load report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    RecordStreamResult result = readSample();
    System.out.println(result.orders().size() + " orders; " + result.report());
  }
}
