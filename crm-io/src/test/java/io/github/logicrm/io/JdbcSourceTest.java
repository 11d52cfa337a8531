package io.github.logicrm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.testing.PostgresServer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/** The readers fed from a query on a real PostgreSQL server give the records the CSV readers give. */
class JdbcSourceTest {

  @RegisterExtension
  static final PostgresServer SERVER = new PostgresServer();

  private static final String SHIPMENT_COLUMNS = "customer_id, order_id, line_no, ordered_qty, delivered_qty, "
      + "requested_start, requested_end, shipped_at, delivered_at, revenue, lane";

  private static String generatedCsv(int orders) throws IOException {
    StringWriter text = new StringWriter();
    try (Reader generated = new LargeInputTest.GeneratedShipments(orders)) {
      generated.transferTo(text);
    }
    return text.toString();
  }

  private static void copy(Connection connection, String table, String columns, String csv) throws Exception {
    connection.unwrap(PGConnection.class).getCopyAPI()
        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv, HEADER true)",
            new StringReader(csv));
  }

  @Test
  void shipmentsFromAQueryEqualTheCsvReadersRecords() throws Exception {
    String csv = generatedCsv(3000);
    try (Connection connection = SERVER.connect()) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE shipments (seq bigserial PRIMARY KEY, customer_id text, order_id text, "
            + "line_no integer, ordered_qty numeric, delivered_qty numeric, requested_start timestamptz, "
            + "requested_end timestamptz, shipped_at timestamptz, delivered_at timestamptz, revenue numeric(12,2), "
            + "lane text)");
      }
      copy(connection, "shipments", SHIPMENT_COLUMNS, csv);
      ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).keepFirstRejections(5).build();
      List<OrderRecord> fromCsv = new ArrayList<>();
      LoadReport csvReport;
      try (RecordStream<OrderRecord> orders = reader.open(new StringReader(csv), "shipments.csv")) {
        orders.forEach(fromCsv::add);
        csvReport = orders.report();
      }
      JdbcSource query = JdbcSource.of(connection, "shipments-query",
          "SELECT " + SHIPMENT_COLUMNS + ", seq AS row_seq FROM shipments ORDER BY seq").withFetchSize(100);
      List<OrderRecord> fromQuery = new ArrayList<>();
      try (RecordStream<OrderRecord> orders = reader.open(query)) {
        for (OrderRecord order : orders) {
          if (fromQuery.isEmpty()) {
            // PostgreSQL fetches rows in batches only inside a transaction
            assertThat(connection.getAutoCommit()).isFalse();
          }
          fromQuery.add(order);
        }
        LoadReport report = orders.report();
        assertThat(report.source()).isEqualTo("shipments-query");
        assertThat(report.rowsRead()).isEqualTo(csvReport.rowsRead());
        assertThat(report.rowsAccepted()).isEqualTo(csvReport.rowsAccepted());
        assertThat(report.rejectedByReason()).isEqualTo(csvReport.rejectedByReason());
        assertThat(report.unusedColumns()).containsExactly("row_seq");
        // the query's rows are numbered from 1; the CSV's lines count the header
        Rejection first = report.firstRejections().get(0);
        assertThat(first.toString()).isEqualTo("shipments-query:1:5 delivered_qty must be finite and >= 0: \"-1\"");
        assertThat(csvReport.firstRejections().get(0).line()).isEqualTo(first.line() + 1);
      }
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(fromQuery).hasSize(3000 - 31).isEqualTo(fromCsv);
    }
  }

  @Test
  void localTimestampsDatesAndBooleansReadLikeTheirCsvText() throws Exception {
    try (Connection connection = SERVER.connect(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE local_orders (customer_id text, order_id text, line_no int, ordered_qty int, "
          + "delivered_qty int, requested_start timestamp, requested_end timestamp, shipped_at timestamp, "
          + "delivered_at timestamp, revenue double precision, tracking_complete boolean, complaints smallint)");
      sql.execute("INSERT INTO local_orders VALUES ('C-1', 'SO-1', 1, 5, 5, '2026-03-02 08:00', "
          + "'2026-03-02 12:00:30.5', '2026-03-02 06:00', '2026-03-02 10:00', 99.5, false, 1), "
          + "('C-1', 'SO-2', 1, 5, 5, '2026-03-02 08:00', '2026-03-02 12:00', '2026-03-02 06:00', "
          + "'2026-03-02 10:00', 10, NULL, NULL)");
      sql.execute("CREATE TABLE invoices (customer_id text, invoice_id text, issued_on date, due_on date, "
          + "amount numeric, paid_on date)");
      sql.execute("INSERT INTO invoices VALUES ('C-1', 'I-1', '2026-03-01', '2026-03-31', 100.25, NULL), "
          + "('C-1', 'I-2', '2026-03-01', '2026-03-31', 80, '2026-03-20')");
      String ordersCsv = "customer_id,order_id,line_no,ordered_qty,delivered_qty,requested_start,requested_end,"
          + "shipped_at,delivered_at,revenue,tracking_complete,complaints\n"
          + "C-1,SO-1,1,5,5,2026-03-02T08:00:00,2026-03-02T12:00:30.5,2026-03-02T06:00,2026-03-02T10:00,99.5,"
          + "false,1\n"
          + "C-1,SO-2,1,5,5,2026-03-02T08:00,2026-03-02T12:00,2026-03-02T06:00,2026-03-02T10:00,10,,\n";
      ShipmentReader shipments = ShipmentReader.builder().zone(ZoneId.of("Asia/Shanghai")).build();
      assertThat(read(shipments.open(JdbcSource.of(connection, "orders", "SELECT * FROM local_orders"))))
          .isEqualTo(read(shipments.open(new StringReader(ordersCsv), "orders.csv")))
          .hasSize(2);
      String invoicesCsv = "customer_id,invoice_id,issued_on,due_on,amount,paid_on\n"
          + "C-1,I-1,2026-03-01,2026-03-31,100.25,\nC-1,I-2,2026-03-01,2026-03-31,80,2026-03-20\n";
      InvoiceReader invoices = InvoiceReader.builder().build();
      List<InvoiceRecord> fromQuery = read(invoices.open(JdbcSource.of(connection, "invoices",
          "SELECT * FROM invoices ORDER BY invoice_id")));
      assertThat(fromQuery).isEqualTo(read(invoices.open(new StringReader(invoicesCsv), "invoices.csv")));
      assertThat(read(SurveyReader.builder().build().open(JdbcSource.of(connection, "survey",
          "SELECT 'C-1' AS customer_id, 'R-1' AS respondent_id, DATE '2026-05-12' AS answered_on, 9 AS recommend, "
              + "7.5 AS on_time"))))
          .extracting(SurveyRecord::answers).containsExactly(java.util.Map.of("on_time", 7.5));
      assertThat(read(CustomerReader.builder().build().open(JdbcSource.of(connection, "customers",
          "SELECT 'C-2' AS customer_id, 'C-1' AS depends_on"))))
          .extracting(CustomerRecord::dependsOn).hasSize(1);
    }
  }

  @Test
  void aQueryWithoutARequiredColumnFailsAtOpenAndLeavesTheConnectionAsItWas() throws Exception {
    try (Connection connection = SERVER.connect()) {
      JdbcSource query = JdbcSource.of(connection, "invoices-query", "SELECT 'C-1' AS customer_id");
      assertThatThrownBy(() -> InvoiceReader.builder().build().open(query))
          .isInstanceOf(InputRejectedException.class)
          .hasMessage("invoices-query:1 required column invoice_id must be in the header")
          .satisfies(e -> assertThat(((InputRejectedException) e).rejection().reason())
              .isEqualTo(RejectReason.MISSING_VALUE));
      assertThat(connection.getAutoCommit()).isTrue();
      assertThatThrownBy(() -> InvoiceReader.builder().build()
          .open(JdbcSource.of(connection, "broken", "SELECT * FROM no_such_table")))
          .isInstanceOf(SQLException.class);
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void fetchSizeMustBePositive() throws Exception {
    try (Connection connection = SERVER.connect()) {
      assertThatThrownBy(() -> JdbcSource.of(connection, "q", "SELECT 1").withFetchSize(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fetchSize must be > 0: 0");
      assertThatThrownBy(() -> JdbcSource.of(connection, " ", "SELECT 1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must not be blank: ' '");
    }
  }

  private static <T> List<T> read(RecordStream<T> stream) {
    List<T> records = new ArrayList<>();
    try (stream) {
      stream.forEach(records::add);
    }
    return records;
  }
}
