package io.github.logicrm.io;

import io.github.logicrm.core.internal.Checks;
import java.sql.Connection;
import java.util.Objects;

/**
 * A query whose rows a reader streams: the column labels of its result are the CSV column names
 * ({@code SELECT cust AS customer_id, ...}). Rows are fetched {@link #fetchSize()} at a time, never all at once.
 *
 * <p>PostgreSQL streams only inside a transaction: when the connection is in auto-commit mode, the read turns
 * auto-commit off and, on close, rolls the read-only transaction back and turns auto-commit on again. The
 * connection itself stays open; it belongs to the caller.
 */
public final class JdbcSource {

  /** Rows fetched per round trip unless set otherwise. */
  public static final int DEFAULT_FETCH_SIZE = 1000;

  private final Connection connection;
  private final String name;
  private final String sql;
  private final int fetchSize;

  private JdbcSource(Connection connection, String name, String sql, int fetchSize) {
    this.connection = connection;
    this.name = name;
    this.sql = sql;
    this.fetchSize = fetchSize;
  }

  /**
   * Describes a query.
   *
   * @param connection the connection, not null
   * @param name the query's short name, used as the source in rejections and the load report, not blank
   * @param sql the query, not blank
   * @return the source
   */
  public static JdbcSource of(Connection connection, String name, String sql) {
    return new JdbcSource(Objects.requireNonNull(connection, "connection"), Checks.notBlank("name", name),
        Checks.notBlank("sql", sql), DEFAULT_FETCH_SIZE);
  }

  /**
   * Returns a copy that fetches another number of rows per round trip.
   *
   * @param rows the fetch size, {@code > 0}
   * @return the copy
   * @throws IllegalArgumentException when not positive
   */
  public JdbcSource withFetchSize(int rows) {
    return new JdbcSource(connection, name, sql, Checks.positive("fetchSize", rows));
  }

  /**
   * Returns the connection.
   *
   * @return the connection, not null
   */
  public Connection connection() {
    return connection;
  }

  /**
   * Returns the query's short name.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the query.
   *
   * @return the SQL, not blank
   */
  public String sql() {
    return sql;
  }

  /**
   * Returns the number of rows fetched per round trip.
   *
   * @return the fetch size, {@code > 0}
   */
  public int fetchSize() {
    return fetchSize;
  }
}
