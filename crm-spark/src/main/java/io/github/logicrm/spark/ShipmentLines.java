package io.github.logicrm.spark;

import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A partition's shipment lines as the CSV text that {@link io.github.logicrm.io.ShipmentReader} reads: a header of
 * the Dataset's column names, then one record per row, produced as the reader asks for it. Values are written as a
 * CSV export holds them: strings as they are, timestamps as ISO-8601 instants, numbers in Java's notation (which the
 * reader accepts: {@code 1850.0}, {@code 1.0E7}), booleans as {@code true} or {@code false}, null as empty. Every
 * value is quoted, so commas, quotes and line breaks in a value survive.
 */
final class ShipmentLines extends Reader {

  private final Iterator<Row> rows;
  private final int columns;
  private final StringBuilder pending = new StringBuilder(256);
  private int at;

  ShipmentLines(StructType schema, Iterator<Row> rows) {
    this.rows = rows;
    this.columns = schema.fields().length;
    String[] names = schema.fieldNames();
    for (int c = 0; c < columns; c++) {
      quoted(c == 0 ? "" : ",", names[c]);
    }
    pending.append('\n');
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    while (at == pending.length()) {
      if (!rows.hasNext()) {
        return -1;
      }
      pending.setLength(0);
      at = 0;
      Row row = rows.next();
      for (int c = 0; c < columns; c++) {
        quoted(c == 0 ? "" : ",", text(row.get(c)));
      }
      pending.append('\n');
    }
    int n = Math.min(length, pending.length() - at);
    pending.getChars(at, at + n, buffer, offset);
    at += n;
    return n;
  }

  private void quoted(String separator, String value) {
    pending.append(separator);
    if (value.isEmpty()) {
      return;
    }
    pending.append('"');
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      pending.append(ch);
      if (ch == '"') {
        pending.append('"');
      }
    }
    pending.append('"');
  }

  /** A value as a CSV export holds it. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof Instant i) {
      return i.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  @Override
  public void close() {
    // The rows belong to Spark.
  }
}
