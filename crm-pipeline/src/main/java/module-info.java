/**
 * LogiCRM pipeline: the Customer 360 derivation, from records to per-customer profiles and a book summary.
 *
 * <p>Records go into mergeable per-customer summaries; the book's purchase and spend models are fitted once; the
 * area calculators of {@code io.github.logicrm.metrics} then score every customer with those fits and one
 * configuration. Progress is reported through SLF4J; the library binds no logging backend.
 */
module io.github.logicrm.pipeline {
  requires transitive io.github.logicrm.metrics;
  requires org.slf4j;

  exports io.github.logicrm.pipeline;
  exports io.github.logicrm.pipeline.sample;
}
