package io.github.logicrm.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: the same field names as the CSV columns, the same records. */
class JsonLinesTest {

  /** {@link ShipmentReaderTest#SAMPLE} as JSON Lines: numbers and booleans as JSON values, absent as null. */
  static final String SAMPLE = String.join("\n",
      "{\"order_id\":\"SO-1\",\"note\":\"rush\",\"line_no\":1,\"customer_id\":\"C-001\",\"revenue\":1850.50,"
          + "\"ordered_qty\":40,\"delivered_qty\":40,\"damaged_qty\":null,"
          + "\"requested_start\":\"2026-03-02T03:00:00+01:00\",\"requested_end\":\"2026-03-02T05:00:00+01:00\","
          + "\"committed_start\":\"2026-03-02T02:00:00Z\",\"committed_end\":\"2026-03-02T06:00:00Z\","
          + "\"shipped_at\":\"2026-03-01T22:15:00Z\",\"delivered_at\":\"2026-03-02T05:10:00Z\",\"cost\":1200,"
          + "\"complaints\":2,\"lane\":\"CAN-SZX\",\"tracking_complete\":false,\"consignee_id\":\"C-002\","
          + "\"weight_kg\":800}",
      "",
      "{\"customer_id\":\"C-001\",\"order_id\":\"SO-1\",\"line_no\":\"2\",\"ordered_qty\":12,\"delivered_qty\":11,"
          + "\"damaged_qty\":1,\"requested_start\":\"2026-03-02T02:00:00Z\",\"requested_end\":\"2026-03-02T04:00:00Z\","
          + "\"committed_start\":\"2026-03-02T02:00:00Z\",\"committed_end\":\"2026-03-02T06:00:00Z\","
          + "\"shipped_at\":\"2026-03-01T22:15:00Z\",\"delivered_at\":\"2026-03-02T05:10:00Z\",\"revenue\":\"1850.5\","
          + "\"cost\":1200.0,\"complaints\":2,\"lane\":\"CAN-SZX\",\"tracking_complete\":\"false\","
          + "\"consignee_id\":\"C-002\"}",
      "{\"customer_id\":\"C-002\",\"order_id\":\"SO-2\",\"line_no\":1,\"ordered_qty\":5,\"delivered_qty\":5,"
          + "\"requested_start\":\"2026-03-03T08:00:00Z\",\"requested_end\":\"2026-03-03T12:00:00Z\","
          + "\"shipped_at\":\"2026-03-03T07:00:00Z\",\"delivered_at\":\"2026-03-03T11:59:59.5Z\",\"revenue\":300}");

  @Test
  void csvAndJsonLinesOfTheSameShipmentsGiveEqualRecords(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("orders.csv");
    Path jsonl = dir.resolve("orders.jsonl");
    Files.writeString(csv, ShipmentReaderTest.SAMPLE);
    Files.writeString(jsonl, "\uFEFF" + SAMPLE); // a byte order mark is skipped
    ShipmentReader reader = ShipmentReader.builder().build();
    List<OrderRecord> fromCsv = ShipmentReaderTest.readAll(reader.open(csv));
    try (RecordStream<OrderRecord> orders = reader.open(jsonl)) {
      List<OrderRecord> fromJson = new ArrayList<>();
      orders.forEach(fromJson::add);
      assertThat(fromJson).isEqualTo(fromCsv)
          .containsExactly(ShipmentReaderTest.sampleOrder1(), ShipmentReaderTest.sampleOrder2());
      LoadReport report = orders.report();
      assertThat(report.rowsRead()).isEqualTo(3);
      assertThat(report.rowsAccepted()).isEqualTo(3);
      assertThat(report.unusedColumns()).containsExactly("note", "weight_kg");
    }
  }

