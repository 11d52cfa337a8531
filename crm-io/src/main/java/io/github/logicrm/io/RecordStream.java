package io.github.logicrm.io;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.io.internal.Reading;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of one open source, read as they are iterated, and the account of the rows read so far.
 *
 * <pre>{@code
 * try (RecordStream<OrderRecord> orders = reader.open(path)) {
 *   orders.forEach(sink);
 *   LoadReport report = orders.report();
 * }
 * }</pre>
 *
 * <p>A record stream can be iterated once ({@link #iterator()}, {@link #forEach} or {@link #stream()}). It holds
 * the rows of at most one order at a time, so memory does not grow with the source. It is not thread-safe.
 * Reading fails with {@link java.io.UncheckedIOException} on an I/O error, with {@link UncheckedSQLException} on
 * a database error, and with {@link InputRejectedException} at the first rejected row under
 * {@link BadRows#STRICT}.
 *
 * @param <T> the record type
 */
public final class RecordStream<T> implements Iterable<T>, AutoCloseable {

  private final Reading<T> reading;
  private boolean iterated;

  RecordStream(Reading<T> reading) {
    this.reading = reading;
  }

  /**
   * Returns the records; can be called once.
   *
   * @return an iterator that reads as it goes
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<T> iterator() {
    if (iterated) {
      throw new IllegalStateException("the records of " + reading.sourceName() + " can be iterated only once");
    }
    iterated = true;
    return reading;
  }

  /**
   * Returns the records as a sequential stream; closing the stream closes this record stream. Can be called once,
   * instead of {@link #iterator()}.
   *
   * @return the stream
   * @throws IllegalStateException when the records were already iterated
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Returns the account of the rows read so far: complete once the records have been iterated to the end.
   *
   * @return the load report, not null
   */
  public LoadReport report() {
    return reading.report();
  }

  /**
   * Closes the source and the rejects file; idempotent.
   *
   * @throws java.io.UncheckedIOException when closing a file fails
   * @throws UncheckedSQLException when closing the query fails
   */
  @Override
  public void close() {
    reading.close();
  }
}
