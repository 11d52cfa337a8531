package io.github.logicrm.core.book;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The account of one input source: rows read, accepted and rejected (by reason), the first rejections with their
 * location, and the columns the reader did not use. Nothing is dropped without being counted here:
 * {@code rowsRead == rowsAccepted + rowsRejected} always holds.
 */
@Value.Immutable
@ValueStyle
public abstract class LoadReport {

  LoadReport() {}

  /**
   * Returns the source: a file name or a short name of the query.
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Returns the number of data rows read (the header not counted).
   *
   * @return rows read, {@code >= 0}
   */
  public abstract long rowsRead();

  /**
   * Returns the number of rows accepted.
   *
   * @return rows accepted, {@code >= 0}
   */
  public abstract long rowsAccepted();

  /**
   * Returns the number of rows rejected, by reason; a reason with no rejection is absent.
   *
   * @return counts by reason, each {@code > 0}
   */
  public abstract Map<RejectReason, Long> rejectedByReason();

  /**
   * Returns the first rejections in input order (how many is the reader's setting), with their locations.
   *
   * @return the first rejections, possibly empty
   */
  public abstract List<Rejection> firstRejections();

  /**
   * Returns the columns of the source that the reader does not use, in their order: listed, not silently ignored.
   *
   * @return the unused columns, possibly empty
   */
  public abstract List<String> unusedColumns();

  /**
   * Returns the number of rows rejected.
   *
   * @return the sum of {@link #rejectedByReason()}
   */
  public long rowsRejected() {
    return rejectedByReason().values().stream().mapToLong(Long::longValue).sum();
  }

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
    if (!(rowsAccepted() >= 0)) {
      throw new IllegalArgumentException("rowsAccepted must be >= 0: " + rowsAccepted());
    }
    rejectedByReason().forEach((reason, count) -> {
      if (!(count > 0)) {
        throw new IllegalArgumentException("rejectedByReason[" + reason + "] must be > 0: " + count);
      }
    });
    if (rowsRead() != rowsAccepted() + rowsRejected()) {
      throw new IllegalArgumentException("rowsRead must equal rowsAccepted " + rowsAccepted()
          + " + the sum of rejectedByReason " + rowsRejected() + ": " + rowsRead());
    }
  }

  /** Builds a {@link LoadReport}; {@code source}, {@code rowsRead} and {@code rowsAccepted} are required. */
  public static final class Builder extends ImmutableLoadReport.Builder {
    Builder() {}
  }
}