  @Test
  void otherFilesReadTheSameFromCsvAndJsonLines() {
    String invoicesCsv = "invoice_id,customer_id,issued_on,due_on,amount,paid_on,currency\n"
        + "I-1,C-1,2026-03-01,2026-03-31,100.25,2026-04-02,EUR\nI-2,C-2,2026-03-05,2026-04-04,80,,EUR\n";
    String invoicesJson = "{\"invoice_id\":\"I-1\",\"customer_id\":\"C-1\",\"issued_on\":\"2026-03-01\","
        + "\"due_on\":\"2026-03-31\",\"amount\":100.25,\"paid_on\":\"2026-04-02\",\"currency\":\"EUR\"}\n"
        + "{\"invoice_id\":\"I-2\",\"customer_id\":\"C-2\",\"issued_on\":\"2026-03-05\",\"due_on\":\"2026-04-04\","
        + "\"amount\":80,\"currency\":\"EUR\"}\n";
    InvoiceReader invoices = InvoiceReader.builder().build();
    List<InvoiceRecord> expectedInvoices = List.of(
        InvoiceRecord.builder().customerId(CustomerId.of("C-1")).invoiceId("I-1").issuedOn(LocalDate.of(2026, 3, 1))
            .dueOn(LocalDate.of(2026, 3, 31)).amount(100.25).paidOn(LocalDate.of(2026, 4, 2)).build(),
        InvoiceRecord.builder().customerId(CustomerId.of("C-2")).invoiceId("I-2").issuedOn(LocalDate.of(2026, 3, 5))
            .dueOn(LocalDate.of(2026, 4, 4)).amount(80).build());
    assertThat(read(invoices, invoicesCsv, "invoices.csv")).isEqualTo(expectedInvoices);
    assertThat(read(invoices, invoicesJson, "invoices.jsonl")).isEqualTo(expectedInvoices);

    String surveyCsv = "respondent_id,customer_id,answered_on,on_time,recommend,billing\n"
        + "R-1,C-1,2026-05-12,8,9,6.5\nR-2,C-2,2026-05-13,,,7\n";
    String surveyJson = "{\"respondent_id\":\"R-1\",\"customer_id\":\"C-1\",\"answered_on\":\"2026-05-12\","
        + "\"on_time\":8,\"recommend\":9,\"billing\":6.5}\n"
        + "{\"respondent_id\":\"R-2\",\"customer_id\":\"C-2\",\"answered_on\":\"2026-05-13\",\"on_time\":null,"
        + "\"billing\":\"7\"}\n";
    Map<String, Double> first = new LinkedHashMap<>();
    first.put("on_time", 8.0);
    first.put("billing", 6.5);
    List<SurveyRecord> expectedSurveys = List.of(
        SurveyRecord.builder().customerId(CustomerId.of("C-1")).respondentId("R-1")
            .answeredOn(LocalDate.of(2026, 5, 12)).answers(first).recommend(9).build(),
        SurveyRecord.builder().customerId(CustomerId.of("C-2")).respondentId("R-2")
            .answeredOn(LocalDate.of(2026, 5, 13)).putAnswers("billing", 7.0).build());
    SurveyReader surveys = SurveyReader.builder().build();
    assertThat(read(surveys, surveyCsv, "survey.csv")).isEqualTo(expectedSurveys);
    assertThat(read(surveys, surveyJson, "survey.ndjson")).isEqualTo(expectedSurveys);
    assertThat(new ArrayList<>(read(surveys, surveyCsv, "survey.csv").get(0).answers().keySet()))
        .containsExactly("on_time", "billing");

    String customersCsv = "customer_id,name,segment,region,relationship_start,depends_on\n"
        + "C-1,Huanan Electronics,electronics,South China,2019-03-01,\n"
        + "C-2,Pearl River Retail,,,,C-1 ; C-3\n";
    String customersJson = "{\"customer_id\":\"C-1\",\"name\":\"Huanan Electronics\",\"segment\":\"electronics\","
        + "\"region\":\"South China\",\"relationship_start\":\"2019-03-01\"}\n"
        + "{\"customer_id\":\"C-2\",\"name\":\"Pearl River Retail\",\"depends_on\":\"C-1;C-3\"}\n";
    List<CustomerRecord> expectedCustomers = List.of(
        CustomerRecord.builder().customerId(CustomerId.of("C-1")).name("Huanan Electronics").segment("electronics")
            .region("South China").relationshipStart(LocalDate.of(2019, 3, 1)).build(),
        CustomerRecord.builder().customerId(CustomerId.of("C-2")).name("Pearl River Retail")
            .addDependsOn(CustomerId.of("C-1"), CustomerId.of("C-3")).build());
    CustomerReader customers = CustomerReader.builder().build();
    assertThat(read(customers, customersCsv, "customers.csv")).isEqualTo(expectedCustomers);
    assertThat(read(customers, customersJson, "customers.jsonl")).isEqualTo(expectedCustomers);
  }

  @Test
  void rowsThatAreNotFlatObjectsAreMalformedAndMissingKeysAreMissingValues() {
    String json = "{\"customer_id\":\"C-1\",\"invoice_id\":\"I-1\",\"issued_on\":\"2026-03-01\","
        + "\"due_on\":\"2026-03-31\",\"amount\":1}\n"
        + "[1,2]\n"
        + "{\"customer_id\":\"C-1\",\"invoice_id\":\"I-2\",\"issued_on\":\"2026-03-01\",\"due_on\":\"2026-03-31\","
        + "\"amount\":{\"value\":1}}\n"
        + "{\"customer_id\":\"C-1\",\"invoice_id\":\"I-3\",\"issued_on\":\"2026-03-01\",\"due_on\":\"2026-03-31\"}\n"
        + "{\"customer_id\":\"C-1\",\"customer_id\":\"C-2\"}\n"
        + "{\"customer_id\":\"C-1\",\n"
        + "{\"amount\":2,\"customer_id\":\"C-1\",\"invoice_id\":\"I-4\",\"issued_on\":\"2026-03-01\","
        + "\"due_on\":\"2026-02-01\"}\n";
    InvoiceReader reader = InvoiceReader.builder().onBadRow(BadRows.COUNT).build();
    try (RecordStream<InvoiceRecord> invoices = reader.open(new StringReader(json), "invoices.jsonl")) {
      assertThat(invoices.stream().map(InvoiceRecord::invoiceId)).containsExactly("I-1");
      LoadReport report = invoices.report();
      assertThat(report.firstRejections()).extracting(Object::toString).containsExactly(
          "invoices.jsonl:2 row must be one JSON object naming each field once",
          "invoices.jsonl:3 amount must be a string, number, boolean or null",
          "invoices.jsonl:4 amount must be given",
          "invoices.jsonl:5 row must be one JSON object naming each field once",
          "invoices.jsonl:6 row must be one JSON object naming each field once",
          "invoices.jsonl:7:5 due_on must not be before issued_on 2026-03-01: \"2026-02-01\"");
      assertThat(report.firstRejections().get(2).columnName()).contains("amount");
      assertThat(report.firstRejections().get(2).column()).isEmpty();
      assertThat(report.rejectedByReason()).isEqualTo(Map.of(RejectReason.MALFORMED_ROW, 4L,
          RejectReason.MISSING_VALUE, 1L, RejectReason.INCONSISTENT, 1L));
    }
  }

  private static <T> List<T> read(RecordReader<T> reader, String text, String name) {
    List<T> records = new ArrayList<>();
    try (RecordStream<T> stream = reader.open(new StringReader(text), name)) {
      stream.forEach(records::add);
      assertThat(stream.report().rowsRejected()).isZero();
    }
    return records;
  }
}
