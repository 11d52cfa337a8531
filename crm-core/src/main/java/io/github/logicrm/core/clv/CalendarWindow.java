package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A window of future calendar periods, counted from the end of the calibration period: periods
 * {@code firstPeriod .. lastPeriod}, both included, period 1 being the first after the calibration period.
 * "The next 12 months" is {@code of(1, 12)}, "months 13 to 24" {@code of(13, 24)}; the period's length in the
 * data's time unit is set by the calculator that uses the window.
 */
@Value.Immutable
@ValueStyle
public abstract class CalendarWindow {

  CalendarWindow() {}

  /**
   * Returns the first period of the window.
   *
   * @return the period, {@code >= 1}
   */
  @Value.Parameter
  public abstract int firstPeriod();

  /**
   * Returns the last period of the window, included.
   *
   * @return the period, {@code >= firstPeriod()}
   */
  @Value.Parameter
  public abstract int lastPeriod();

  /**
   * Returns the number of periods in the window.
   *
   * @return {@code lastPeriod - firstPeriod + 1}
   */
  public int length() {
    return lastPeriod() - firstPeriod() + 1;
  }

  /**
   * Obtains a window.
   *
   * @param firstPeriod the first period, {@code >= 1}
   * @param lastPeriod the last period, included, {@code >= firstPeriod}
   * @return the window
   * @throws IllegalArgumentException if a period is out of range
   */
  public static CalendarWindow of(int firstPeriod, int lastPeriod) {
    return ImmutableCalendarWindow.of(firstPeriod, lastPeriod);
  }

  /**
   * Obtains the window of the next {@code periods} periods, {@code of(1, periods)}.
   *
   * @param periods the number of periods, {@code >= 1}
   * @return the window
   * @throws IllegalArgumentException if {@code periods < 1}
   */
  public static CalendarWindow next(int periods) {
    return of(1, periods);
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
    Checks.positive("firstPeriod", firstPeriod());
    if (lastPeriod() < firstPeriod()) {
      throw new IllegalArgumentException("lastPeriod must be >= firstPeriod " + firstPeriod() + ": " + lastPeriod());
    }
  }

  @Override
  public String toString() {
    return "periods " + firstPeriod() + "-" + lastPeriod();
  }

  /** Builds a {@link CalendarWindow}; both periods are required. */
  public static final class Builder extends ImmutableCalendarWindow.Builder {
    Builder() {}
  }
}
