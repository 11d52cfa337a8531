package io.github.logicrm.io.internal;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.io.InputRejectedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The account of one read: records accepted (queued for the caller), rows accepted and rejections counted by
 * reason, the first rejections kept, each rejection sent to the rejects sink and, under the strict policy, thrown.
 *
 * @param <T> the record type
 */
public final class Ledger<T> {

  private final String source;
  private final boolean strict;
  private final int keepFirst;
  private final Consumer<? super Rejection> sink;
  private final ArrayDeque<T> queue = new ArrayDeque<>();
  private final long[] rejected = new long[RejectReason.values().length];
  private final List<Rejection> first = new ArrayList<>();
  private long accepted;

  /**
   * Opens the account.
   *
   * @param source the source's name
   * @param strict true to throw at the first rejection
   * @param keepFirst how many rejections to keep for the report
   * @param sink where every rejection goes, or null
   */
  public Ledger(String source, boolean strict, int keepFirst, Consumer<? super Rejection> sink) {
    this.source = source;
    this.strict = strict;
    this.keepFirst = keepFirst;
    this.sink = sink;
  }

  /**
   * Tells whether the first rejection stops the read.
   *
   * @return true under the strict policy
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Accepts a record made of some rows.
   *
   * @param record the record
   * @param rows the rows it was made of
   */
  public void accept(T record, long rows) {
    queue.add(record);
    accepted += rows;
  }

  /**
   * Rejects a row: counts it, keeps it if among the first, sends it to the sink, and throws under the strict
   * policy.
   *
   * @param rejection the rejection
   * @throws InputRejectedException under the strict policy
   */
  public void reject(Rejection rejection) {
    rejected[rejection.reason().ordinal()]++;
    if (first.size() < keepFirst) {
      first.add(rejection);
    }
    if (sink != null) {
      sink.accept(rejection);
    }
    if (strict) {
      throw new InputRejectedException(rejection);
    }
  }

  /**
   * Returns the queue of accepted records not yet handed out.
   *
   * @return the queue
   */
  ArrayDeque<T> queue() {
    return queue;
  }

  /**
   * Returns the account so far.
   *
   * @param unusedColumns the columns the reader did not use
   * @return the report
   */
  public LoadReport report(List<String> unusedColumns) {
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    long rows = accepted;
    for (RejectReason reason : RejectReason.values()) {
      if (rejected[reason.ordinal()] > 0) {
        byReason.put(reason, rejected[reason.ordinal()]);
        rows += rejected[reason.ordinal()];
      }
    }
    return LoadReport.builder().source(source).rowsRead(rows).rowsAccepted(accepted).rejectedByReason(byReason)
        .firstRejections(first).unusedColumns(unusedColumns).build();
  }
}
