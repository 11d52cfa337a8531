package io.github.logicrm.io.internal;

import io.github.logicrm.io.UncheckedSQLException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a query, fetched a batch at a time (forward only, read only). Values become the text a CSV export
 * would hold: a timestamp with a time zone its ISO-8601 instant ({@code 2024-03-01T07:30:00Z}), a timestamp
 * without one its local date-time (placed in the reader's zone), a date {@code yyyy-MM-dd}, a boolean
 * {@code true}/{@code false}, anything else the driver's {@code getString}.
 */
public final class JdbcRows implements RowSource {

  private enum Kind { INSTANT, LOCAL_DATE_TIME, DATE, BOOLEAN, TEXT }

  private final String name;
  private final Connection connection;
  private final boolean restoreAutoCommit;
  private final PreparedStatement statement;
  private final ResultSet result;
  private final List<String> columns;
  private final Kind[] kinds;
  private final String[] values;
  private long row;
  private boolean closed;

  private JdbcRows(String name, Connection connection, boolean restoreAutoCommit, PreparedStatement statement,
      ResultSet result) throws SQLException {
    this.name = name;
    this.connection = connection;
    this.restoreAutoCommit = restoreAutoCommit;
    this.statement = statement;
    this.result = result;
    ResultSetMetaData meta = result.getMetaData();
    List<String> labels = new ArrayList<>();
    kinds = new Kind[meta.getColumnCount()];
    for (int i = 0; i < kinds.length; i++) {
      labels.add(meta.getColumnLabel(i + 1));
      kinds[i] = kind(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
    }
    columns = List.copyOf(labels);
    values = new String[kinds.length];
  }

  private static Kind kind(int type, String typeName) {
    String lower = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    if (type == Types.TIMESTAMP_WITH_TIMEZONE || lower.equals("timestamptz")) {
      return Kind.INSTANT;
    }
    return switch (type) {
      case Types.TIMESTAMP -> Kind.LOCAL_DATE_TIME;
      case Types.DATE -> Kind.DATE;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      default -> Kind.TEXT;
    };
  }

  /**
   * Runs a query.
   *
   * @param name the query's short name
   * @param connection the connection
   * @param sql the query
   * @param fetchSize rows per round trip
   * @return the rows
   * @throws SQLException when the query fails
   */
  public static JdbcRows open(String name, Connection connection, String sql, int fetchSize) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    PreparedStatement statement = null;
    try {
      statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(fetchSize);
      return new JdbcRows(name, connection, autoCommit, statement, statement.executeQuery());
    } catch (SQLException | RuntimeException e) {
      try {
        if (statement != null) {
          statement.close();
        }
        restore(connection, autoCommit);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void restore(Connection connection, boolean autoCommit) throws SQLException {
    if (autoCommit) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
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
    try {
      if (!result.next()) {
        return false;
      }
      row++;
      for (int i = 0; i < kinds.length; i++) {
        values[i] = value(i + 1, kinds[i]);
      }
      return true;
    } catch (SQLException e) {
      throw new UncheckedSQLException("reading row " + (row + 1) + " of " + name + " failed", e);
    }
  }

  private String value(int column, Kind kind) throws SQLException {
    return switch (kind) {
      case INSTANT -> {
        OffsetDateTime time = result.getObject(column, OffsetDateTime.class);
        yield time == null ? null : time.toInstant().toString();
      }
      case LOCAL_DATE_TIME -> {
        LocalDateTime time = result.getObject(column, LocalDateTime.class);
        yield time == null ? null : time.toString();
      }
      case DATE -> {
        LocalDate date = result.getObject(column, LocalDate.class);
        yield date == null ? null : date.toString();
      }
      case BOOLEAN -> {
        boolean value = result.getBoolean(column);
        yield result.wasNull() ? null : Boolean.toString(value);
      }
      case TEXT -> result.getString(column);
    };
  }

  @Override
  public long line() {
    return row;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public String value(int index) {
    return values[index];
  }

  @Override
  public String malformed() {
    return null;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try {
        result.close();
      } finally {
        try {
          statement.close();
        } finally {
          restore(connection, restoreAutoCommit);
        }
      }
    } catch (SQLException e) {
      throw new UncheckedSQLException("closing the query " + name + " failed", e);
    }
  }
}
