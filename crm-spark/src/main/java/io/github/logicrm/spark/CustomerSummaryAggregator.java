package io.github.logicrm.spark;

import io.github.logicrm.pipeline.CustomerSummary;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Spark's typed aggregation of one customer's partial summaries into its {@link CustomerSummary}: the buffer is the
 * pipeline's own summary, and the four functions only call its contract. {@code zero} is
 * {@link io.github.logicrm.pipeline.Customer360#createSummary()}, a summary of no customer yet (so {@code b + zero =
 * b}); {@code reduce} and {@code merge} are {@link CustomerSummary#merge(CustomerSummary)}, which is associative and
 * commutative, so any partitioning of a customer's orders, merged in any order, gives the summary of one pass;
 * {@code finish} returns the buffer. Buffers travel in the summary's compact binary form.
 */
public final class CustomerSummaryAggregator extends Aggregator<CustomerSummary, CustomerSummary, CustomerSummary> {

  private static final long serialVersionUID = 1L;

  private final PipelineRef pipeline;

  CustomerSummaryAggregator(PipelineRef pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Returns an empty summary of no customer yet.
   *
   * @return the zero
   */
  @Override
  public CustomerSummary zero() {
    return pipeline.get().createSummary();
  }

  /**
   * Merges a partial summary into the buffer.
   *
   * @param buffer the buffer, changed and returned
   * @param part a partial summary of the same customer
   * @return the buffer
   */
  @Override
  public CustomerSummary reduce(CustomerSummary buffer, CustomerSummary part) {
    return buffer.merge(part);
  }

  /**
   * Merges two buffers of the same customer.
   *
   * @param left the first buffer, changed and returned
   * @param right the second buffer
   * @return the first buffer
   */
  @Override
  public CustomerSummary merge(CustomerSummary left, CustomerSummary right) {
    return left.merge(right);
  }

  /**
   * Returns the buffer: the customer's summary.
   *
   * @param buffer the buffer
   * @return the summary
   */
  @Override
  public CustomerSummary finish(CustomerSummary buffer) {
    return buffer;
  }

  /**
   * Returns the encoder of the buffer: the summary's binary form.
   *
   * @return the encoder
   */
  @Override
  public Encoder<CustomerSummary> bufferEncoder() {
    return SummaryCodec.encoder(pipeline);
  }

  /**
   * Returns the encoder of the result: the summary's binary form.
   *
   * @return the encoder
   */
  @Override
  public Encoder<CustomerSummary> outputEncoder() {
    return SummaryCodec.encoder(pipeline);
  }
}
