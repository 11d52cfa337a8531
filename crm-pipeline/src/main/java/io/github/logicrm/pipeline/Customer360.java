package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyRecord;
import java.io.DataInput;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The Customer 360 pipeline: from a book's orders (or a purchase-only log), invoices, survey answers and customer
 * master to one {@link io.github.logicrm.core.book.CustomerProfile} per customer and a
 * {@link io.github.logicrm.core.book.BookSummary}, as of one date, with one definition per figure.
 *
 * <p>Records go into a {@link BookBuffer} (one pass, memory proportional to customers and their order days, not to
 * order lines); {@link #finish(BookBuffer)} fits the book's purchase and spend models once and scores every customer
 * with them. The buffer follows {@link java.util.stream.Collector}'s contract ({@link #create()}, {@code add},
 * {@code merge}, {@link #finish(BookBuffer)}), so the records can be split across threads, or across machines, and
 * merged: the result equals one pass over all records. Scoring is deterministic and equal on one thread or many.
 *
 * <pre>{@code
 * Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), LocalDate.of(2025, 12, 31));
 * BookBuffer book = pipeline.create();
 * orders.forEach(book::add);
 * invoices.forEach(book::add);
 * Customer360Result result = pipeline.finish(book);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Customer360 {

  private final PipelineConfig config;
  private final LocalDate asOf;
  /** The zone's rules, looked up once: a fixed offset's rules are made anew on every lookup. */
  private final ZoneRules rules;

  private Customer360(PipelineConfig config, LocalDate asOf) {
    this.config = config;
    this.asOf = asOf;
    this.rules = config.zone().getRules();
  }

  /**
   * Makes a pipeline.
   *
   * @param config the configuration, not null
   * @param asOf the last day whose records count, not null
   * @return the pipeline
   */
  public static Customer360 of(PipelineConfig config, LocalDate asOf) {
    return new Customer360(Objects.requireNonNull(config, "config"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public PipelineConfig config() {
    return config;
  }

  /**
   * Returns the as-of date.
   *
   * @return the last day whose records count
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Creates an empty buffer for a book's records.
   *
   * @return a new buffer, the identity of {@link BookBuffer#merge(BookBuffer)}
   */
  public BookBuffer create() {
    return new BookBuffer(this);
  }

  /**
   * Fits the book's models and scores every customer.
   *
   * @param buffer the book's records, not null; not changed
   * @return the profiles and the book summary
   * @throws IllegalArgumentException if the buffer comes from another pipeline or holds no order on or before the
   *     as-of date
   * @throws IllegalStateException if the purchase model cannot be identified on this book
   */
  public Customer360Result finish(BookBuffer buffer) {
    buffer.requireFrom(this);
    return BookScorer.finish(this, buffer);
  }

  /**
   * Creates the zero of a per-customer aggregation: a summary of no customer yet, which takes the customer of the
   * first record added or summary merged into it (a Spark {@code Aggregator}'s {@code zero}).
   *
   * @return a new empty summary
   */
  public CustomerSummary createSummary() {
    return new CustomerSummary(null, this);
  }

  /**
   * Reads a summary in the binary form of {@link CustomerSummary#writeTo(java.io.DataOutput)}, written by a pipeline
   * of the same configuration and as-of date.
   *
   * @param in where to read, not null
   * @return the summary, equal to the one written, of this pipeline
   * @throws IOException if {@code in} fails, ends early or does not hold the form
   */
  public CustomerSummary readSummary(DataInput in) throws IOException {
    return createSummary().readFrom(Objects.requireNonNull(in, "in"));
  }

  /**
   * Scores some of a book's customers with the book's fit, for a host that finishes a book on many machines (see
   * {@link BookSlice}).
   *
   * @param summaries summaries of distinct customers from this pipeline, not null; those without an order day are
   *     left out
   * @param fit the book's fit, not null
   * @return the scored slice
   * @throws IllegalArgumentException if a summary comes from another pipeline
   */
  public BookSlice scoreSlice(Collection<CustomerSummary> summaries, BookFit fit) {
    return BookSlice.score(this, Objects.requireNonNull(summaries, "summaries"), Objects.requireNonNull(fit, "fit"));
  }

  /**
   * Runs the whole pipeline over records already in memory.
   *
   * @param orders the orders, not null
   * @param invoices the invoices, not null (may be empty)
   * @param responses the survey responses, not null (may be empty)
   * @param customers the customer master, not null (may be empty)
   * @return the profiles and the book summary
   */
  public Customer360Result run(Iterable<OrderRecord> orders, Iterable<InvoiceRecord> invoices,
      Iterable<SurveyRecord> responses, Iterable<CustomerRecord> customers) {
    BookBuffer buffer = create();
    customers.forEach(buffer::add);
    orders.forEach(buffer::add);
    invoices.forEach(buffer::add);
    responses.forEach(buffer::add);
    return finish(buffer);
  }

  /**
   * Returns a collector of orders that finishes with the scored book, for {@code orders.stream().collect(..)},
   * serial or parallel.
   *
   * @return the collector
   */
  public Collector<OrderRecord, BookBuffer, Customer360Result> collector() {
    return Collector.of(this::create, BookBuffer::add, BookBuffer::merge, this::finish);
  }

  /** Returns the day of an instant in the book's zone, as {@code LocalDate.ofInstant(instant, zone)} does. */
  LocalDate day(Instant instant) {
    long local = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
  }

  IllegalArgumentException afterAsOf(String what, LocalDate day) {
    return new IllegalArgumentException(what + " must not be after asOf " + asOf + ": " + day);
  }

  @Override
  public String toString() {
    return "Customer360[asOf " + asOf + "]";
  }
}
