package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A delivery window: two instants on the time line, both inclusive.
 *
 * <p>Instants carry no zone. A TMS that books windows in the local time of the receiving site converts them
 * with that site's zone ({@code LocalDateTime.atZone(siteZone).toInstant()}) before building the window; the
 * comparison with the delivery time is then exact and daylight-saving changes cannot shift it.
 */
@Value.Immutable
@ValueStyle
public abstract class TimeWindow {

  TimeWindow() {}

  /**
   * Returns the earliest instant of the window, inclusive.
   *
   * @return the start, not null
   */
  @Value.Parameter
  public abstract Instant start();

  /**
   * Returns the latest instant of the window, inclusive: a delivery exactly at the end is inside.
   *
   * @return the end, not null and not before {@link #start()}
   */
  @Value.Parameter
  public abstract Instant end();

  /**
   * Obtains a window.
   *
   * @param start earliest instant, inclusive, not null
   * @param end latest instant, inclusive, not null
   * @return the window
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static TimeWindow of(Instant start, Instant end) {
    return ImmutableTimeWindow.of(start, end);
  }

  /**
   * Tells whether an instant lies inside the window, ends included.
   *
   * @param instant the instant, not null
   * @return true if {@code start <= instant <= end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && !instant.isAfter(end());
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
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("window end must not be before start " + start() + ": " + end());
    }
  }

  /** Builds a {@link TimeWindow}; {@code start} and {@code end} are required. */
  public static final class Builder extends ImmutableTimeWindow.Builder {
    Builder() {}
  }
}
