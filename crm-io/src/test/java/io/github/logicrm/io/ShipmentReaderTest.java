package io.github.logicrm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShipmentReaderTest {

  static final String HEADER = "customer_id,order_id,line_no,ordered_qty,delivered_qty,requested_start,"
      + "requested_end,shipped_at,delivered_at,revenue";

  /** Two orders, the first of two lines; columns shuffled, optional ones partly given, two unknown columns. */
  static final String SAMPLE = String.join("\n",
      "order_id,note,line_no,customer_id,revenue,ordered_qty,delivered_qty,damaged_qty,requested_start,"
          + "requested_end,committed_start,committed_end,shipped_at,delivered_at,cost,complaints,lane,"
          + "tracking_complete,consignee_id,weight_kg",
      "SO-1,rush,1,C-001,1850.50,40,40,,2026-03-02T03:00:00+01:00,2026-03-02T05:00:00+01:00,"
          + "2026-03-02T02:00:00Z,2026-03-02T06:00:00Z,2026-03-01T22:15:00Z,2026-03-02T05:10:00Z,1200,2,"
          + "CAN-SZX,false,C-002,800",
      "SO-1,,2,C-001,1850.5,12,11,1,2026-03-02T02:00:00Z,2026-03-02T04:00:00Z,"
          + "2026-03-02T02:00:00Z,2026-03-02T06:00:00Z,2026-03-01T22:15:00Z,2026-03-02T05:10:00Z,1200,2,"
          + "CAN-SZX,false,C-002,120",
      "SO-2,,1,C-002,300,5,5,,2026-03-03T08:00:00Z,2026-03-03T12:00:00Z,,,"
          + "2026-03-03T07:00:00Z,2026-03-03T11:59:59.5Z,,,,,,");

  static Instant t(String text) {
    return Instant.parse(text);
  }

  static OrderRecord sampleOrder1() {
    Shipment shipment = Shipment.builder().orderId("SO-1").customerId(CustomerId.of("C-001"))
        .addLines(ShipmentLine.of("1", 40, 40))
        .addLines(ShipmentLine.builder().item("2").orderedQuantity(12).deliveredQuantity(11).damagedQuantity(1)
            .build())
        .requestedWindow(TimeWindow.of(t("2026-03-02T02:00:00Z"), t("2026-03-02T04:00:00Z")))
        .committedWindow(TimeWindow.of(t("2026-03-02T02:00:00Z"), t("2026-03-02T06:00:00Z")))
        .shippedAt(t("2026-03-01T22:15:00Z")).deliveredAt(t("2026-03-02T05:10:00Z"))
        .deliveredToAgreedLocation(true).quotedPrice(1850.5).invoicedPrice(1850.5).contractTermsMet(true)
        .documentsComplete(true).trackingComplete(false)
        .addComplaints(Complaint.open(ComplaintCategory.OTHER), Complaint.open(ComplaintCategory.OTHER))
        .build();
    return OrderRecord.builder().shipment(shipment).revenue(1850.5).cost(OptionalDouble.of(1200))
        .consigneeId(CustomerId.of("C-002")).lane("CAN-SZX").build();
  }

  static OrderRecord sampleOrder2() {
    Shipment shipment = Shipment.builder().orderId("SO-2").customerId(CustomerId.of("C-002"))
        .addLines(ShipmentLine.of("1", 5, 5))
        .requestedWindow(TimeWindow.of(t("2026-03-03T08:00:00Z"), t("2026-03-03T12:00:00Z")))
        .shippedAt(t("2026-03-03T07:00:00Z")).deliveredAt(t("2026-03-03T11:59:59.5Z"))
        .deliveredToAgreedLocation(true).quotedPrice(300).invoicedPrice(300).contractTermsMet(true)
        .documentsComplete(true).trackingComplete(true)
        .build();
    return OrderRecord.builder().shipment(shipment).revenue(300).build();
  }

  static List<OrderRecord> readAll(RecordStream<OrderRecord> stream) {
    List<OrderRecord> records = new ArrayList<>();
    try (stream) {
      stream.forEach(records::add);
    }
    return records;
  }

  @Test
  void assemblesOrdersFromConsecutiveLinesWithColumnsInAnyOrder() {
    ShipmentReader reader = ShipmentReader.builder().build();
    try (RecordStream<OrderRecord> orders = reader.open(new StringReader(SAMPLE), "orders.csv")) {
      List<OrderRecord> records = new ArrayList<>();
      orders.forEach(records::add);
      assertThat(records).containsExactly(sampleOrder1(), sampleOrder2());
      LoadReport report = orders.report();
      assertThat(report.source()).isEqualTo("orders.csv");
      assertThat(report.rowsRead()).isEqualTo(3);
      assertThat(report.rowsAccepted()).isEqualTo(3);
      assertThat(report.rejectedByReason()).isEmpty();
      assertThat(report.unusedColumns()).containsExactly("note", "weight_kg");
    }
  }

  @Test
  void readsAFileAndWritesNoRejectsForCleanInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, SAMPLE);
    Path rejects = dir.resolve("rejects.csv");
    ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).rejectsTo(rejects).build();
    assertThat(readAll(reader.open(file))).containsExactly(sampleOrder1(), sampleOrder2());
    assertThat(Files.readAllLines(rejects)).containsExactly("source,line,column,column_name,value,reason,message");
  }

  @Test
  void localDateTimesTakeTheDeclaredZone() {
    String csv = HEADER + "\nSO-9,C-1,1,1,1,2026-03-02T03:00:00,2026-03-02T05:00,2026-03-01T23:00:00,"
        + "2026-03-02T04:00:00+01:00,10";
    csv = csv.replace("SO-9,C-1", "C-1,SO-9");
    ShipmentReader reader = ShipmentReader.builder().zone(ZoneId.of("Europe/Berlin")).build();
    OrderRecord order = readAll(reader.open(new StringReader(csv), "orders.csv")).get(0);
    assertThat(order.shipment().requestedWindow())
        .isEqualTo(TimeWindow.of(t("2026-03-02T02:00:00Z"), t("2026-03-02T04:00:00Z")));
    assertThat(order.shipment().shippedAt()).isEqualTo(t("2026-03-01T22:00:00Z"));
    assertThat(order.shipment().deliveredAt()).isEqualTo(t("2026-03-02T03:00:00Z"));
  }

  @Test
  void missingRequiredColumnFailsAtOpenInBothPolicies() {
    String csv = HEADER.replace(",revenue", "") + "\n";
    for (BadRows policy : BadRows.values()) {
      ShipmentReader reader = ShipmentReader.builder().onBadRow(policy).build();
      assertThatThrownBy(() -> reader.open(new StringReader(csv), "orders.csv"))
          .isInstanceOf(InputRejectedException.class)
          .hasMessage("orders.csv:1 required column revenue must be in the header")
          .satisfies(e -> assertThat(((InputRejectedException) e).rejection().reason())
              .isEqualTo(RejectReason.MISSING_VALUE));
    }
  }

  @Test
  void countedReportAddsUp() {
    String csv = HEADER + "\nC-1,SO-1,1,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,"
        + "2026-03-02T04:00:00Z,-10";
    ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).build();
    try (RecordStream<OrderRecord> orders = reader.open(new StringReader(csv), "orders.csv")) {
      assertThat(orders.stream().count()).isZero();
      assertThat(orders.report().rejectedByReason()).isEqualTo(Map.of(RejectReason.OUT_OF_RANGE, 1L));
      assertThat(orders.report().firstRejections()).extracting(Object::toString)
          .containsExactly("orders.csv:2:10 revenue must be finite and >= 0: \"-10\"");
    }
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesCountAsInAnEditor() {
    String csv = "\uFEFF" + HEADER + ",lane\r\n"
        + "C-1,SO-1,1,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,2026-03-02T04:00:00Z,10,"
        + "\"CAN \"\"north\"\", gate 3\r\nbay 2\"\r\n"
        + "C-1,SO-1,2,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,2026-03-02T04:00:00Z,10,"
        + "\"CAN \"\"north\"\", gate 3\r\nbay 2\"\r\n"
        + "\r\n"
        + "C-1,SO-2,1,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,2026-03-02T04:00:00Z,x,\r\n";
    ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).build();
    try (RecordStream<OrderRecord> orders = reader.open(new StringReader(csv), "orders.csv")) {
      List<OrderRecord> records = orders.stream().toList();
      assertThat(records).hasSize(1);
      assertThat(records.get(0).lane()).contains("CAN \"north\", gate 3\r\nbay 2");
      assertThat(records.get(0).shipment().lines()).hasSize(2);
      assertThat(orders.report().firstRejections()).extracting(Object::toString)
          .containsExactly("orders.csv:7:10 revenue must be finite and >= 0: \"x\"");
    }
  }

  @Test
  void lineItemIsTheLineNumberWrittenPlainly() {
    String csv = HEADER + "\n"
        + "C-1,SO-1,007,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,2026-03-02T04:00:00Z,10\n"
        + "C-1,SO-1,+8,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,2026-03-02T04:00:00Z,10\n"
        + "C-1,SO-1,9,1,1,2026-03-02T03:00:00Z,2026-03-02T05:00:00Z,2026-03-01T23:00:00Z,2026-03-02T04:00:00Z,10\n";
    OrderRecord order = readAll(ShipmentReader.builder().build().open(new StringReader(csv), "orders.csv")).get(0);
    assertThat(order.shipment().lines()).extracting(ShipmentLine::item).containsExactly("7", "8", "9");
  }

  @Test
  void ioErrorsSplitAsInFastCsvIOExceptionAtOpenUncheckedWhileReading(@TempDir Path dir) {
    ShipmentReader reader = ShipmentReader.builder().build();
    assertThatThrownBy(() -> reader.open(dir.resolve("missing.csv"))).isInstanceOf(NoSuchFileException.class);
    String head = SAMPLE.substring(0, SAMPLE.indexOf('\n') + 1);
    Reader failing = new Reader() {
      private final StringReader text = new StringReader(head);

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = text.read(buffer, offset, length);
        if (n < 0) {
          throw new IOException("disk gone");
        }
        return n;
      }

      @Override
      public void close() {}
    };
    try (RecordStream<OrderRecord> orders = reader.open(new BufferedReader(failing, 16), "orders.csv")) {
      assertThatThrownBy(() -> orders.forEach(o -> { })).isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk gone");
    }
  }
}
