package io.github.logicrm.core.book;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rejected input row is and why it was rejected: the source (file name or query), the line (from 1, as
 * text editors count), the column (from 1) and its name, the offending value and the reason.
 *
 * <p>{@link #toString()} prints the one-line format used in error messages, rejects files and logs:
 * {@code orders.csv:1042:3 revenue must be finite and >= 0: "-12,5"}.
 */
@Value.Immutable
@ValueStyle
public abstract class Rejection {

  Rejection() {}

  /**
   * Returns the source: a file name, or a short name of the query.
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Returns the line of the row in its source, counted from 1 (the header is line 1 of a CSV file); for a query,
   * the row number from 1.
   *
   * @return the line, {@code >= 1}
   */
  public abstract long line();

  /**
   * Returns the column of the offending value, counted from 1.
   *
   * @return the column; empty when the whole row is at fault
   */
  public abstract Optional<Integer> column();

  /**
   * Returns the name of the offending column.
   *
   * @return the column name; empty when the whole row is at fault
   */
  public abstract Optional<String> columnName();

  /**
   * Returns the offending value as it was read.
   *
   * @return the raw value; empty when the whole row is at fault or the value was missing
   */
  public abstract Optional<String> value();

  /**
   * Returns the reason category, counted in the load report.
   *
   * @return the reason, not null
   */
  public abstract RejectReason reason();

  /**
   * Returns the message: the field, the rule and the value ({@code revenue must be finite and >= 0: -12.5}).
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("source", source());
    if (!(line() >= 1)) {
      throw new IllegalArgumentException("line must be >= 1: " + line());
    }
    column().ifPresent(c -> {
      if (!(c >= 1)) {
        throw new IllegalArgumentException("column must be >= 1: " + c);
      }
    });
    Checks.notBlank("message", message());
  }

  /**
   * Returns the location and message on one line: {@code source:line[:column] message[: "value"]}.
   *
   * @return the formatted rejection
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source()).append(':').append(line());
    column().ifPresent(c -> text.append(':').append(c));
    text.append(' ').append(message());
    value().ifPresent(v -> text.append(": \"").append(v).append('"'));
    return text.toString();
  }

  /** Builds a {@link Rejection}; {@code source}, {@code line}, {@code reason} and {@code message} are required. */
  public static final class Builder extends ImmutableRejection.Builder {
    Builder() {}
  }
}
