package io.github.logicrm.examples;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.InvoiceReader;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.ValueBasis;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The guide's "From records to the Customer 360 table": files or memory in, one profile per customer out. */
public final class Customer360Example {

  private Customer360Example() {}

  /**
   * Reads a shipments export and an invoices export into the pipeline and scores the book.
   *
   * @param shipments the shipments file, one row per order line
   * @param invoices the invoices file
   * @param asOf the last day whose records count
   * @return the profiles and the book summary
   * @throws IOException when a file cannot be opened
   */
  public static Customer360Result fromFiles(Path shipments, Path invoices, LocalDate asOf) throws IOException {
    Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), asOf);
    BookBuffer book = pipeline.create();
    try (RecordStream<OrderRecord> orders = ShipmentReader.builder().build().open(shipments)) {
      orders.forEach(book::add);                     // one pass; memory grows with customers, not lines
    }
    try (RecordStream<InvoiceRecord> rows = InvoiceReader.builder().build().open(invoices)) {
      rows.forEach(book::add);
    }
    return pipeline.finish(book);                  // fits the book once, then scores every customer
  }

  /**
   * Scores a generated book held in memory, with a configuration of its own.
   *
   * @return the profiles and the book summary
   */
  public static Customer360Result inMemory() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    BookRecords records = BookRecords.of(SampleBook.of(200, 3, asOf, 42));
    PipelineConfig config = PipelineConfig.withDefaults()
        .withHorizon(24, 0.08)                     // CLV over 24 months at 8% a year
        .withMarginRate(0.15)                      // where an order carries no cost
        .withTierBasis(ValueBasis.MARGIN_12M);     // ABC tiers on twelve-month margin
    Customer360 pipeline = Customer360.of(config, asOf);
    return pipeline.run(records.orders(), records.invoices(), records.surveys(), records.customers());
  }

  /**
   * Scores orders already in memory with a parallel stream: the result equals a serial run.
   *
   * @param orders the orders
   * @param asOf the last day whose records count
   * @return the profiles and the book summary
   */
  public static Customer360Result parallel(List<OrderRecord> orders, LocalDate asOf) {
    Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), asOf);
    return orders.parallelStream().collect(pipeline.collector());
  }

  /**
   * Prints the generated book's summary and its riskiest customer.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Customer360Result result = inMemory();
    BookSummary book = result.summary();
    System.out.printf("%d customers, equity %,.2f over %d months%n", book.customers(), book.equity(),
        book.horizonMonths());
    CustomerProfile riskiest = result.profiles().stream()
        .filter(p -> book.atRisk().contains(p.customerId()) && p.customerId().equals(book.atRisk().get(0)))
        .findFirst().orElseThrow();
    System.out.println(riskiest.customerId() + ": " + riskiest.churn().orElseThrow().reasons() + ", " + riskiest.winBack());
  }
}
