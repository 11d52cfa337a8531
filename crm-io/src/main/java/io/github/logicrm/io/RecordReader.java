package io.github.logicrm.io;

import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.io.internal.BadValue;
import io.github.logicrm.io.internal.ColumnSpec;
import io.github.logicrm.io.internal.CsvRows;
import io.github.logicrm.io.internal.JdbcRows;
import io.github.logicrm.io.internal.JsonLinesRows;
import io.github.logicrm.io.internal.Ledger;
import io.github.logicrm.io.internal.Reading;
import io.github.logicrm.io.internal.RecordMapper;
import io.github.logicrm.io.internal.RejectsFile;
import io.github.logicrm.io.internal.Row;
import io.github.logicrm.io.internal.RowSource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the four readers share: the sources they open and the settings of their builders. Immutable and
 * thread-safe; each {@code open} starts an independent read.
 *
 * @param <T> the record type
 */
public abstract class RecordReader<T> {

  /** How many rejections a load report keeps unless the builder says otherwise. */
  public static final int DEFAULT_KEEP_FIRST = 100;

  private final Settings settings;
  private final ColumnSpec columns;

  RecordReader(Settings settings, ColumnSpec columns) {
    this.settings = settings;
    this.columns = columns;
  }

  /** A fresh mapper for one read. */
  abstract RecordMapper<T> mapper(Settings settings);

