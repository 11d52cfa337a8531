package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.pipeline.sample.BookSink;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.util.ArrayList;
import java.util.List;

/** A generated book held in memory, for tests. */
final class SampleRecords implements BookSink {

  final List<CustomerRecord> customers = new ArrayList<>();
  final List<OrderRecord> orders = new ArrayList<>();
  final List<InvoiceRecord> invoices = new ArrayList<>();
  final List<SurveyRecord> surveys = new ArrayList<>();

  static SampleRecords of(SampleBook book) {
    SampleRecords records = new SampleRecords();
    book.generate(records);
    return records;
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
