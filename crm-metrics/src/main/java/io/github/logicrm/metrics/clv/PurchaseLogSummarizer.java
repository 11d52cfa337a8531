package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;

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
 * after a later one for the same customer is rejected with the row number. Rows after the last period end are
 * only counted, so their order is not checked.
 *
 * <p>Immutable and thread-safe. {@link #create} starts an {@link Accumulator} (for one thread), which adds
 * rows, merges with the accumulators of other parts of the log and finishes into the summaries;
 * {@link #collector} wraps the four as a {@link Collector}.
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
   * Starts an empty accumulator: the identity of {@link Accumulator#merge merge}.
   *
   * @return a new, empty accumulator
   */
  public Accumulator create() {
    return new Accumulator();
  }

  /**
   * Returns a collector that summarizes a stream of purchase rows, one per customer in order of first
   * appearance: {@link #create}, {@link Accumulator#add add}, {@link Accumulator#merge merge} and
   * {@link Accumulator#finish finish}. A parallel stream gives the same summaries as a sequential one, because
   * merging is order-aware (see {@link Accumulator}); the stream must meet the same date-order rule as the log.
   *
   * @param customerId the customer id of a row, not blank
   * @param date the purchase date of a row, not null
   * @param amount the purchase value of a row, finite and {@code >= 0}
   * @param <T> the row type
   * @return the collector
   */
  public <T> Collector<T, ?, List<PurchaseSummary>> collector(Function<? super T, String> customerId,
      Function<? super T, LocalDate> date, ToDoubleFunction<? super T> amount) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    return Collector.of(this::create,
        (acc, row) -> acc.add(customerId.apply(row), date.apply(row), amount.applyAsDouble(row)),
        Accumulator::merge, Accumulator::finish);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PurchaseLogSummarizer)) {
      return false;
    }
    PurchaseLogSummarizer other = (PurchaseLogSummarizer) o;
    return unit == other.unit && grain == other.grain && calibrationEnd.equals(other.calibrationEnd)
        && Objects.equals(holdoutEnd, other.holdoutEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, grain, calibrationEnd, holdoutEnd);
  }

  @Override
  public String toString() {
    return "PurchaseLogSummarizer{unit=" + unit + ", grain=" + grain + ", calibrationEnd=" + calibrationEnd
        + ", holdoutEnd=" + (holdoutEnd == null ? "none" : holdoutEnd) + "}";
  }

  /**
   * One customer's rows on or before the last period end, as far as one accumulator has seen them: enough to
   * produce the summary and to append a later part of the log, nothing more.
   *
   * <p>Each spend sum is kept as its running double sum plus the rounding errors of the additions (Knuth's
   * two-sum), so that sum + error is the exact sum and the summary's spend, rounded once, is the same however
   * the log was split.
   */
  private static final class State implements Cloneable {
    final String id;
    /** The customer's first row in the window, counted from 0 in its accumulator. */
    long firstRow;
    long firstDay;
    long lastDay;
    /** Whether the first row is in the calibration period: only then is the customer summarized. */
    boolean calibration;
    long first;
    long last;
    int frequency;
    long holdoutRows;
    /** Distinct holdout periods, including one equal to the last calibration period. */
    int holdoutPeriods;
    long firstHoldout;
    long lastHoldout;
    /** Spend in the first calibration period (needed to append a part whose first period is this one). */
    double firstSpend;
    double firstSpendError;
    double repeatSpend;
    double repeatSpendError;
    double holdoutSpend;
    double holdoutSpendError;
    /** Sum of the logarithms of the gaps, in grain periods, between calibration transactions, and its error. */
    double logGaps;
    double logGapsError;

    /** Starts a customer's state with its first row in the window. */
    State(String id, long row, long day, long period, boolean inCalibration, double amount) {
      this.id = id;
      firstRow = row;
      firstDay = day;
      lastDay = day;
      calibration = inCalibration;
      first = period;
      last = period;
      if (inCalibration) {
        firstSpend = amount;
      } else {
        holdoutRows = 1;
        holdoutPeriods = 1;
        firstHoldout = period;
        lastHoldout = period;
        holdoutSpend = amount;
      }
    }

    State copy(long rowOffset) {
      try {
        State c = (State) clone();
        c.firstRow += rowOffset;
        return c;
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }

    /** Adds one row in the window, dated on or after {@link #lastDay}. */
    void add(long day, long period, boolean inCalibration, double amount) {
      lastDay = day;
      if (!inCalibration) {
        holdoutRows++;
        if (holdoutPeriods == 0 || period != lastHoldout) {
          firstHoldout = holdoutPeriods == 0 ? period : firstHoldout;
          holdoutPeriods++;
          lastHoldout = period;
        }
        double sum = holdoutSpend + amount;
        holdoutSpendError += roundingError(holdoutSpend, amount, sum);
        holdoutSpend = sum;
      } else if (period == first) {
        double sum = firstSpend + amount;
        firstSpendError += roundingError(firstSpend, amount, sum);
        firstSpend = sum;
      } else {
        if (period != last) {
          frequency++;
          addLogGap(period - last, 0, 0);
          last = period;
        }
        double sum = repeatSpend + amount;
        repeatSpendError += roundingError(repeatSpend, amount, sum);
        repeatSpend = sum;
      }
    }

    /** Appends a later part of the same customer's rows, which starts on or after {@link #lastDay}. */
    void append(State later) {
      lastDay = later.lastDay;
      if (later.calibration) {
        // the later part starts in the calibration period, so this part has no holdout rows
        frequency += later.frequency + (later.first != last ? 1 : 0);
        addLogGap(later.first - last, later.logGaps, later.logGapsError);
        if (later.first == first) {
          double sum = firstSpend + later.firstSpend;
          firstSpendError += roundingError(firstSpend, later.firstSpend, sum) + later.firstSpendError;
          firstSpend = sum;
        } else {
          double sum = repeatSpend + later.firstSpend;
          repeatSpendError += roundingError(repeatSpend, later.firstSpend, sum) + later.firstSpendError;
          repeatSpend = sum;
        }
        double sum = repeatSpend + later.repeatSpend;
        repeatSpendError += roundingError(repeatSpend, later.repeatSpend, sum) + later.repeatSpendError;
        repeatSpend = sum;
        last = later.last;
      }
      if (later.holdoutPeriods > 0) {
        if (holdoutPeriods == 0) {
          firstHoldout = later.firstHoldout;
        }
        holdoutPeriods += later.holdoutPeriods - (holdoutPeriods > 0 && later.firstHoldout == lastHoldout ? 1 : 0);
        lastHoldout = later.lastHoldout;
      }
      holdoutRows += later.holdoutRows;
      double sum = holdoutSpend + later.holdoutSpend;
      holdoutSpendError += roundingError(holdoutSpend, later.holdoutSpend, sum) + later.holdoutSpendError;
      holdoutSpend = sum;
    }

    /** Adds ln(gap) for a gap of at least one period, and another part's sum of logarithms with its error. */
    private void addLogGap(long gap, double partSum, double partError) {
      double term = gap > 0 ? Math.log(gap) + partSum : partSum;
      double error = gap > 0 && partSum != 0 ? roundingError(Math.log(gap), partSum, term) : 0;
      double sum = logGaps + term;
      logGapsError += roundingError(logGaps, term, sum) + error + partError;
      logGaps = sum;
    }

    /** Returns the rounding error of {@code sum = a + b}: {@code a + b - sum}, exactly (Knuth's two-sum). */
    private static double roundingError(double a, double b, double sum) {
      double bPart = sum - a;
      return (a - (sum - bPart)) + (b - bPart);
    }

    double repeatSpend() {
      return repeatSpend + repeatSpendError;
    }

    double holdoutSpend() {
      return holdoutSpend + holdoutSpendError;
    }

    int holdoutPurchases() {
      return holdoutPeriods - (holdoutPeriods > 0 && firstHoldout == last ? 1 : 0);
    }
  }

  /**
   * Accumulates a log, row by row, and merges with accumulators of other parts of the log: the mutable buffer
   * of {@link #collector}, with the contract of {@link Collector}'s supplier ({@link #create}), accumulator
   * ({@link #add}), combiner ({@link #merge}) and finisher ({@link #finish}):
   *
   * <pre>{@code
   * // identity: merging an empty accumulator changes nothing, on either side
   * a.merge(summarizer.create())   gives the summaries of a
   * summarizer.create().merge(a)   gives the summaries of a
   * // associativity: a log split anywhere, its parts merged left to right in any grouping, equals one pass
   * summarizer.create().add(r1).add(r2).add(r3)
   *     equals  summarizer.create().add(r1).merge(summarizer.create().add(r2).add(r3))
   *     equals  summarizer.create().add(r1).add(r2).merge(summarizer.create().add(r3))
   * }</pre>
   *
   * <p><b>A customer seen in two parts.</b> Merging is order-aware: {@code a.merge(b)} is exactly one pass over
   * a's rows followed by b's rows. A customer in both parts continues: b's first transaction period may be
   * a's last one (then it is the same transaction), b's purchases count as repeat purchases, in the
   * calibration or the holdout period as their dates say, and a customer whose first rows in a are in the
   * holdout period is still a later customer. Because each customer's rows must be in date order, b's first
   * row of a customer in both parts must not be dated before a's last; otherwise the merge throws the
   * exception one pass would, naming that row as counted in the concatenated log, and changes nothing. So
   * the parts must be merged in the order of the log (a parallel stream does), but in any grouping. Counts
   * are exact; spend sums carry the rounding errors of their additions, so they are the exact sums rounded
   * once, bit-for-bit those of one pass, as long as those errors add up exactly (they do for money amounts;
   * only amounts spanning some 80 binary digits within one customer could differ in the last bit).
   *
   * <p>Mutable and not thread-safe: give each thread its own and merge them.
   */
  public final class Accumulator {

    private final Map<String, State> customers = new HashMap<>();
    private final List<State> order = new ArrayList<>();
    private final long calibrationEndDay = calibrationEnd.toEpochDay();
    private final long calibrationEndPeriod = grain.periodIndex(calibrationEnd);
    private final long lastDay = (holdoutEnd == null ? calibrationEnd : holdoutEnd).toEpochDay();
    private long rows;
    private long rowsAfterEnd;
    private long rowsOfLaterCustomers;
    private int summarized;

    private Accumulator() {}

    /**
     * Returns the summarizer whose rules this accumulator follows.
     *
     * @return the summarizer
     */
    public PurchaseLogSummarizer summarizer() {
      return PurchaseLogSummarizer.this;
    }

    /**
     * Adds one purchase.
     *
     * @param customerId the customer, not blank
     * @param date the purchase date, not null
     * @param amount the purchase value, finite and {@code >= 0}
     * @return this accumulator
     * @throws IllegalArgumentException if a value is invalid or the date is before the customer's previous
     *     purchase on or before the last period end; the message names the row, counting from 0, as in
     *     {@code "amount[5] must be finite and >= 0: -12.5"}
     */
    public Accumulator add(String customerId, LocalDate date, double amount) {
      long row = rows++;
      Checks.notBlank("customerId", row, customerId);
      Checks.nonNegative("amount", row, amount);
      long day = date.toEpochDay();
      if (day > lastDay) {
        rowsAfterEnd++;
        return this;
      }
      State state = customers.get(customerId);
      if (state != null && day < state.lastDay) {
        throw outOfOrder(row, customerId, state.lastDay, day);
      }
      long period = grain.periodIndex(date);
      boolean inCalibration = day <= calibrationEndDay;
      if (state == null) {
        state = new State(customerId, row, day, period, inCalibration, amount);
        customers.put(customerId, state);
        order.add(state);
        summarized += inCalibration ? 1 : 0;
      } else {
        state.add(day, period, inCalibration, amount);
      }
      rowsOfLaterCustomers += state.calibration ? 0 : 1;
      return this;
    }

    /**
     * Appends another accumulator's rows to these, as if they had been added here after this one's rows.
     *
     * @param other an accumulator of a summarizer with the same rules, not this one, not null; left unchanged
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} follows different rules or is this accumulator, or
     *     if a customer's rows in {@code other} start before that customer's last row here (the message names
     *     the first such row, counted in the concatenated log); nothing is changed then
     */
    public Accumulator merge(Accumulator other) {
      if (other == this) {
        throw new IllegalArgumentException("other must not be this accumulator: " + this);
      }
      if (!summarizer().equals(other.summarizer())) {
        throw new IllegalArgumentException(
            "other must follow the same rules " + summarizer() + ": " + other.summarizer());
      }
      State conflict = null;
      State previous = null;
      for (State later : other.order) {
        State earlier = customers.get(later.id);
        if (earlier != null && later.firstDay < earlier.lastDay
            && (conflict == null || later.firstRow < conflict.firstRow)) {
          conflict = later;
          previous = earlier;
        }
      }
      if (conflict != null) {
        throw outOfOrder(rows + conflict.firstRow, conflict.id, previous.lastDay, conflict.firstDay);
      }
      for (State later : other.order) {
        State earlier = customers.get(later.id);
        if (earlier == null) {
          State copy = later.copy(rows);
          customers.put(copy.id, copy);
          order.add(copy);
          summarized += copy.calibration ? 1 : 0;
        } else {
          if (earlier.calibration && !later.calibration) {
            rowsOfLaterCustomers -= later.holdoutRows;
          }
          earlier.append(later);
        }
      }
      rows += other.rows;
      rowsAfterEnd += other.rowsAfterEnd;
      rowsOfLaterCustomers += other.rowsOfLaterCustomers;
      return this;
    }

    private IllegalArgumentException outOfOrder(long row, String customerId, long previousDay, long day) {
      return new IllegalArgumentException(Checks.at("date", row) + " must not be before customer " + customerId
          + "'s previous purchase " + LocalDate.ofEpochDay(previousDay) + ": " + LocalDate.ofEpochDay(day));
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
      return summarized;
    }

    /**
     * Returns the summaries, one per customer in order of first appearance: the finisher.
     *
     * @return a new list
     * @throws IllegalArgumentException if no customer bought in the calibration period
     */
    public List<PurchaseSummary> finish() {
      requireCustomers();
      double scale = grain.days() / unit.days();
      List<PurchaseSummary> out = new ArrayList<>(summarized);
      for (State s : order) {
        if (!s.calibration) {
          continue;
        }
        PurchaseSummary.Builder b = PurchaseSummary.builder()
            .customerId(CustomerId.of(s.id))
            .frequency(s.frequency)
            .recency((s.last - s.first) * scale)
            .age((calibrationEndPeriod - s.first) * scale);
        if (s.frequency > 0) {
          b.meanRepeatSpend(s.repeatSpend() / s.frequency);
        }
        if (holdoutEnd != null) {
          b.holdoutPurchases(s.holdoutPurchases()).holdoutSpend(s.holdoutSpend());
        }
        out.add(b.build());
      }
      return out;
    }

    /**
     * Returns the summaries as columnar data for fitting and scoring, rows in order of first appearance, with
     * the mean repeat spend (0 without repeat purchases): the columnar finisher.
     *
     * @return the data
     * @throws IllegalArgumentException if no customer bought in the calibration period
     */
    public PurchaseData data() {
      requireCustomers();
      double scale = grain.days() / unit.days();
      int n = summarized;
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] t = new double[n];
      double[] m = new double[n];
      int i = 0;
      for (State s : order) {
        if (!s.calibration) {
          continue;
        }
        x[i] = s.frequency;
        tx[i] = (s.last - s.first) * scale;
        t[i] = (calibrationEndPeriod - s.first) * scale;
        m[i] = s.frequency > 0 ? s.repeatSpend() / s.frequency : 0;
        i++;
      }
      return PurchaseData.of(x, tx, t).withMeanSpend(m);
    }

    /**
     * Returns the summaries as columnar data for the Erlang-k models: {@link #data()} plus litt, the sum of the
     * logarithms of each customer's inter-purchase times in the calibration period, in the time unit (gaps
     * between distinct transaction periods of the grain, converted by mean lengths as recency is).
     *
     * @return the data, rows in order of first appearance
     * @throws IllegalArgumentException if no customer bought in the calibration period
     */
    public RegularPurchaseData regularData() {
      PurchaseData data = data();
      double lnScale = Math.log(grain.days() / unit.days());
      double[] litt = new double[data.size()];
      int i = 0;
      for (State s : order) {
        if (s.calibration) {
          litt[i++] = s.frequency == 0 ? 0 : s.logGaps + s.logGapsError + s.frequency * lnScale;
        }
      }
      return RegularPurchaseData.of(data, litt);
    }

    private void requireCustomers() {
      if (summarized == 0) {
        throw new IllegalArgumentException("log must hold at least one purchase on or before calibrationEnd "
            + calibrationEnd + ": " + rows + " rows added");
      }
    }

    @Override
    public String toString() {
      return "Accumulator{" + rows + " rows, " + summarized + " customers}";
    }
  }
}
