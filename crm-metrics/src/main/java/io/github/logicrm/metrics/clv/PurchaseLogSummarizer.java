package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a purchase log (customer, date, amount) into per-customer frequency, recency, age and mean repeat
 * spend, streaming: rows are added one at a time and only one small summary per customer is kept, so logs of
 * millions of rows need no more memory than the customer count.
 *
 * <p>Rules, all configurable:
 * <ul>
 *   <li><b>Time unit</b> (named by the caller): recency and age are expressed in it, e.g. weeks.
 *   <li><b>Same-period rule</b>: purchases in the same calendar period of the grain (default: the same day)
 *       are one transaction, with their amounts added.
 *   <li><b>Calibration period</b>: up to and including {@code calibrationEnd}. A customer's clock starts at the
 *       first purchase; customers whose first purchase is later are counted, not summarized.
 *   <li><b>Holdout period</b> (optional): after {@code calibrationEnd} up to and including {@code holdoutEnd};
 *       each summary then carries the holdout purchases and spend.
 *   <li>Rows after the last period end are counted and otherwise ignored.
 * </ul>
 * Recency t_x = (last purchase period - first purchase period) and age T = (calibration end period - first
 * purchase period), in grain periods converted to the time unit by mean lengths (days / 7 for days in weeks).
 *
 * <p>The log must list each customer's purchases in date order (customers may interleave); an earlier date
 * after a later one for the same customer is rejected with the row number. Immutable and thread-safe; an
 * {@link Accumulator} is for one thread.
 */
public final class PurchaseLogSummarizer {

  private final PurchaseTimeUnit unit;
  private final PurchaseTimeUnit grain;
  private final LocalDate calibrationEnd;
  private final LocalDate holdoutEnd;

  private PurchaseLogSummarizer(PurchaseTimeUnit unit, PurchaseTimeUnit grain, LocalDate calibrationEnd,
      LocalDate holdoutEnd) {
    this.unit = unit;
    this.grain = grain;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
  }

  /**
   * Makes a summarizer with the same-day rule and no holdout period.
   *
   * @param unit the unit of recency and age, not null
   * @param calibrationEnd last day of the calibration period, inclusive, not null
   * @return the summarizer
   */
  public static PurchaseLogSummarizer of(PurchaseTimeUnit unit, LocalDate calibrationEnd) {
    return new PurchaseLogSummarizer(Objects.requireNonNull(unit, "unit"), PurchaseTimeUnit.DAYS,
        Objects.requireNonNull(calibrationEnd, "calibrationEnd"), null);
  }

  /**
   * Returns a summarizer that merges purchases in the same calendar period of {@code grain}.
   *
   * @param grain days, weeks (ISO, Monday to Sunday), months or years; not null
   * @return a new summarizer
   */
  public PurchaseLogSummarizer withSamePeriod(PurchaseTimeUnit grain) {
    return new PurchaseLogSummarizer(unit, Objects.requireNonNull(grain, "grain"), calibrationEnd, holdoutEnd);
  }

  /**
   * Returns a summarizer that also counts purchases in a holdout period after the calibration period.
   *
   * @param holdoutEnd last day of the holdout period, inclusive, after the calibration end
   * @return a new summarizer
   * @throws IllegalArgumentException if {@code holdoutEnd} is not after the calibration end
   */
  public PurchaseLogSummarizer withHoldoutEnd(LocalDate holdoutEnd) {
    if (!holdoutEnd.isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd " + calibrationEnd + ": " + holdoutEnd);
    }
    return new PurchaseLogSummarizer(unit, grain, calibrationEnd, holdoutEnd);
  }

  /**
   * Starts accumulating a log.
   *
   * @return a new, empty accumulator
   */
  public Accumulator start() {
    return new Accumulator();
  }

  /** Per-customer state: enough to produce the summary, nothing more. */
  private static final class State {
    final String id;
    final long first;
    long last;
    long lastHoldout = Long.MIN_VALUE;
    long lastDay;
    int frequency;
    double repeatSpend;
    int holdoutPurchases;
    double holdoutSpend;

    State(String id, long first, long day) {
      this.id = id;
      this.first = first;
      this.last = first;
      this.lastDay = day;
    }
  }

  /** Accumulates one log, row by row. Not thread-safe. */
  public final class Accumulator {

    private final Map<String, State> customers = new HashMap<>();
    private final List<State> order = new ArrayList<>();
    private final long calibrationEndDay = calibrationEnd.toEpochDay();
    private final long calibrationEndPeriod = grain.periodIndex(calibrationEnd);
    private final long lastDay = (holdoutEnd == null ? calibrationEnd : holdoutEnd).toEpochDay();
    private long rows;
    private long rowsAfterEnd;
    private long rowsOfLaterCustomers;

