package io.github.logicrm.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.pipeline.sample.BookSink;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a book's records as the four CSV files the readers take: {@code shipments.csv} (one row per order line),
 * {@code invoices.csv}, {@code surveys.csv} and {@code customers.csv}. Counts what it wrote.
 */
final class BookFiles implements BookSink, AutoCloseable {

  static final String SHIPMENTS = "shipments.csv";
  static final String INVOICES = "invoices.csv";
  static final String SURVEYS = "surveys.csv";
  static final String CUSTOMERS = "customers.csv";

  private final CsvWriter shipments;
  private final CsvWriter invoices;
  private final CsvWriter surveys;
  private final CsvWriter customers;
  long orderCount;
  long lineCount;
  long invoiceCount;
  long responseCount;
  long customerCount;

  BookFiles(Path dir) throws IOException {
    Files.createDirectories(dir);
    shipments = CsvWriter.builder().build(dir.resolve(SHIPMENTS));
    invoices = CsvWriter.builder().build(dir.resolve(INVOICES));
    surveys = CsvWriter.builder().build(dir.resolve(SURVEYS));
    customers = CsvWriter.builder().build(dir.resolve(CUSTOMERS));
    shipments.writeRecord("customer_id", "order_id", "line_no", "ordered_qty", "delivered_qty", "damaged_qty",
        "requested_start", "requested_end", "shipped_at", "delivered_at", "revenue", "cost", "quoted_price",
        "invoiced_price", "delivered_to_agreed_location", "contract_terms_met", "documents_complete",
        "tracking_complete", "complaints", "consignee_id", "lane");
    invoices.writeRecord("customer_id", "invoice_id", "issued_on", "due_on", "amount", "paid_on");
    List<String> surveyHeader = new ArrayList<>(List.of("customer_id", "respondent_id", "answered_on", "recommend"));
    surveyHeader.addAll(SampleBook.SURVEY_ITEMS);
    surveys.writeRecord(surveyHeader);
    customers.writeRecord("customer_id", "name", "segment", "region", "relationship_start", "depends_on");
  }

  @Override
  public void customer(CustomerRecord c) {
    customers.writeRecord(c.customerId().value(), c.name().orElse(""), c.segment().orElse(""),
        c.region().orElse(""), c.relationshipStart().map(Object::toString).orElse(""),
        c.dependsOn().stream().map(CustomerId::value).collect(Collectors.joining(";")));
    customerCount++;
  }

  @Override
  public void order(OrderRecord order) {
    Shipment s = order.shipment();
    List<ShipmentLine> lines = s.lines();
    for (int l = 0; l < lines.size(); l++) {
      ShipmentLine line = lines.get(l);
      shipments.writeRecord(s.customerId().value(), s.orderId(), Integer.toString(l + 1),
          number(line.orderedQuantity()), number(line.deliveredQuantity()), number(line.damagedQuantity()),
          s.requestedWindow().start().toString(), s.requestedWindow().end().toString(), s.shippedAt().toString(),
          s.deliveredAt().toString(), number(order.revenue()),
          order.cost().isPresent() ? number(order.cost().getAsDouble()) : "", number(s.quotedPrice()),
          number(s.invoicedPrice()), Boolean.toString(s.deliveredToAgreedLocation()),
          Boolean.toString(s.contractTermsMet()), Boolean.toString(s.documentsComplete()),
          Boolean.toString(s.trackingComplete()), Integer.toString(s.complaints().size()),
          order.consigneeId().map(CustomerId::value).orElse(""), order.lane().orElse(""));
      lineCount++;
    }
    orderCount++;
  }

  @Override
  public void invoice(InvoiceRecord i) {
    invoices.writeRecord(i.customerId().value(), i.invoiceId(), i.issuedOn().toString(), i.dueOn().toString(),
        number(i.amount()), i.paidOn().map(Object::toString).orElse(""));
    invoiceCount++;
  }

  @Override
  public void survey(SurveyRecord r) {
    List<String> row = new ArrayList<>(List.of(r.customerId().value(), r.respondentId(), r.answeredOn().toString(),
        r.recommend().isPresent() ? Integer.toString(r.recommend().getAsInt()) : ""));
    for (String item : SampleBook.SURVEY_ITEMS) {
      Double answer = r.answers().get(item);
      row.add(answer == null ? "" : number(answer));
    }
    surveys.writeRecord(row);
    responseCount++;
  }

  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Override
  public void close() {
    try (shipments; invoices; surveys; customers) {
      // closes all four, keeping the first failure
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
