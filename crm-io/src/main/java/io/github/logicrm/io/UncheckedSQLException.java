package io.github.logicrm.io;

import java.sql.SQLException;
import java.util.Objects;

/** Wraps an {@link SQLException} raised while a query's rows are read, as {@link java.io.UncheckedIOException} does. */
public final class UncheckedSQLException extends RuntimeException {

  /**
   * Wraps a database error.
   *
   * @param message what was being done
   * @param cause the error, not null
   */
  public UncheckedSQLException(String message, SQLException cause) {
    super(message, Objects.requireNonNull(cause, "cause"));
  }

  /**
   * Returns the database error.
   *
   * @return the cause, not null
   */
  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