    private Accumulator() {}

    /**
     * Adds one purchase.
     *
     * @param customerId the customer, not blank
     * @param date the purchase date, not null
     * @param amount the purchase value, finite and {@code >= 0}
     * @return this accumulator
     * @throws IllegalArgumentException if a value is invalid or the date is before the customer's previous
     *     purchase (the message names the row, counting from 0)
     */
    public Accumulator add(String customerId, LocalDate date, double amount) {
      long row = rows++;
      if (customerId == null || customerId.isBlank()) {
        throw new IllegalArgumentException("customerId of row " + row + " must not be blank: " + customerId);
      }
      if (!(amount >= 0 && amount < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("amount of row " + row + " must be finite and >= 0: " + amount);
      }
      long day = date.toEpochDay();
      State state = customers.get(customerId);
      if (state != null && day < state.lastDay) {
        throw new IllegalArgumentException("date of row " + row + " must not be before customer " + customerId
            + "'s previous purchase " + LocalDate.ofEpochDay(state.lastDay) + ": " + date);
      }
      if (day > lastDay) {
        rowsAfterEnd++;
        return this;
      }
      long period = grain.periodIndex(date);
      if (state == null) {
        if (day > calibrationEndDay) {
          rowsOfLaterCustomers++;
          return this;
        }
        state = new State(customerId, period, day);
        customers.put(customerId, state);
        order.add(state);
        return this;
      }
      state.lastDay = day;
      if (day <= calibrationEndDay) {
        if (period != state.last) {
          state.frequency++;
          state.last = period;
        }
        if (period != state.first) {
          state.repeatSpend += amount;
        }
      } else {
        if (period != state.lastHoldout && period != state.last) {
          state.holdoutPurchases++;
          state.lastHoldout = period;
        }
        state.holdoutSpend += amount;
      }
      return this;
    }

    /**
     * Returns the rows added so far.
     *
     * @return the row count
     */
    public long rows() {
      return rows;
    }

    /**
     * Returns the rows dated after the last period end (calibration or holdout), which were ignored.
     *
     * @return the count
     */
    public long rowsAfterEnd() {
      return rowsAfterEnd;
    }

    /**
     * Returns the rows of customers whose first purchase came after the calibration end, which were ignored.
     *
     * @return the count
     */
    public long rowsOfLaterCustomers() {
      return rowsOfLaterCustomers;
    }

    /**
     * Returns the number of customers summarized so far.
     *
     * @return the count
     */
    public int customers() {
      return order.size();
    }

    /**
     * Returns the summaries, one per customer in order of first appearance.
     *
     * @return a new list
     * @throws IllegalArgumentException if no customer bought in the calibration period
     */
    public List<PurchaseSummary> summaries() {
      requireCustomers();
      double scale = grain.days() / unit.days();
      List<PurchaseSummary> out = new ArrayList<>(order.size());
      for (State s : order) {
        PurchaseSummary.Builder b = PurchaseSummary.builder()
            .customerId(CustomerId.of(s.id))
            .frequency(s.frequency)
            .recency((s.last - s.first) * scale)
            .age((calibrationEndPeriod - s.first) * scale);
        if (s.frequency > 0) {
          b.meanRepeatSpend(s.repeatSpend / s.frequency);
        }
        if (holdoutEnd != null) {
          b.holdoutPurchases(s.holdoutPurchases).holdoutSpend(s.holdoutSpend);
        }
        out.add(b.build());
      }
      return out;
    }

    /**
     * Returns the summaries as columnar data for fitting and scoring, rows in order of first appearance, with
     * the mean repeat spend (0 without repeat purchases).
     *
     * @return the data
     * @throws IllegalArgumentException if no customer bought in the calibration period
     */
    public PurchaseData data() {
      requireCustomers();
      double scale = grain.days() / unit.days();
      int n = order.size();
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] t = new double[n];
      double[] m = new double[n];
      for (int i = 0; i < n; i++) {
        State s = order.get(i);
        x[i] = s.frequency;
        tx[i] = (s.last - s.first) * scale;
        t[i] = (calibrationEndPeriod - s.first) * scale;
        m[i] = s.frequency > 0 ? s.repeatSpend / s.frequency : 0;
      }
      return PurchaseData.of(x, tx, t).withMeanSpend(m);
    }

    private void requireCustomers() {
      if (order.isEmpty()) {
        throw new IllegalArgumentException("log must hold at least one purchase on or before calibrationEnd "
            + calibrationEnd + ": " + rows + " rows added");
      }
    }
  }
}