  /**
   * Opens a file, CSV or JSON Lines as the builder says or, by default, as its name says
   * ({@link InputFormat#ofFileName}). Rejections name the file by its file name.
   *
   * @param file the file, UTF-8, not null
   * @return the records, to be closed
   * @throws IOException when the file or the rejects file cannot be opened or the header read
   * @throws InputRejectedException when the header lacks a required column or repeats one
   */
  public RecordStream<T> open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString();
    RowSource rows = format(name) == InputFormat.CSV ? CsvRows.open(name, file) : JsonLinesRows.open(name, file);
    return start(rows);
  }

  /**
   * Opens text already at hand, CSV or JSON Lines as the builder says or, by default, as the source name says.
   *
   * @param text the text, not null; closed with the record stream
   * @param sourceName the name rejections and the report give the source, not blank
   * @return the records, to be closed
   * @throws InputRejectedException when the header lacks a required column or repeats one
   * @throws UncheckedIOException when the header cannot be read or the rejects file cannot be created
   */
  public RecordStream<T> open(Reader text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Checks.notBlank("sourceName", sourceName);
    RowSource rows = format(sourceName) == InputFormat.CSV
        ? CsvRows.open(sourceName, text)
        : JsonLinesRows.open(sourceName, text);
    try {
      return start(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs a query and reads its rows as they are fetched; the column labels are the CSV column names. Rejections
   * name the source by the query's name and the row by its number, from 1.
   *
   * @param query the query, not null
   * @return the records, to be closed (which closes the statement, not the connection)
   * @throws SQLException when the query fails
   * @throws IOException when the rejects file cannot be created
   * @throws InputRejectedException when the result lacks a required column or repeats one
   */
  public RecordStream<T> open(JdbcSource query) throws SQLException, IOException {
    Objects.requireNonNull(query, "query");
    return start(JdbcRows.open(query.name(), query.connection(), query.sql(), query.fetchSize()));
  }

  /**
   * Reads a required customer id and checks it against the customer master, when one is declared.
   *
   * @param row the row
   * @param slot the customer id's slot
   * @param known the customers of the master, or null
   * @return the customer
   * @throws BadValue MISSING_VALUE, or UNKNOWN_CUSTOMER
   */
  static CustomerId knownCustomer(Row row, int slot, Set<CustomerId> known) throws BadValue {
    CustomerId customer = row.customer(slot, true);
    if (known != null && !known.contains(customer)) {
      throw row.bad(slot, RejectReason.UNKNOWN_CUSTOMER, "customer_id must be listed in the customer master");
    }
    return customer;
  }

  private InputFormat format(String name) {
    return settings.format != null ? settings.format : InputFormat.ofFileName(name);
  }

  private RecordStream<T> start(RowSource rows) throws IOException {
    RejectsFile file = null;
    try {
      Row row = new Row(rows, columns, settings.zone);
      file = settings.rejectsFile == null ? null : RejectsFile.create(settings.rejectsFile);
      Consumer<? super Rejection> sink = sink(file);
      Ledger<T> ledger = new Ledger<>(rows.name(), settings.policy == BadRows.STRICT, settings.keepFirst, sink);
      return new RecordStream<>(new Reading<>(rows, row, mapper(settings), ledger, file));
    } catch (IOException | RuntimeException e) {
      rows.close();
      if (file != null) {
        file.close();
      }
      throw e;
    }
  }

  private Consumer<? super Rejection> sink(RejectsFile file) {
    if (file == null) {
      return settings.rejectsSink;
    }
    if (settings.rejectsSink == null) {
      return file;
    }
    Consumer<? super Rejection> other = settings.rejectsSink;
    return r -> {
      file.accept(r);
      other.accept(r);
    };
  }

  /** The builder's settings, shared by every read of a reader. */
  static final class Settings {
    ZoneId zone;
    BadRows policy = BadRows.STRICT;
    Path rejectsFile;
    Consumer<? super Rejection> rejectsSink;
    int keepFirst = DEFAULT_KEEP_FIRST;
    InputFormat format;
    Set<CustomerId> knownCustomers;

    Settings copy() {
      Settings copy = new Settings();
      copy.zone = zone;
      copy.policy = policy;
      copy.rejectsFile = rejectsFile;
      copy.rejectsSink = rejectsSink;
      copy.keepFirst = keepFirst;
      copy.format = format;
      copy.knownCustomers = knownCustomers;
      return copy;
    }
  }

  /**
   * Builds a reader. Defaults: no zone (local date-times are rejected), {@link BadRows#STRICT}, no rejects file
   * or sink, the first {@value RecordReader#DEFAULT_KEEP_FIRST} rejections kept, the format taken from the file
   * name, no customer master.
   *
   * @param <R> the reader type
   */
  public static final class Builder<R> {

    private final Function<Settings, R> factory;
    private final Settings settings = new Settings();

    Builder(Function<Settings, R> factory) {
      this.factory = factory;
    }

    /**
     * Declares the zone of local date-times ({@code 2024-03-01T08:30:00}); instants with an offset keep theirs.
     *
     * @param zone the zone, not null
     * @return this builder
     */
    public Builder<R> zone(ZoneId zone) {
      settings.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Chooses what happens to a rejected row.
     *
     * @param policy fail fast or count and go on, not null
     * @return this builder
     */
    public Builder<R> onBadRow(BadRows policy) {
      settings.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Writes every rejection to a CSV file with the header {@code source,line,column,column_name,value,reason,
     * message}; each {@code open} creates the file anew.
     *
     * @param file the rejects file, not null
     * @return this builder
     */
    public Builder<R> rejectsTo(Path file) {
      settings.rejectsFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Sends every rejection to a consumer as it happens (besides the rejects file, if one is set).
     *
     * @param sink the consumer, not null; called on the reading thread
     * @return this builder
     */
    public Builder<R> rejectsTo(Consumer<? super Rejection> sink) {
      settings.rejectsSink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Sets how many rejections the load report keeps, the first in input order.
     *
     * @param count the number kept, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder<R> keepFirstRejections(int count) {
      settings.keepFirst = Checks.nonNegative("keepFirstRejections", count);
      return this;
    }

    /**
     * Fixes the format of files and text instead of taking it from their names.
     *
     * @param format the format, not null
     * @return this builder
     */
    public Builder<R> format(InputFormat format) {
      settings.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Declares the customers of the customer master: a row naming any other customer is rejected as
     * {@link io.github.logicrm.core.book.RejectReason#UNKNOWN_CUSTOMER}.
     *
     * @param customers the customers, not null
     * @return this builder
     */
    public Builder<R> knownCustomers(Collection<CustomerId> customers) {
      settings.knownCustomers = Set.copyOf(Objects.requireNonNull(customers, "customers"));
      return this;
    }

    /**
     * Builds the reader; the builder may be changed and used again.
     *
     * @return the reader
     */
    public R build() {
      return factory.apply(settings.copy());
    }
  }
}
