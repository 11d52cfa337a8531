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

  /** The first day of the holdout period of {@link #smallWithHoldout()}. */
  static final LocalDate HOLDOUT_FROM = LocalDate.of(2025, 1, 1);

  private static Customer360Result small;
  private static Customer360Result smallWithHoldout;

  private SampleResults() {}

  /** A book of 400 shippers over three years (seed 14), with invoices, surveys and the customer master. */
  static synchronized Customer360Result small() {
    if (small == null) {
      small = run(400, 14);
    }
    return small;
  }

  /** The book of {@link #small()} with the purchase model validated on 2025 (calibration 2023-2024). */
  static synchronized Customer360Result smallWithHoldout() {
    if (smallWithHoldout == null) {
      smallWithHoldout = run(400, 14, PipelineConfig.withDefaults().withHoldoutFrom(HOLDOUT_FROM));
    }
    return smallWithHoldout;
  }

  static Customer360Result run(int customers, long seed) {
    return run(customers, seed, PipelineConfig.withDefaults());
  }

  static Customer360Result run(int customers, long seed, PipelineConfig config) {
    BookRecords book = BookRecords.of(SampleBook.of(customers, 3, AS_OF, seed));
    return Customer360.of(config, AS_OF).run(book.orders(), book.invoices(), book.surveys(), book.customers());
  }
}
