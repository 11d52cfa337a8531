package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.core.book.SurveyRecord;
import java.util.List;

/** The customer book's value types: the records a company holds, rejections and the load report. */
final class BookTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(OrderRecord.class, PurchaseRecord.class, InvoiceRecord.class, SurveyRecord.class, CustomerRecord.class,
          Rejection.class, LoadReport.class),
      List.of());

  private BookTypes() {}
}
