package io.github.logicrm.io.internal;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a CSV file (RFC 4180, UTF-8, a header row, an optional byte order mark), parsed by FastCSV. Empty
 * lines are skipped; a row with more or fewer fields than the header is malformed.
 *
 * <p>FastCSV hands each field over as a range of its buffer (quotes already removed); the row keeps the
 * characters in one reused array and makes a {@code String} only of the values asked for, so comparing the
 * repeated order-level values of an order's lines allocates nothing.
 */
public final class CsvRows implements RowSource {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final String name;
  private final CsvReader<Fields> reader;
  private final CloseableIterator<Fields> records;
  private final List<String> header;
  private Fields current;

  private CsvRows(String name, CsvReader<Fields> reader) {
    this.name = name;
    this.reader = reader;
    this.records = reader.iterator();
    if (records.hasNext()) {
      Fields first = records.next();
      String[] names = new String[first.count];
      for (int i = 0; i < names.length; i++) {
        names[i] = first.text(i);
      }
      if (names.length > 0 && names[0].startsWith(BYTE_ORDER_MARK)) {
        names[0] = names[0].substring(1); // text decoded by the caller keeps it
      }
      header = List.of(names);
    } else {
      header = List.of();
    }
  }

  private static CsvReader.CsvReaderBuilder csv() {
    return CsvReader.builder().ignoreDifferentFieldCount(true).detectBomHeader(true).skipEmptyLines(true);
  }

  /**
   * Opens a file and reads its header.
   *
   * @param name the source's name
   * @param file the file
   * @return the rows
   * @throws IOException when the file cannot be opened or its header read
   */
  public static CsvRows open(String name, Path file) throws IOException {
    CsvReader<Fields> reader = csv().build(new Fields(), file, StandardCharsets.UTF_8);
    try {
      return new CsvRows(name, reader);
    } catch (UncheckedIOException e) {
      reader.close();
      throw e.getCause();
    }
  }

  /**
   * Reads the header of text.
   *
   * @param name the source's name
   * @param text the text
   * @return the rows
   */
  public static CsvRows open(String name, Reader text) {
    return new CsvRows(name, csv().build(new Fields(), text));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean hasHeader() {
    return true;
  }

  @Override
  public boolean next() {
    if (!records.hasNext()) {
      current = null;
      return false;
    }
    current = records.next();
    return true;
  }

  @Override
  public long line() {
    return current.line;
  }

  @Override
  public List<String> columns() {
    return header;
  }

  @Override
  public String value(int index) {
    return current.text(index);
  }

  @Override
  public CharSequence chars(int index) {
    return current.slice(index);
  }

  @Override
  public boolean sameValue(int index, String text) {
    return current.same(index, text);
  }

  @Override
  public boolean sameValue(int index, char[] text, int start, int end) {
    return current.same(index, text, start, end);
  }

  @Override
  public String malformed() {
    int fields = current.count;
    return fields == header.size() ? null
        : "row must have as many fields as the header " + header.size() + ": " + fields;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current record's fields as ranges of one reused character array; FastCSV's callback fills it. */
  private static final class Fields extends AbstractBaseCsvCallbackHandler<Fields> {

    private char[] chars = new char[1024];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int used;
    private int count;
    private long line;
    private final Slice slice = new Slice();

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      used = 0;
      count = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
      if (used + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
      }
      if (index == starts.length) {
        starts = Arrays.copyOf(starts, 2 * index);
        ends = Arrays.copyOf(ends, 2 * index);
      }
      System.arraycopy(buffer, offset, chars, used, length);
      starts[index] = used;
      used += length;
      ends[index] = used;
      count = index + 1;
    }

    @Override
    protected RecordWrapper<Fields> buildRecord() {
      return wrapRecord(this);
    }

    String text(int index) {
      int length = ends[index] - starts[index];
      return length == 0 ? "" : new String(chars, starts[index], length);
    }

    CharSequence slice(int index) {
      slice.start = starts[index];
      slice.end = ends[index];
      return slice;
    }

    /** A field's characters, without copying; reused for every field. */
    private final class Slice implements CharSequence {
      private int start;
      private int end;

      @Override
      public int length() {
        return end - start;
      }

      @Override
      public char charAt(int index) {
        return chars[start + index];
      }

      @Override
      public CharSequence subSequence(int from, int to) {
        return new String(chars, start + from, to - from);
      }

      @Override
      public String toString() {
        return new String(chars, start, end - start);
      }
    }

    /** Tells whether a field equals a text, an empty or blank field equalling null. */
    boolean same(int index, char[] text, int from, int to) {
      int start = starts[index];
      return Arrays.equals(chars, start, ends[index], text, from, to);
    }

    boolean same(int index, String text) {
      int start = starts[index];
      int length = ends[index] - start;
      if (text == null) {
        for (int i = start; i < start + length; i++) {
          if (!Character.isWhitespace(chars[i])) {
            return false;
          }
        }
        return true;
      }
      if (text.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) != chars[start + i]) {
          return false;
        }
      }
      return true;
    }
  }
}
