package io.github.logicrm.report;

import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;

/** The seeded sample books the report tests share, each run through the pipeline once. */
final class SampleResults {

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static Customer360Result small;

  private SampleResults() {}

  /** A book of 400 shippers over three years (seed 14), with invoices, surveys and the customer master. */
  static synchronized Customer360Result small() {
    if (small == null) {
      small = run(400, 14);
    }
    return small;
  }

  static Customer360Result run(int customers, long seed) {
    BookRecords book = BookRecords.of(SampleBook.of(customers, 3, AS_OF, seed));
    return Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(book.orders(), book.invoices(), book.surveys(), book.customers());
  }
}
