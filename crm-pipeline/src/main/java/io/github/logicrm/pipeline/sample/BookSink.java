package io.github.logicrm.pipeline.sample;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyRecord;

/** Receives a generated book's records, customer by customer: the master row first, then its records. */
public interface BookSink {

  /**
   * Receives a customer master row.
   *
   * @param customer the row, not null
   */
  void customer(CustomerRecord customer);

  /**
   * Receives an order, in ship-time order within its customer.
   *
   * @param order the order, not null
   */
  void order(OrderRecord order);

  /**
   * Receives an invoice.
   *
   * @param invoice the invoice, not null
   */
  void invoice(InvoiceRecord invoice);

  /**
   * Receives a survey response.
   *
   * @param response the response, not null
   */
  void survey(SurveyRecord response);
}
