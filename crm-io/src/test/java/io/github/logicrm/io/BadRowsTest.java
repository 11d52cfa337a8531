package io.github.logicrm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.customer.CustomerId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad row, with its exact message, under both policies. */
class BadRowsTest {

  private static final String SHIPMENT_HEADER = ShipmentReaderTest.HEADER + ",damaged_qty,tracking_complete";
  private static final Set<CustomerId> MASTER = Set.of(CustomerId.of("C-1"), CustomerId.of("C-2"));

  /** A good order line; {@code overrides} are {@code column=value}. */
  static String line(String... overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("customer_id", "C-1");
    values.put("order_id", "SO-1");
    values.put("line_no", "1");
    values.put("ordered_qty", "10");
    values.put("delivered_qty", "10");
    values.put("requested_start", "2026-03-02T08:00:00Z");
    values.put("requested_end", "2026-03-02T12:00:00Z");
    values.put("shipped_at", "2026-03-02T06:00:00Z");
    values.put("delivered_at", "2026-03-02T10:00:00Z");
    values.put("revenue", "100");
    values.put("damaged_qty", "");
    values.put("tracking_complete", "");
    for (String override : overrides) {
      int eq = override.indexOf('=');
      assertThat(values.put(override.substring(0, eq), override.substring(eq + 1))).isNotNull();
    }
    return String.join(",", values.values());
  }

  static String shipments(String... lines) {
    return SHIPMENT_HEADER + "\n" + String.join("\n", lines) + "\n";
  }

  /**
   * A bad input: the policy-independent reader, the text, the rejection that STRICT throws, and under COUNT all
   * rejections in line order and the rows accepted.
   */
  record Case(String name, Function<BadRows, RecordReader<?>> reader, String source, String text, String strict,
      RejectReason reason, List<String> counted, long accepted) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Case shipment(String name, String text, String strict, RejectReason reason) {
    return new Case(name, p -> ShipmentReader.builder().onBadRow(p).knownCustomers(MASTER).build(), "orders.csv",
        text, strict, reason, List.of(strict), 0);
  }

