package io.github.logicrm.io.internal;

/**
 * Turns rows into records, one kind of file: every row ends as part of an accepted record or as a rejection.
 *
 * @param <T> the record type
 */
public interface RecordMapper<T> {

  /**
   * Takes the next row (its shape already checked).
   *
   * @param row the row
   * @param out where records and rejections go
   */
  void row(Row row, Ledger<T> out);

  /**
   * Settles the rows still held at the end of the source.
   *
   * @param out where records and rejections go
   */
  default void end(Ledger<T> out) {}

  /**
   * A mapper of one record per row.
   *
   * @param <T> the record type
   */
  interface PerRow<T> extends RecordMapper<T> {

    /**
     * Maps a row.
     *
     * @param row the row
     * @return the record
     * @throws BadValue when a value breaks its column's rule
     */
    T map(Row row) throws BadValue;

    @Override
    default void row(Row row, Ledger<T> out) {
      T record;
      try {
        record = map(row);
      } catch (BadValue e) {
        out.reject(row.rejection(e));
        return;
      }
      out.accept(record, 1);
    }
  }
}
