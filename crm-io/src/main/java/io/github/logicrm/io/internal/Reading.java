package io.github.logicrm.io.internal;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.RejectReason;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iteration of one read: pulls rows from the source through the mapper until a record is ready. The first
 * exception (a rejection under the strict policy, an I/O or database error) closes the source and ends the read;
 * iterating further throws {@link IllegalStateException}.
 *
 * @param <T> the record type
 */
public final class Reading<T> implements Iterator<T>, AutoCloseable {

  private final RowSource source;
  private final Row row;
  private final RecordMapper<T> mapper;
  private final Ledger<T> ledger;
  private final AutoCloseable rejects;
  private boolean done;
  private RuntimeException failure;
  private boolean closed;

  /**
   * Starts a read.
   *
   * @param source the rows
   * @param row the rows seen through the reader's columns
   * @param mapper the reader's mapping of rows to records
   * @param ledger the account
   * @param rejects what to close with the read (the rejects file), or null
   */
  public Reading(RowSource source, Row row, RecordMapper<T> mapper, Ledger<T> ledger, AutoCloseable rejects) {
    this.source = source;
    this.row = row;
    this.mapper = mapper;
    this.ledger = ledger;
    this.rejects = rejects;
  }

  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw new IllegalStateException("reading " + source.name() + " stopped: " + failure.getMessage(), failure);
    }
    try {
      while (ledger.queue().isEmpty() && !done) {
        step();
      }
    } catch (RuntimeException e) {
      failure = e;
      try {
        close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return !ledger.queue().isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ledger.queue().poll();
  }

  private void step() {
    if (closed) {
      throw new IllegalStateException("the record stream of " + source.name() + " is closed");
    }
    if (!source.next()) {
      done = true;
      try {
        mapper.end(ledger);
      } finally {
        close();
      }
      return;
    }
    String malformed = source.malformed();
    if (malformed != null) {
      ledger.reject(row.rowRejection(RejectReason.MALFORMED_ROW, malformed));
      return;
    }
    row.bind();
    mapper.row(row, ledger);
  }

  /**
   * Returns the account of the rows read so far.
   *
   * @return the load report
   */
  public LoadReport report() {
    return ledger.report(row.unusedColumns());
  }

  /**
   * Returns the source's name.
   *
   * @return the name
   */
  public String sourceName() {
    return source.name();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      source.close();
    } finally {
      Closing.close(rejects);
    }
  }
}