  static Stream<Case> cases() {
    Function<BadRows, RecordReader<?>> invoices =
        p -> InvoiceReader.builder().onBadRow(p).knownCustomers(MASTER).build();
    Function<BadRows, RecordReader<?>> surveys = p -> SurveyReader.builder().onBadRow(p).build();
    Function<BadRows, RecordReader<?>> customers = p -> CustomerReader.builder().onBadRow(p).build();
    String invoiceHeader = "customer_id,invoice_id,issued_on,due_on,amount,paid_on\n";
    String surveyHeader = "customer_id,respondent_id,answered_on,recommend,on_time,billing\n";
    String customerHeader = "customer_id,name,depends_on\n";
    return Stream.of(
        shipment("missing value", shipments(line("revenue=")),
            "orders.csv:2:10 revenue must be given", RejectReason.MISSING_VALUE),
        shipment("decimal comma", shipments(line("revenue=\"-12,5\"")),
            "orders.csv:2:10 revenue must be finite and >= 0: \"-12,5\"", RejectReason.BAD_NUMBER),
        shipment("NaN", shipments(line("revenue=NaN")),
            "orders.csv:2:10 revenue must be finite and >= 0: \"NaN\"", RejectReason.BAD_NUMBER),
        shipment("number with a suffix", shipments(line("ordered_qty=10d")),
            "orders.csv:2:4 ordered_qty must be finite and > 0: \"10d\"", RejectReason.BAD_NUMBER),
        shipment("negative quantity", shipments(line("delivered_qty=-3")),
            "orders.csv:2:5 delivered_qty must be finite and >= 0: \"-3\"", RejectReason.OUT_OF_RANGE),
        shipment("nothing ordered", shipments(line("ordered_qty=0")),
            "orders.csv:2:4 ordered_qty must be finite and > 0: \"0\"", RejectReason.OUT_OF_RANGE),
        shipment("damaged above delivered", shipments(line("delivered_qty=4", "damaged_qty=5")),
            "orders.csv:2:11 damaged_qty must be <= delivered_qty 4.0: \"5\"", RejectReason.OUT_OF_RANGE),
        shipment("line number not whole", shipments(line("line_no=1.5")),
            "orders.csv:2:3 line_no must be a whole number >= 1: \"1.5\"", RejectReason.BAD_NUMBER),
        shipment("unparseable instant", shipments(line("shipped_at=2026-03-02 06:00")),
            "orders.csv:2:8 shipped_at must be an ISO-8601 date-time with an offset: \"2026-03-02 06:00\"",
            RejectReason.BAD_TIME),
        shipment("invalid day", shipments(line("requested_end=2026-02-30T12:00:00Z")),
            "orders.csv:2:7 requested_end must be an ISO-8601 date-time with an offset: \"2026-02-30T12:00:00Z\"",
            RejectReason.BAD_TIME),
        shipment("local time without a zone", shipments(line("shipped_at=2026-03-02T06:00:00")),
            "orders.csv:2:8 shipped_at must have an offset (no zone is declared for local date-times): "
                + "\"2026-03-02T06:00:00\"", RejectReason.BAD_TIME),
        shipment("delivered before shipped", shipments(line("delivered_at=2026-03-02T05:59:59Z")),
            "orders.csv:2:9 delivered_at must not be before shipped_at 2026-03-02T06:00:00Z: "
                + "\"2026-03-02T05:59:59Z\"", RejectReason.INCONSISTENT),
        shipment("window ends before it starts", shipments(line("requested_end=2026-03-02T07:00:00Z")),
            "orders.csv:2:7 requested_end must not be before requested_start 2026-03-02T08:00:00Z: "
                + "\"2026-03-02T07:00:00Z\"", RejectReason.INCONSISTENT),
        shipment("bad boolean", shipments(line("tracking_complete=yes")),
            "orders.csv:2:12 tracking_complete must be true or false: \"yes\"", RejectReason.BAD_BOOLEAN),
        shipment("unknown customer", shipments(line("customer_id=C-9")),
            "orders.csv:2:1 customer_id must be listed in the customer master: \"C-9\"",
            RejectReason.UNKNOWN_CUSTOMER),
        shipment("too few fields", shipments(line().substring(0, line().lastIndexOf(','))),
            "orders.csv:2 row must have as many fields as the header 12: 11", RejectReason.MALFORMED_ROW),
        new Case("order fields disagree", p -> ShipmentReader.builder().onBadRow(p).build(), "orders.csv",
            shipments(line(), line("line_no=2", "revenue=120.0"), line("line_no=3")),
            "orders.csv:3:10 revenue must equal 100 as on line 2 of order SO-1: \"120.0\"",
            RejectReason.ORDER_FIELDS_DISAGREE,
            List.of("orders.csv:2 order SO-1 is rejected with its line 3",
                "orders.csv:3:10 revenue must equal 100 as on line 2 of order SO-1: \"120.0\"",
                "orders.csv:4 order SO-1 is rejected with its line 3"), 0),
        new Case("duplicate order line", p -> ShipmentReader.builder().onBadRow(p).build(), "orders.csv",
            shipments(line(), line("line_no=2"), line("line_no=1"), line("order_id=SO-2")),
            "orders.csv:4:3 line_no must not repeat within order SO-1: \"1\"", RejectReason.DUPLICATE,
            List.of("orders.csv:2 order SO-1 is rejected with its line 4",
                "orders.csv:3 order SO-1 is rejected with its line 4",
                "orders.csv:4:3 line_no must not repeat within order SO-1: \"1\""), 1),
        new Case("order lines not consecutive", p -> ShipmentReader.builder().onBadRow(p).build(), "orders.csv",
            shipments(line(), line("order_id=SO-2"), line("line_no=2")),
            "orders.csv:4:2 order_id must not repeat an order read before (the lines of an order must be "
                + "consecutive): \"SO-1\"", RejectReason.DUPLICATE,
            List.of("orders.csv:4:2 order_id must not repeat an order read before (the lines of an order must be "
                + "consecutive): \"SO-1\""), 2),
        new Case("invoice for an unknown customer", invoices, "invoices.csv",
            invoiceHeader + "C-1,I-1,2026-03-01,2026-03-31,100,\nC-9,I-2,2026-03-01,2026-03-31,50,\n",
            "invoices.csv:3:1 customer_id must be listed in the customer master: \"C-9\"",
            RejectReason.UNKNOWN_CUSTOMER,
            List.of("invoices.csv:3:1 customer_id must be listed in the customer master: \"C-9\""), 1),
        new Case("invoice due before issue", invoices, "invoices.csv",
            invoiceHeader + "C-1,I-1,2026-03-01,2026-02-28,100,\n",
            "invoices.csv:2:4 due_on must not be before issued_on 2026-03-01: \"2026-02-28\"",
            RejectReason.INCONSISTENT,
            List.of("invoices.csv:2:4 due_on must not be before issued_on 2026-03-01: \"2026-02-28\""), 0),
        new Case("invoice date", invoices, "invoices.csv", invoiceHeader + "C-1,I-1,01.03.2026,2026-03-31,100,\n",
            "invoices.csv:2:3 issued_on must be an ISO-8601 date yyyy-MM-dd: \"01.03.2026\"", RejectReason.BAD_TIME,
            List.of("invoices.csv:2:3 issued_on must be an ISO-8601 date yyyy-MM-dd: \"01.03.2026\""), 0),
        new Case("duplicate invoice", invoices, "invoices.csv",
            invoiceHeader + "C-1,I-1,2026-03-01,2026-03-31,100,\nC-2,I-1,2026-03-01,2026-03-31,100,2026-03-05\n",
            "invoices.csv:3:2 invoice_id must not repeat an invoice read before: \"I-1\"", RejectReason.DUPLICATE,
            List.of("invoices.csv:3:2 invoice_id must not repeat an invoice read before: \"I-1\""), 1),
        new Case("recommend out of range", surveys, "survey.csv",
            surveyHeader + "C-1,R-1,2026-05-12,11,8,7\n",
            "survey.csv:2:4 recommend must be a whole number in [0, 10]: \"11\"", RejectReason.OUT_OF_RANGE,
            List.of("survey.csv:2:4 recommend must be a whole number in [0, 10]: \"11\""), 0),
        new Case("item not a number", surveys, "survey.csv",
            surveyHeader + "C-1,R-1,2026-05-12,9,8,good\n",
            "survey.csv:2:6 billing must be a finite number: \"good\"", RejectReason.BAD_NUMBER,
            List.of("survey.csv:2:6 billing must be a finite number: \"good\""), 0),
        new Case("customer depends on itself", customers, "customers.csv",
            customerHeader + "C-1,Acme,C-2;C-1\n",
            "customers.csv:2:3 depends_on must not contain the customer itself: \"C-2;C-1\"",
            RejectReason.INCONSISTENT,
            List.of("customers.csv:2:3 depends_on must not contain the customer itself: \"C-2;C-1\""), 0),
        new Case("customer listed twice", customers, "customers.csv",
            customerHeader + "C-1,Acme,\nC-1,Acme Ltd,\n",
            "customers.csv:3:1 customer_id must not repeat a customer read before: \"C-1\"", RejectReason.DUPLICATE,
            List.of("customers.csv:3:1 customer_id must not repeat a customer read before: \"C-1\""), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void strictThrowsTheFirstRejection(Case c) {
    RecordReader<?> reader = c.reader().apply(BadRows.STRICT);
    assertThatThrownBy(() -> {
      try (RecordStream<?> records = reader.open(new StringReader(c.text()), c.source())) {
        records.forEach(r -> { });
      }
    }).isInstanceOf(InputRejectedException.class)
        .hasMessage(c.strict())
        .satisfies(e -> assertThat(((InputRejectedException) e).rejection().reason()).isEqualTo(c.reason()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void countGoesOnAndAccountsForEveryRow(Case c) {
    RecordReader<?> reader = c.reader().apply(BadRows.COUNT);
    try (RecordStream<?> records = reader.open(new StringReader(c.text()), c.source())) {
      List<Object> read = new ArrayList<>();
      records.forEach(read::add);
      LoadReport report = records.report();
      assertThat(report.firstRejections()).extracting(Object::toString).containsExactlyElementsOf(c.counted());
      assertThat(report.rowsRejected()).isEqualTo(c.counted().size());
      assertThat(report.rowsAccepted()).isEqualTo(c.accepted());
      assertThat(report.rejectedByReason()).containsKey(c.reason());
      long dataRows = c.text().lines().count() - 1;
      assertThat(report.rowsRead()).isEqualTo(dataRows);
      assertThat(read).hasSizeLessThanOrEqualTo((int) c.accepted());
    }
  }

  @Test
  void rejectsFileHoldsEveryRejectionWithItsReason(@TempDir Path dir) throws IOException {
    Path orders = dir.resolve("orders.csv");
    Files.writeString(orders, shipments(line(), line("line_no=2", "revenue=120"), line("order_id=SO-2",
        "delivered_qty=\"-1,5\"")));
    Path rejects = dir.resolve("rejects.csv");
    List<String> sunk = new ArrayList<>();
    ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).rejectsTo(rejects)
        .rejectsTo(r -> sunk.add(r.toString())).keepFirstRejections(1).build();
    try (RecordStream<?> records = reader.open(orders)) {
      assertThat(records.stream().count()).isZero();
      assertThat(records.report().firstRejections()).hasSize(1);
      assertThat(records.report().rejectedByReason()).isEqualTo(
          Map.of(RejectReason.ORDER_FIELDS_DISAGREE, 2L, RejectReason.BAD_NUMBER, 1L));
    }
    assertThat(Files.readAllLines(rejects)).containsExactly(
        "source,line,column,column_name,value,reason,message",
        "orders.csv,2,,,,ORDER_FIELDS_DISAGREE,order SO-1 is rejected with its line 3",
        "orders.csv,3,10,revenue,120,ORDER_FIELDS_DISAGREE,revenue must equal 100 as on line 2 of order SO-1",
        "orders.csv,4,5,delivered_qty,\"-1,5\",BAD_NUMBER,delivered_qty must be finite and >= 0");
    assertThat(sunk).containsExactly(
        "orders.csv:2 order SO-1 is rejected with its line 3",
        "orders.csv:3:10 revenue must equal 100 as on line 2 of order SO-1: \"120\"",
        "orders.csv:4:5 delivered_qty must be finite and >= 0: \"-1,5\"");
  }

  @Test
  void strictWritesTheRejectionBeforeThrowing(@TempDir Path dir) throws IOException {
    Path orders = dir.resolve("orders.csv");
    Files.writeString(orders, shipments(line("revenue=x")));
    Path rejects = dir.resolve("rejects.csv");
    ShipmentReader reader = ShipmentReader.builder().rejectsTo(rejects).build();
    try (RecordStream<?> records = reader.open(orders)) {
      java.util.Iterator<?> iterator = records.iterator();
      assertThatThrownBy(iterator::hasNext).isInstanceOf(InputRejectedException.class);
      assertThatThrownBy(iterator::hasNext).isInstanceOf(IllegalStateException.class)
          .hasMessage("reading orders.csv stopped: orders.csv:2:10 revenue must be finite and >= 0: \"x\"");
      assertThat(records.report().rejectedByReason()).isEqualTo(Map.of(RejectReason.BAD_NUMBER, 1L));
    }
    assertThat(Files.readAllLines(rejects)).hasSize(2)
        .last().isEqualTo("orders.csv,2,10,revenue,x,BAD_NUMBER,revenue must be finite and >= 0");
  }

  @Test
  void repeatedHeaderColumnFailsAtOpen() {
    String csv = SHIPMENT_HEADER + ",revenue\n";
    assertThatThrownBy(() -> ShipmentReader.builder().onBadRow(BadRows.COUNT).build()
        .open(new StringReader(csv), "orders.csv"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage("orders.csv:1:13 column revenue must appear once in the header");
  }

  @Test
  void emptyFileLacksEveryRequiredColumn() {
    assertThatThrownBy(() -> InvoiceReader.builder().build().open(new StringReader(""), "invoices.csv"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage("invoices.csv:1 required column customer_id must be in the header");
  }

  @Test
  void builderRejectsANegativeKeepCount() {
    assertThatThrownBy(() -> ShipmentReader.builder().keepFirstRejections(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keepFirstRejections must be >= 0: -1");
    assertThat(Arrays.asList(BadRows.values())).containsExactly(BadRows.STRICT, BadRows.COUNT);
  }
}
