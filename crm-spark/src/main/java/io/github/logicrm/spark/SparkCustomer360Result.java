package io.github.logicrm.spark;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.pipeline.BookFit;
import io.github.logicrm.pipeline.CustomerSummary;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * What a Spark run of the Customer 360 pipeline produces: the per-customer table (for any Spark sink), the book
 * summary, and the evidence of the run (the fit, the number of purchase patterns it was fitted from, what was left
 * out). The per-customer summaries stay cached until {@link #close()}.
 */
public final class SparkCustomer360Result implements AutoCloseable {

  private final Dataset<Row> customers;
  private final BookSummary summary;
  private final BookFit fit;
  private final int purchasePatterns;
  private final long ordersAfterAsOf;
  private final Dataset<CustomerSummary> summaries;
  private final PipelineRef pipeline;

  SparkCustomer360Result(Dataset<Row> customers, BookSummary summary, BookFit fit, int purchasePatterns,
      long ordersAfterAsOf, Dataset<CustomerSummary> summaries, PipelineRef pipeline) {
    this.customers = customers;
    this.summary = summary;
    this.fit = fit;
    this.purchasePatterns = purchasePatterns;
    this.ordersAfterAsOf = ordersAfterAsOf;
    this.summaries = summaries;
    this.pipeline = pipeline;
  }

  /**
   * Returns the per-customer table: one row per customer with orders, in no particular order, with the columns
   * {@code customer_id, status, abc_tier, lifecycle_stage, orders, revenue, frequency, recency, age, p_alive,
   * expected_orders, expected_order_value, clv, churn_risk} (null for a lost customer) and {@code profile}, the whole
   * {@link io.github.logicrm.core.book.CustomerProfile} as crm-jackson JSON. Computed when it is written or counted.
   *
   * @return the table
   */
  public Dataset<Row> customers() {
    return customers;
  }

  /**
   * Returns the book summary.
   *
   * @return the summary (without survey figures: the Spark run reads shipments only)
   */
  public BookSummary summary() {
    return summary;
  }

  /**
   * Returns the book summary as a one-row table with the column {@code book_summary} (crm-jackson JSON), for any
   * Spark sink.
   *
   * @return the table
   */
  public Dataset<Row> summaryTable() {
    return customers.sparkSession().createDataset(List.of(FitJson.json(summary)), Encoders.STRING())
        .toDF("book_summary");
  }

  /**
   * Returns the book's fit, as it was broadcast.
   *
   * @return the fit
   */
  public BookFit fit() {
    return fit;
  }

  /**
   * Returns the number of distinct (x, t_x, T) patterns the purchase model was fitted from: at most the number of
   * customers, and in practice bounded by the days of history (t_x and T are whole days).
   *
   * @return the number of patterns
   */
  public int purchasePatterns() {
    return purchasePatterns;
  }

  /**
   * Returns the number of orders left out because they ship after the as-of date (counted once per successful task).
   *
   * @return the count
   */
  public long ordersAfterAsOf() {
    return ordersAfterAsOf;
  }

  /** Drops the cached per-customer summaries; the table can still be computed, from the shipments again. */
  @Override
  public void close() {
    summaries.unpersist();
    pipeline.release();
  }
}
