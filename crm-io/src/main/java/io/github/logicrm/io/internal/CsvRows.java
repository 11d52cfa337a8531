package io.github.logicrm.io.internal;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows of a CSV file (RFC 4180, UTF-8, a header row, an optional byte order mark), parsed by FastCSV. Empty
 * lines are skipped; a row with more or fewer fields than the header is malformed.
 */
public final class CsvRows implements RowSource {

  private final String name;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final List<String> header;
  private CsvRecord current;

  private CsvRows(String name, CsvReader<CsvRecord> reader) {
    this.name = name;
    this.reader = reader;
    this.records = reader.iterator();
    this.header = records.hasNext() ? List.copyOf(records.next().getFields()) : List.of();
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
    CsvReader<CsvRecord> reader = csv().ofCsvRecord(file, StandardCharsets.UTF_8);
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
    return new CsvRows(name, csv().ofCsvRecord(text));
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
    return current.getStartingLineNumber();
  }

  @Override
  public List<String> columns() {
    return header;
  }

  @Override
  public String value(int index) {
    return current.getField(index);
  }

  @Override
  public String malformed() {
    int fields = current.getFieldCount();
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
}
