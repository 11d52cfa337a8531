package io.github.logicrm.io.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.logicrm.core.book.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A rejects file: CSV with the header {@code source,line,column,column_name,value,reason,message}, one row per
 * rejected input row, written as the rejections happen. Writing fails with an {@link UncheckedIOException}.
 */
public final class RejectsFile implements Consumer<Rejection>, AutoCloseable {

  /** The header of a rejects file. */
  public static final String[] HEADER = {"source", "line", "column", "column_name", "value", "reason", "message"};

  private final CsvWriter writer;

  private RejectsFile(CsvWriter writer) {
    this.writer = writer;
    writer.writeRecord(HEADER);
  }

  /**
   * Creates (or truncates) the file and writes the header.
   *
   * @param file the file
   * @return the rejects file
   * @throws IOException when the file cannot be created
   */
  public static RejectsFile create(Path file) throws IOException {
    return new RejectsFile(CsvWriter.builder().build(file, StandardCharsets.UTF_8));
  }

  @Override
  public void accept(Rejection rejection) {
    writer.writeRecord(rejection.source(), Long.toString(rejection.line()),
        rejection.column().map(String::valueOf).orElse(""), rejection.columnName().orElse(""),
        rejection.value().orElse(""), rejection.reason().name(), rejection.message());
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
