package io.github.logicrm.core.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A unit of time for purchase histories, used both to express recency and age and as the grain of the
 * same-period rule (purchases in the same period count as one transaction).
 *
 * <p>As a grain, periods are calendar periods: days, ISO weeks (Monday to Sunday), calendar months, calendar
 * years. As a unit of measure, the length of a period is its mean length in days.
 */
public enum PurchaseTimeUnit {
  /** A calendar day; 1 day. */
  DAYS(1),
  /** An ISO week, Monday to Sunday; 7 days. */
  WEEKS(7),
  /** A calendar month; 365.25 / 12 = 30.4375 days. */
  MONTHS(365.25 / 12),
  /** A calendar year; 365.25 days. */
  YEARS(365.25);

  private static final LocalDate MONDAY_EPOCH = LocalDate.of(1970, 1, 5);

  private final double days;

  PurchaseTimeUnit(double days) {
    this.days = days;
  }

  /**
   * Returns the mean length of one unit in days.
   *
   * @return the length in days, {@code > 0}
   */
  public double days() {
    return days;
  }

  /**
   * Returns the index of the calendar period that holds a date: consecutive periods have consecutive indices.
   *
   * @param date the date, not null
   * @return the period index (days since 1970-01-01, ISO weeks since the week of 1970-01-05, months since
   *     January 1970 or the year)
   */
  public long periodIndex(LocalDate date) {
    return switch (this) {
      case DAYS -> date.toEpochDay();
      case WEEKS -> Math.floorDiv(date.toEpochDay() - MONDAY_EPOCH.toEpochDay(), 7);
      case MONTHS -> date.getYear() * 12L + date.getMonthValue() - 1;
      case YEARS -> date.getYear();
    };
  }

  /**
   * Returns the chrono unit of the same name.
   *
   * @return the chrono unit, not null
   */
  public ChronoUnit toChronoUnit() {
    return ChronoUnit.valueOf(name());
  }
}
