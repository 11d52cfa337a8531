package io.github.logicrm.io.internal;

import java.util.List;

/**
 * Rows of one input source as text: a CSV file, a JSON Lines file or a query's result set.
 *
 * <p>Each row is a list of values under column names. Sources with a header ({@link #hasHeader()}) keep one list
 * of names for every row; JSON Lines names the fields of each row, so the list may change from row to row (the
 * same instance is returned while the names do not change).
 */
public interface RowSource extends AutoCloseable {

  /**
   * Returns the source's name, used in rejections and the load report.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Tells whether the column names are known before the first row and hold for every row.
   *
   * @return true for CSV and result sets
   */
  boolean hasHeader();

  /**
   * Advances to the next row.
   *
   * @return false at the end of the source
   * @throws java.io.UncheckedIOException when reading fails
   */
  boolean next();

  /**
   * Returns the line of the current row (from 1, the header being line 1 of a CSV file), or its row number.
   *
   * @return the line
   */
  long line();

  /**
   * Returns the names of the current row's values, in their order (column {@code i + 1} is name {@code i}).
   *
   * @return the names
   */
  List<String> columns();

  /**
   * Returns a value of the current row.
   *
   * @param index the value's index in {@link #columns()}
   * @return the value as text; null or empty when absent
   */
  String value(int index);

  /**
   * Returns a value of the current row as characters, valid until the next call of this method or {@link #next()}:
   * for parsing a value without making a string of it.
   *
   * @param index the value's index in {@link #columns()}
   * @return the characters; null or empty when absent
   */
  default CharSequence chars(int index) {
    return value(index);
  }

  /**
   * Tells whether a value of the current row equals a text, without making a string of the value.
   *
   * @param index the value's index in {@link #columns()}
   * @param text the text; null stands for an absent, empty or blank value
   * @return true when equal
   */
  default boolean sameValue(int index, String text) {
    String value = value(index);
    return text == null ? value == null || value.isBlank() : text.equals(value);
  }

  /**
   * Tells whether a value of the current row equals a range of characters, without making a string of either.
   *
   * @param index the value's index in {@link #columns()}
   * @param text the characters, not null
   * @param start the range's first character
   * @param end the range's end, exclusive
   * @return true when the value is exactly those characters
   */
  default boolean sameValue(int index, char[] text, int start, int end) {
    String value = value(index);
    return value != null && value.contentEquals(java.nio.CharBuffer.wrap(text, start, end - start));
  }

  /**
   * Tells what is wrong with the shape of the current row, if anything: a CSV row with more or fewer fields than
   * the header, a JSON Lines row that is not one flat object.
   *
   * @return the message, or null when the row's shape is fine
   */
  String malformed();

  /** Releases the source; idempotent. */
  @Override
  void close();
}
