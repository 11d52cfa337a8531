package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A book split at a calibration end date into what a purchase model is fitted on and what it must predict: the
 * calibration frequency, recency and age of each customer, the purchases in the holdout period and, when the
 * purchase dates are known, the repeat transactions per tracking period. The input of {@link HoldoutValidation}.
 *
 * <p>From purchase dates ({@link #fromDates fromDates}, {@link #fromDays fromDays}) the rules are those of
 * {@link PurchaseLogSummarizer} with the same-day rule: purchases on one day are one transaction; a customer's
 * first purchase starts its clock and is not a repeat purchase; recency and age are counted in days from the first
 * purchase and converted to the unit by its mean length in days. Customers whose first purchase comes after the
 * calibration end are counted ({@link #laterCustomers()}) and left out of every figure.
 *
 * <p>Tracking periods run from the earliest first purchase (or a given start) in steps of one calendar period
 * ({@code start.plus(k, period)}); a period that spans the calibration end is cut there, so each period lies
 * wholly in the calibration or the holdout period, and the last one ends at the holdout end.
 *
 * <p>Immutable and thread-safe.
 */
public final class HoldoutSplit {

  private final PurchaseTimeUnit unit;
  private final LocalDate calibrationEnd;
  private final LocalDate holdoutEnd;
  private final double holdoutLength;
  private final PurchaseData calibration;
  private final int[] holdoutPurchases;
  private final int laterCustomers;
  /** Epoch day of each customer's first purchase; null without dates. */
  private final int[] firstDays;
  /** Epoch day of each tracking period's first day, plus one past the holdout end; null without dates. */
  private final int[] periodStarts;
  /** Repeat transactions per tracking period; null without dates. */
  private final long[] actual;

  private HoldoutSplit(PurchaseTimeUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd, double holdoutLength,
      PurchaseData calibration, int[] holdoutPurchases, int laterCustomers, int[] firstDays, int[] periodStarts,
      long[] actual) {
    this.unit = unit;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.holdoutLength = holdoutLength;
    this.calibration = calibration;
    this.holdoutPurchases = holdoutPurchases;
    this.laterCustomers = laterCustomers;
    this.firstDays = firstDays;
    this.periodStarts = periodStarts;
    this.actual = actual;
  }

  /**
   * Makes a split from per-customer calibration summaries and holdout counts; it has no tracking periods.
   *
   * @param unit the unit of recency, age and the holdout length, not null
   * @param calibration frequency, recency and age per customer, one customer per row (weight 1), not null
   * @param holdoutPurchases purchases of each customer in the holdout period, each {@code >= 0}, one per row
   * @param holdoutLength length of the holdout period in the unit, finite and {@code > 0}
   * @return the split
   * @throws IllegalArgumentException if a row's weight is not 1, the lengths differ or a value is invalid
   */
  public static HoldoutSplit of(PurchaseTimeUnit unit, PurchaseData calibration, int[] holdoutPurchases,
      double holdoutLength) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(holdoutPurchases, "holdoutPurchases");
    Checks.positive("holdoutLength", holdoutLength);
    Checks.sameLength("holdoutPurchases", holdoutPurchases.length, "calibration", calibration.size());
    for (int i = 0; i < calibration.size(); i++) {
      if (calibration.weight(i) != 1) {
        throw new IllegalArgumentException(
            Checks.at("calibration.weight", i) + " must be 1 (one customer per row): " + calibration.weight(i));
      }
      Checks.nonNegative("holdoutPurchases", i, holdoutPurchases[i]);
    }
    return new HoldoutSplit(unit, null, null, holdoutLength, calibration, holdoutPurchases.clone(), 0, null, null,
        null);
  }

  /**
   * Makes a split from each customer's purchase dates, with tracking periods from the earliest first purchase.
   *
   * @param unit the unit of recency, age and the holdout length, not null
   * @param calibrationEnd last day of the calibration period, inclusive, not null
   * @param holdoutEnd last day of the holdout period, inclusive, after {@code calibrationEnd}
   * @param trackingPeriod the length of a tracking period, not null
   * @param purchaseDates per customer, the dates of its purchases in any order (the same day may repeat: it is one
   *     transaction), not empty, none after {@code holdoutEnd}
   * @return the split
   * @throws IllegalArgumentException if a customer has no date or a date after the holdout end, the holdout end is
   *     not after the calibration end, or no customer bought on or before the calibration end
   */
  public static HoldoutSplit fromDates(PurchaseTimeUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd,
      PurchaseTimeUnit trackingPeriod, Collection<? extends Collection<LocalDate>> purchaseDates) {
    return fromDays(unit, calibrationEnd, holdoutEnd, trackingPeriod, toDays(purchaseDates), null);
  }

  /**
   * Makes a split from each customer's purchase dates, with tracking periods from a given day, for example the
   * first of the month of the earliest purchase.
   *
   * @param unit the unit of recency, age and the holdout length, not null
   * @param calibrationEnd last day of the calibration period, inclusive, not null
   * @param holdoutEnd last day of the holdout period, inclusive, after {@code calibrationEnd}
   * @param trackingPeriod the length of a tracking period, not null
   * @param trackingStart first day of the first tracking period, on or before the earliest first purchase, not null
   * @param purchaseDates per customer, the dates of its purchases in any order (the same day may repeat: it is one
   *     transaction), not empty, none after {@code holdoutEnd}
   * @return the split
   * @throws IllegalArgumentException as {@link #fromDates(PurchaseTimeUnit, LocalDate, LocalDate, PurchaseTimeUnit,
   *     Collection)} does, or if the tracking start is after the earliest first purchase
   */
  public static HoldoutSplit fromDates(PurchaseTimeUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd,
      PurchaseTimeUnit trackingPeriod, LocalDate trackingStart,
      Collection<? extends Collection<LocalDate>> purchaseDates) {
    Objects.requireNonNull(trackingStart, "trackingStart");
    return fromDays(unit, calibrationEnd, holdoutEnd, trackingPeriod, toDays(purchaseDates), trackingStart);
  }

  private static int[][] toDays(Collection<? extends Collection<LocalDate>> purchaseDates) {
    Objects.requireNonNull(purchaseDates, "purchaseDates");
    int[][] days = new int[purchaseDates.size()][];
    int i = 0;
    for (Collection<LocalDate> dates : purchaseDates) {
      days[i++] = dates.stream().mapToInt(d -> Math.toIntExact(d.toEpochDay())).sorted().distinct().toArray();
    }
    return days;
  }

  /**
   * Makes a split from each customer's transaction days, with tracking periods from {@code trackingStart} or the
   * earliest first purchase: the columnar form of {@link #fromDates fromDates}.
   *
   * @param unit the unit of recency, age and the holdout length, not null
   * @param calibrationEnd last day of the calibration period, inclusive, not null
   * @param holdoutEnd last day of the holdout period, inclusive, after {@code calibrationEnd}
   * @param trackingPeriod the length of a tracking period, not null
   * @param days per customer, its transaction days as epoch days ({@link LocalDate#toEpochDay()}), strictly
   *     increasing, not empty, none after {@code holdoutEnd}; not changed
   * @param trackingStart first day of the first tracking period, on or before the earliest first purchase; null
   *     for the earliest first purchase
   * @return the split
   * @throws IllegalArgumentException if a customer has no day, its days do not increase or one is after the holdout
   *     end (the message names the customer and the day), the holdout end is not after the calibration end, the
   *     tracking start is after the earliest first purchase, or no customer bought on or before the calibration end
   */
  public static HoldoutSplit fromDays(PurchaseTimeUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd,
      PurchaseTimeUnit trackingPeriod, int[][] days, LocalDate trackingStart) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd");
    Objects.requireNonNull(holdoutEnd, "holdoutEnd");
    Objects.requireNonNull(trackingPeriod, "trackingPeriod");
    Objects.requireNonNull(days, "days");
    if (!holdoutEnd.isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd " + calibrationEnd + ": " + holdoutEnd);
    }
    int calEnd = Math.toIntExact(calibrationEnd.toEpochDay());
    int end = Math.toIntExact(holdoutEnd.toEpochDay());
    int customers = 0;
    int earliest = Integer.MAX_VALUE;
    for (int i = 0; i < days.length; i++) {
      int[] d = days[i];
      if (d == null || d.length == 0) {
        throw new IllegalArgumentException(Checks.at("days", i) + " must hold at least one day: "
            + (d == null ? null : "[]"));
      }
      for (int j = 0; j < d.length; j++) {
        if (j > 0 && d[j] <= d[j - 1]) {
          throw new IllegalArgumentException(Checks.at("days", i, j) + " must be after the previous day "
              + LocalDate.ofEpochDay(d[j - 1]) + ": " + LocalDate.ofEpochDay(d[j]));
        }
        if (d[j] > end) {
          throw new IllegalArgumentException(Checks.at("days", i, j) + " must not be after holdoutEnd " + holdoutEnd
              + ": " + LocalDate.ofEpochDay(d[j]));
        }
      }
      if (d[0] <= calEnd) {
        customers++;
        earliest = Math.min(earliest, d[0]);
      }
    }
    if (customers == 0) {
      throw new IllegalArgumentException("days must hold a customer whose first purchase is on or before "
          + "calibrationEnd " + calibrationEnd + ": " + days.length + " customers, none");
    }
    LocalDate start = trackingStart == null ? LocalDate.ofEpochDay(earliest) : trackingStart;
    if (start.toEpochDay() > earliest) {
      throw new IllegalArgumentException("trackingStart must not be after the earliest first purchase "
          + LocalDate.ofEpochDay(earliest) + ": " + start);
    }
    int[] periodStarts = periodStarts(start, calEnd, end, trackingPeriod.toChronoUnit());
    double perDay = 1 / unit.days();
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    int[] holdout = new int[customers];
    int[] firstDays = new int[customers];
    long[] actual = new long[periodStarts.length - 1];
    int c = 0;
    for (int[] d : days) {
      int first = d[0];
      if (first > calEnd) {
        continue;
      }
      int last = first;
      int period = 0;
      for (int j = 1; j < d.length; j++) {
        if (d[j] <= calEnd) {
          x[c]++;
          last = d[j];
        } else {
          holdout[c]++;
        }
        while (periodStarts[period + 1] <= d[j]) {
          period++;
        }
        actual[period]++;
      }
      tx[c] = (last - first) * perDay;
      age[c] = (calEnd - first) * perDay;
      firstDays[c] = first;
      c++;
    }
    return new HoldoutSplit(unit, calibrationEnd, holdoutEnd, (end - calEnd) * perDay, PurchaseData.of(x, tx, age),
        holdout, days.length - customers, firstDays, periodStarts, actual);
  }

  /** The first day of each period (epoch days) and one past the holdout end. */
  private static int[] periodStarts(LocalDate start, int calEnd, int end, ChronoUnit step) {
    TreeSet<Integer> starts = new TreeSet<>();
    for (long k = 0; ; k++) {
      long day = start.plus(k, step).toEpochDay();
      if (day > end) {
        break;
      }
      starts.add(Math.toIntExact(day));
    }
    starts.add(calEnd + 1);
    starts.add(end + 1);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Returns the unit of recency, age and the holdout length.
   *
   * @return the unit
   */
  public PurchaseTimeUnit unit() {
    return unit;
  }

  /**
   * Returns the last day of the calibration period.
   *
   * @return the day, empty for a split made from summaries
   */
  public Optional<LocalDate> calibrationEnd() {
    return Optional.ofNullable(calibrationEnd);
  }

  /**
   * Returns the last day of the holdout period.
   *
   * @return the day, empty for a split made from summaries
   */
  public Optional<LocalDate> holdoutEnd() {
    return Optional.ofNullable(holdoutEnd);
  }

  /**
   * Returns the length of the holdout period, the horizon of the holdout predictions.
   *
   * @return the length in the unit, {@code > 0}
   */
  public double holdoutLength() {
    return holdoutLength;
  }

  /**
   * Returns the calibration data, one row per customer: what the models are fitted on.
   *
   * @return the data
   */
  public PurchaseData calibration() {
    return calibration;
  }

  /**
   * Returns the number of customers in the split.
   *
   * @return the count, {@code > 0}
   */
  public int customers() {
    return holdoutPurchases.length;
  }

  /**
   * Returns a customer's purchases in the holdout period.
   *
   * @param row the customer's row in {@link #calibration()}
   * @return the count, {@code >= 0}
   * @throws IllegalArgumentException if the row is out of range
   */
  public int holdoutPurchases(int row) {
    return holdoutPurchases[Checks.index("row", row, holdoutPurchases.length)];
  }

  /**
   * Returns the number of customers left out because their first purchase came after the calibration end.
   *
   * @return the count, {@code >= 0}
   */
  public int laterCustomers() {
    return laterCustomers;
  }

  /**
   * Tells whether the split has tracking periods (it was made from purchase dates).
   *
   * @return {@code true} if it has
   */
  public boolean hasTracking() {
    return periodStarts != null;
  }

  /**
   * Returns the number of tracking periods.
   *
   * @return the count, 0 without tracking
   */
  public int periods() {
    return periodStarts == null ? 0 : periodStarts.length - 1;
  }

  /**
   * Returns the first day of a tracking period.
   *
   * @param period the period, counted from 0
   * @return its first day
   * @throws IllegalArgumentException if the period is out of range
   */
  public LocalDate periodFirstDay(int period) {
    return LocalDate.ofEpochDay(periodStarts[Checks.index("period", period, periods())]);
  }

  /**
   * Returns the last day of a tracking period.
   *
   * @param period the period, counted from 0
   * @return its last day, inclusive
   * @throws IllegalArgumentException if the period is out of range
   */
  public LocalDate periodLastDay(int period) {
    return LocalDate.ofEpochDay(periodStarts[Checks.index("period", period, periods()) + 1] - 1L);
  }

  /**
   * Returns the repeat transactions of the split's customers in a tracking period.
   *
   * @param period the period, counted from 0
   * @return the count, {@code >= 0}
   * @throws IllegalArgumentException if the period is out of range
   */
  public long actualTransactions(int period) {
    return actual[Checks.index("period", period, periods())];
  }

  int[] firstDays() {
    return firstDays;
  }

  int[] periodStarts() {
    return periodStarts;
  }

  int calibrationEndDay() {
    return Math.toIntExact(calibrationEnd.toEpochDay());
  }

  @Override
  public String toString() {
    return "HoldoutSplit{" + customers() + " customers, " + laterCustomers + " later, unit=" + unit
        + (calibrationEnd == null ? "" : ", calibrationEnd=" + calibrationEnd + ", holdoutEnd=" + holdoutEnd)
        + ", holdoutLength=" + holdoutLength + ", periods=" + periods() + "}";
  }

}
