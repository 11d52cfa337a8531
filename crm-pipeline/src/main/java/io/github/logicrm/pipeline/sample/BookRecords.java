package io.github.logicrm.pipeline.sample;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A book's records held in memory, in the order received: a {@link BookSink} for tests and examples that want a
 * generated book as lists. Not thread-safe.
 */
public final class BookRecords implements BookSink {

  private final List<CustomerRecord> customers = new ArrayList<>();
  private final List<OrderRecord> orders = new ArrayList<>();
  private final List<InvoiceRecord> invoices = new ArrayList<>();
  private final List<SurveyRecord> surveys = new ArrayList<>();

  /**
   * Generates a book into memory.
   *
   * @param book the generator, not null
   * @return the records
   */
  public static BookRecords of(SampleBook book) {
    BookRecords records = new BookRecords();
    book.generate(records);
    return records;
  }

  /** @return the customer master rows, unmodifiable */
  public List<CustomerRecord> customers() {
    return Collections.unmodifiableList(customers);
  }

  /** @return the orders, unmodifiable */
  public List<OrderRecord> orders() {
    return Collections.unmodifiableList(orders);
  }

  /** @return the invoices, unmodifiable */
  public List<InvoiceRecord> invoices() {
    return Collections.unmodifiableList(invoices);
  }

  /** @return the survey responses, unmodifiable */
  public List<SurveyRecord> surveys() {
    return Collections.unmodifiableList(surveys);
  }

  @Override
  public void customer(CustomerRecord customer) {
    customers.add(customer);
  }

  @Override
  public void order(OrderRecord order) {
    orders.add(order);
  }

  @Override
  public void invoice(InvoiceRecord invoice) {
    invoices.add(invoice);
  }

  @Override
  public void survey(SurveyRecord response) {
    surveys.add(response);
  }
}
