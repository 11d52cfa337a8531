package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One period of the tracking diagnostic: the book's actual repeat transactions in the period against the model's
 * expectation, and both summed from the first period on.
 *
 * <p>The expectation is unconditional: each customer contributes E[X(t)] over the part of the period after the
 * first purchase, so the calibration periods show how well the model describes the past and the holdout periods
 * how well it forecasts.
 */
@Value.Immutable
@ValueStyle
public abstract class TrackingPeriod {

  TrackingPeriod() {}

  /**
   * Returns the period's position, counted from 0.
   *
   * @return the index, {@code >= 0}
   */
  public abstract int index();

  /**
   * Returns the period's first day.
   *
   * @return the first day, not null
   */
  public abstract LocalDate firstDay();

  /**
   * Returns the period's last day, inclusive.
   *
   * @return the last day, not null, not before {@link #firstDay()}
   */
  public abstract LocalDate lastDay();

  /**
   * Tells whether the period lies in the holdout period (it starts after the calibration end).
   *
   * @return {@code true} for a holdout period
   */
  public abstract boolean holdout();

  /**
   * Returns the repeat transactions the book's customers made in the period.
   *
   * @return the count, {@code >= 0}
   */
  public abstract long actual();

  /**
   * Returns the repeat transactions the model expects in the period.
   *
   * @return the expectation, finite and {@code >= 0}
   */
  public abstract double expected();

  /**
   * Returns the repeat transactions from the first period to this one, inclusive.
   *
   * @return the count, {@code >= actual()}
   */
  public abstract long cumulativeActual();

  /**
   * Returns the expected repeat transactions from the first period to this one, inclusive.
   *
   * @return the expectation, finite and {@code >= 0}
   */
  public abstract double cumulativeExpected();

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
    Checks.nonNegative("index", index());
    if (lastDay().isBefore(firstDay())) {
      throw new IllegalArgumentException("lastDay must not be before firstDay " + firstDay() + ": " + lastDay());
    }
    if (actual() < 0) {
      throw new IllegalArgumentException("actual must be >= 0: " + actual());
    }
    if (cumulativeActual() < actual()) {
      throw new IllegalArgumentException("cumulativeActual must be >= actual " + actual() + ": " + cumulativeActual());
    }
    Checks.nonNegative("expected", expected());
    Checks.nonNegative("cumulativeExpected", cumulativeExpected());
  }

  /**
   * Builds a {@link TrackingPeriod}; every attribute is required.
   */
  public static final class Builder extends ImmutableTrackingPeriod.Builder {
    Builder() {}
  }
}
