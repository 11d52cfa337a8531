package io.github.logicrm.metrics.lifecycle;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import io.github.logicrm.metrics.internal.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Classifies a customer's relationship stage from its periodic volume series (shipments, revenue, or both).
 *
 * <p>No standard rule exists; this one first adjusts the series for seasonality, then reads five figures from
 * it, all in the caller's periods:
 * <ul>
 *   <li><b>seasonal adjustment</b>: once the customer has two full seasons of history ({@code seasonLength}
 *       periods each, default 12), each of the last two seasons is divided by its own mean; when the two
 *       patterns repeat (correlation at least {@value #MIN_SEASONAL_CORRELATION}), move by at least
 *       {@value #MIN_SEASONAL_AMPLITUDE} of the level from lowest to highest, and no position is 0 in both, their
 *       average is the seasonal index of each position, and every period is divided by the index of its position.
 *       A flat shipper with +-30% seasonality then reads as flat at every month-end, instead of declining in
 *       every trough and growing on every upswing. The indices are part of the evidence (empty when the series
 *       was not adjusted);
 *   <li><b>tenure</b>: periods from the first period with volume to the end of the series, both included;
 *   <li><b>periods since last order</b>: periods after the last period with volume;
 *   <li><b>trend</b>: the Theil-Sen slope (median of the pairwise slopes, robust to a stray month) of the
 *       last {@code trendWindow} periods (fewer if tenure is shorter), divided by the mean of those periods;
 *   <li><b>level to peak</b>: the recent level, the median of the last {@code levelWindow} periods, over the
 *       reference level, the highest median of any {@code levelWindow} consecutive periods within the reference
 *       window, the last {@code referenceWindow} periods (default 24). A single project month never sets the
 *       reference (a median of three ignores it), and an old peak ages out: a shipper that dropped to 65% of its
 *       old volume and has been flat at the new level for two years is stable again. When every window median
 *       of the reference window is 0 (a sparse series), the means are used instead, and when the reference
 *       window has no volume at all, the whole history;
 *   <li><b>volatility</b>: robust, {@code 1.4826 x} the median absolute deviation from the median of the trend
 *       window, over the window's mean (the coefficient of variation for normal data, but one spike does not
 *       move it).
 * </ul>
 * and decides, first rule that applies:
 * <ol>
 *   <li>periods since last order {@code >= terminatedAfterIdle} (default 6): {@link LifecycleStage#TERMINATED};
 *   <li>tenure {@code < explorationTenure} (default 6): {@link LifecycleStage#EXPLORATION};
 *   <li>trend {@code <= declineTrend} (default -0.03 per period) or level to peak {@code < declineLevel}
 *       (default 0.7): {@link LifecycleStage#DECLINE};
 *   <li>trend {@code >= growthTrend} (default 0.03 per period): {@link LifecycleStage#FORMATION};
 *   <li>volatility {@code <= stableVolatility} (default 0.35): {@link LifecycleStage#STABILITY}; otherwise
 *       {@link LifecycleStage#FORMATION} (flat but unsettled).
 * </ol>
 * The defaults suit monthly series with {@code trendWindow} 12, {@code levelWindow} 3, {@code seasonLength} 12
 * and {@code referenceWindow} 24; for weekly or quarterly series scale the windows, season, tenure and idle
 * thresholds to the period, and the trend thresholds (a fraction of the level per period) likewise. The rule of
 * earlier versions (no seasonal adjustment, the peak over the whole history, means and the plain coefficient of
 * variation) is {@code withSeasonLength(0).withReferenceWindow(Integer.MAX_VALUE).withRobustLevels(false)}.
 *
 * <p>Series are validated: not empty, every value finite, {@code >= 0} and at most 1e100 (no real volume comes
 * near it; beyond it the sums of squares could overflow), at least one period with volume.
 * A series without any volume (a prospect) has no stage and is rejected.
 *
 * <p>Immutable and thread-safe. The array form {@link #classify(double[], int, LifecycleStage[])} classifies
 * a whole book stored row by row and allocates nothing per customer; its row-range form lets callers split a
 * book across threads.
 */
public final class LifecycleClassifier {

  /** Largest trend window: the Theil-Sen slope keeps all its pairs, about 500,000 at this size. */
  private static final int MAX_TREND_WINDOW = 1000;

  /** Smallest correlation between the patterns of the last two seasons for the series to be adjusted. */
  public static final double MIN_SEASONAL_CORRELATION = 0.6;

  /** Smallest spread between the highest and the lowest seasonal index for the series to be adjusted. */
  public static final double MIN_SEASONAL_AMPLITUDE = 0.1;

  /** Scale that makes the median absolute deviation estimate the standard deviation of normal data. */
  private static final double MAD_SCALE = 1.4826;

  /** Largest volume of a period: the sums of squares of the trend window stay finite below it. */
  private static final double MAX_VOLUME = 1e100;

  private static final LifecycleClassifier DEFAULTS =
      new LifecycleClassifier(6, 6, 12, 3, -0.03, 0.7, 0.03, 0.35, 12, 24, true);

  private final int explorationTenure;
  private final int terminatedAfterIdle;
  private final int trendWindow;
  private final int levelWindow;
  private final double declineTrend;
  private final double declineLevel;
  private final double growthTrend;
  private final double stableVolatility;
  private final int seasonLength;
  private final int referenceWindow;
  private final boolean robust;

  private LifecycleClassifier(int explorationTenure, int terminatedAfterIdle, int trendWindow, int levelWindow,
      double declineTrend, double declineLevel, double growthTrend, double stableVolatility, int seasonLength,
      int referenceWindow, boolean robust) {
    Checks.positive("explorationTenure", explorationTenure);
    Checks.positive("terminatedAfterIdle", terminatedAfterIdle);
    if (trendWindow < 2 || trendWindow > MAX_TREND_WINDOW) {
      throw new IllegalArgumentException("trendWindow must be in [2, " + MAX_TREND_WINDOW + "]: " + trendWindow);
    }
    Checks.positive("levelWindow", levelWindow);
    Checks.finite("declineTrend", declineTrend);
    Checks.finite("growthTrend", growthTrend);
    if (!(declineTrend < growthTrend)) {
      throw new IllegalArgumentException(
          "declineTrend must be < growthTrend " + growthTrend + ": " + declineTrend);
    }
    Checks.probability("declineLevel", declineLevel);
    Checks.nonNegative("stableVolatility", stableVolatility);
    if (seasonLength == 1 || seasonLength < 0 || seasonLength > MAX_TREND_WINDOW) {
      throw new IllegalArgumentException("seasonLength must be 0 or in [2, " + MAX_TREND_WINDOW + "]: "
          + seasonLength);
    }
    if (referenceWindow < levelWindow) {
      throw new IllegalArgumentException("referenceWindow must be >= levelWindow " + levelWindow + ": "
          + referenceWindow);
    }
    this.seasonLength = seasonLength;
    this.referenceWindow = referenceWindow;
    this.robust = robust;
    this.explorationTenure = explorationTenure;
    this.terminatedAfterIdle = terminatedAfterIdle;
    this.trendWindow = trendWindow;
    this.levelWindow = levelWindow;
    this.declineTrend = declineTrend;
    this.declineLevel = declineLevel;
    this.growthTrend = growthTrend;
    this.stableVolatility = stableVolatility;
  }

  /**
   * Returns the classifier with the documented defaults (monthly periods).
   *
   * @return the default classifier
   */
  public static LifecycleClassifier withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another exploration tenure: customers with fewer periods since their first order are
   * in exploration.
   *
   * @param periods the tenure, {@code > 0}; default 6
   * @return the new classifier
   * @throws IllegalArgumentException if {@code periods <= 0}
   */
  public LifecycleClassifier withExplorationTenure(int periods) {
    return new LifecycleClassifier(periods, terminatedAfterIdle, trendWindow, levelWindow, declineTrend,
        declineLevel, growthTrend, stableVolatility, seasonLength, referenceWindow, robust);
  }

  /**
   * Returns a copy with another idle threshold: customers without volume for at least this many periods are
   * terminated.
   *
   * @param periods the idle periods, {@code > 0}; default 6
   * @return the new classifier
   * @throws IllegalArgumentException if {@code periods <= 0}
   */
  public LifecycleClassifier withTerminatedAfterIdle(int periods) {
    return new LifecycleClassifier(explorationTenure, periods, trendWindow, levelWindow, declineTrend,
        declineLevel, growthTrend, stableVolatility, seasonLength, referenceWindow, robust);
  }

  /**
   * Returns a copy with other windows.
   *
   * @param trendPeriods periods over which trend and volatility are measured, in [2, 1000]; default 12
   * @param levelPeriods periods whose median is the recent level and the reference level, {@code > 0} and at
   *     most the reference window; default 3
   * @return the new classifier
   * @throws IllegalArgumentException if a window is out of range
   */
  public LifecycleClassifier withWindows(int trendPeriods, int levelPeriods) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendPeriods, levelPeriods,
        declineTrend, declineLevel, growthTrend, stableVolatility, seasonLength, referenceWindow, robust);
  }

  /**
   * Returns a copy with other trend thresholds, as fractions of the level per period.
   *
   * @param decline trend at or below which the customer is declining; default -0.03
   * @param growth trend at or above which the customer is in formation; default 0.03
   * @return the new classifier
   * @throws IllegalArgumentException if a threshold is not finite or {@code decline >= growth}
   */
  public LifecycleClassifier withTrendThresholds(double decline, double growth) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendWindow, levelWindow, decline,
        declineLevel, growth, stableVolatility, seasonLength, referenceWindow, robust);
  }

  /**
   * Returns a copy with another decline level: customers whose recent level is below this fraction of their
   * peak are declining.
   *
   * @param fractionOfPeak the fraction, in [0, 1]; default 0.7
   * @return the new classifier
   * @throws IllegalArgumentException if the fraction is outside [0, 1]
   */
  public LifecycleClassifier withDeclineLevel(double fractionOfPeak) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendWindow, levelWindow,
        declineTrend, fractionOfPeak, growthTrend, stableVolatility, seasonLength, referenceWindow, robust);
  }

  /**
   * Returns a copy with another stability volatility: flat customers whose volatility is at most this are
   * stable, the others still in formation.
   *
   * @param coefficientOfVariation the threshold, finite and {@code >= 0}; default 0.35
   * @return the new classifier
   * @throws IllegalArgumentException if the threshold is negative or not finite
   */
  public LifecycleClassifier withStableVolatility(double coefficientOfVariation) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendWindow, levelWindow,
        declineTrend, declineLevel, growthTrend, coefficientOfVariation, seasonLength, referenceWindow, robust);
  }

  /**
   * Returns a copy with another season length: the periods of one seasonal cycle, 12 for monthly series, 52 for
   * weekly ones, 4 for quarterly ones; 0 turns the seasonal adjustment off.
   *
   * @param periods the season length, 0 or in [2, 1000]; default 12
   * @return the new classifier
   * @throws IllegalArgumentException if the length is 1, negative or above 1000
   */
  public LifecycleClassifier withSeasonLength(int periods) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendWindow, levelWindow,
        declineTrend, declineLevel, growthTrend, stableVolatility, periods, referenceWindow, robust);
  }

  /**
   * Returns a copy with another reference window: the reference level (the customer's own peak) is sought in the
   * last this many periods, so a peak older than that no longer counts. {@code Integer.MAX_VALUE} keeps the
   * whole history.
   *
   * @param periods the window, at least the level window; default 24
   * @return the new classifier
   * @throws IllegalArgumentException if the window is shorter than the level window
   */
  public LifecycleClassifier withReferenceWindow(int periods) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendWindow, levelWindow,
        declineTrend, declineLevel, growthTrend, stableVolatility, seasonLength, periods, robust);
  }

  /**
   * Returns a copy reading levels and volatility robustly (the default: medians of the level window, and the
   * scaled median absolute deviation over the mean) or plainly (means of the level window, and the coefficient of
   * variation, as earlier versions did; one project month then sets the peak, one spike raises the volatility).
   *
   * @param robustLevels true for medians and the median absolute deviation; default true
   * @return the new classifier
   */
  public LifecycleClassifier withRobustLevels(boolean robustLevels) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendWindow, levelWindow,
        declineTrend, declineLevel, growthTrend, stableVolatility, seasonLength, referenceWindow, robustLevels);
  }

  /**
   * Classifies one volume series.
   *
   * @param volumes volume per period, oldest first; not empty, each finite and {@code >= 0}, some {@code > 0}
   * @return the stage and its evidence
   * @throws IllegalArgumentException if the series is invalid
   */
  public LifecycleAssessment classify(double[] volumes) {
    Checks.notEmpty("volumes", volumes);
    Scratch s = new Scratch(trendWindow, levelWindow, seasonLength);
    validate(volumes, 0, volumes.length, -1, "volumes");
    return s.assessment(evaluate(volumes, 0, volumes.length, s, true));
  }

  /**
   * Classifies shipments and revenue together: each series is divided by its own largest value and the two
   * are averaged period by period, so both count equally whatever their units. The evidence's levels are in
   * that index (1 = the period of highest volume).
   *
   * @param shipments shipments per period, oldest first; as in {@link #classify(double[])}
   * @param revenue revenue per period, aligned with {@code shipments}; as in {@link #classify(double[])}
   * @return the stage and its evidence
   * @throws IllegalArgumentException if a series is invalid or the lengths differ
   */
  public LifecycleAssessment classify(double[] shipments, double[] revenue) {
    return classify(composite(shipments, revenue));
  }

  /**
   * Classifies a customer's history: on shipments and revenue together when revenue is known
   * ({@link #classify(double[], double[])}), else on shipments.
   *
   * @param history the history, not null
   * @return the stage and its evidence
   * @throws IllegalArgumentException if the history has no volume
   */
  public LifecycleAssessment classify(VolumeHistory history) {
    return classify(series(history));
  }

  /**
   * Classifies a book of customers stored row by row: customer {@code i}'s series is
   * {@code volumes[i * periods .. (i + 1) * periods - 1]}, oldest first.
   *
   * @param volumes the series of every customer, {@code stages.length * periods} values
   * @param periods periods per customer, {@code > 0}
   * @param stages receives each customer's stage
   * @throws IllegalArgumentException if the lengths do not match or a series is invalid (the message names
   *     the customer row and period)
   */
  public void classify(double[] volumes, int periods, LifecycleStage[] stages) {
    classify(volumes, periods, stages, 0, stages.length);
  }

  /**
   * Classifies the rows {@code fromRow} (inclusive) to {@code toRow} (exclusive) of a book stored row by row,
   * as {@link #classify(double[], int, LifecycleStage[])}, writing only those rows of {@code stages}. Calls
   * on disjoint row ranges may run in parallel threads, which is how to use several cores on a large book.
   *
   * @param volumes the series of every customer, {@code stages.length * periods} values
   * @param periods periods per customer, {@code > 0}
   * @param stages receives the stages of the rows classified
   * @param fromRow first row to classify, in {@code [0, toRow]}
   * @param toRow row after the last to classify, in {@code [fromRow, stages.length]}
   * @throws IllegalArgumentException if the lengths do not match, the range is invalid, or a series in the
   *     range is invalid (the message names the customer row and period)
   */
  public void classify(double[] volumes, int periods, LifecycleStage[] stages, int fromRow, int toRow) {
    Checks.positive("periods", periods);
    if ((long) stages.length * periods != volumes.length) {
      throw new IllegalArgumentException("volumes length must equal stages length " + stages.length
          + " x periods " + periods + ": " + volumes.length);
    }
    if (fromRow < 0 || fromRow > toRow || toRow > stages.length) {
      throw new IllegalArgumentException("rows must satisfy 0 <= fromRow <= toRow <= " + stages.length + ": "
          + fromRow + ".." + toRow);
    }
    Scratch s = new Scratch(trendWindow, levelWindow, seasonLength);
    for (int row = fromRow; row < toRow; row++) {
      int offset = row * periods;
      validate(volumes, offset, periods, row, "volumes");
      stages[row] = evaluate(volumes, offset, periods, s, false);
    }
  }

  /**
   * Replays a history period by period and returns the stage changes: the stage of each prefix of the series
   * from the first order on, recorded whenever it differs from the previous period's. Answers "when did this
   * customer enter decline?".
   *
   * @param volumes volume per period, oldest first; as in {@link #classify(double[])}
   * @return the transitions in period order; the first has no previous stage and starts at the first order
   * @throws IllegalArgumentException if the series is invalid
   */
  public List<StageTransition> transitions(double[] volumes) {
    Checks.notEmpty("volumes", volumes);
    validate(volumes, 0, volumes.length, -1, "volumes");
    Scratch s = new Scratch(trendWindow, levelWindow, seasonLength);
    List<StageTransition> result = new ArrayList<>();
    LifecycleStage previous = null;
    for (int end = firstPositive(volumes, 0, volumes.length) + 1; end <= volumes.length; end++) {
      LifecycleStage stage = evaluate(volumes, 0, end, s, false);
      if (stage != previous) {
        result.add(StageTransition.of(end - 1, previous, stage));
        previous = stage;
      }
    }
    return result;
  }

  /**
   * Replays a customer's history period by period, as {@link #transitions(double[])}, on the series that
   * {@link #classify(VolumeHistory)} uses.
   *
   * @param history the history, not null
   * @return the transitions in period order
   * @throws IllegalArgumentException if the history has no volume
   */
  public List<StageTransition> transitions(VolumeHistory history) {
    return transitions(series(history));
  }

  private static double[] series(VolumeHistory history) {
    Objects.requireNonNull(history, "history");
    double[] shipments = toArray(history.shipments());
    return history.revenue().isEmpty() ? shipments : composite(shipments, toArray(history.revenue()));
  }

  private static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }

  private static double[] composite(double[] shipments, double[] revenue) {
    Checks.notEmpty("shipments", shipments);
    Checks.sameLength("revenue", revenue.length, "shipments", shipments.length);
    validate(shipments, 0, shipments.length, -1, "shipments");
    validate(revenue, 0, revenue.length, -1, "revenue");
    double maxShipments = max(shipments);
    double maxRevenue = max(revenue);
    double[] index = new double[shipments.length];
    for (int t = 0; t < index.length; t++) {
      index[t] = 0.5 * (shipments[t] / maxShipments + revenue[t] / maxRevenue);
    }
    return index;
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static void validate(double[] v, int offset, int length, int row, String name) {
    boolean any = false;
    for (int t = 0; t < length; t++) {
      double x = v[offset + t];
      if (!(x >= 0 && x <= MAX_VOLUME)) {
        String where = row < 0 ? Checks.at(name, t) : Checks.at(name, row, t);
        throw new IllegalArgumentException(where
            + (x > MAX_VOLUME && x < Double.POSITIVE_INFINITY ? " must be <= " + MAX_VOLUME : " must be finite and >= 0")
            + ": " + x);
      }
      any |= x > 0;
    }
    if (!any) {
      String where = row < 0 ? name : Checks.at(name, row);
      throw new IllegalArgumentException(where + " must have a period with volume > 0, all "
          + length + " periods are 0");
    }
  }

  private static int firstPositive(double[] v, int offset, int length) {
    int t = 0;
    while (v[offset + t] == 0) {
      t++;
    }
    return t;
  }

  /**
   * Classifies the series {@code v[offset .. offset + length - 1]}, leaving the evidence in {@code s}. Without
   * {@code fullEvidence} the trend window is measured only when the stage depends on it (not for terminated,
   * exploring or level-declining customers), which decides the same stage at a fraction of the cost.
   */
  private LifecycleStage evaluate(double[] v, int offset, int length, Scratch s, boolean fullEvidence) {
    int first = firstPositive(v, offset, length);
    int last = length - 1;
    while (v[offset + last] == 0) {
      last--;
    }
    int tenure = length - first;
    s.tenure = tenure;
    s.idle = length - 1 - last;
    if (!fullEvidence && s.idle >= terminatedAfterIdle) {
      return LifecycleStage.TERMINATED;
    }
    if (!fullEvidence && tenure < explorationTenure) {
      return LifecycleStage.EXPLORATION;
    }

    double[] w = v;
    int off = offset;
    s.seasonal = seasonLength > 0 && tenure >= 2 * seasonLength && seasonalIndices(v, offset + length, s);
    if (s.seasonal) {
      double[] adjusted = s.adjusted(length);
      int start = length - 2 * seasonLength;
      for (int t = 0; t < length; t++) {
        adjusted[t] = v[offset + t] / s.indices[Math.floorMod(t - start, seasonLength)];
      }
      w = adjusted;
      off = 0;
    }
    levels(w, off, length, tenure, s);

    LifecycleStage stage;
    if (s.idle >= terminatedAfterIdle) {
      stage = LifecycleStage.TERMINATED;
    } else if (tenure < explorationTenure) {
      stage = LifecycleStage.EXPLORATION;
    } else if (s.levelToPeak < declineLevel) {
      stage = LifecycleStage.DECLINE;
    } else {
      stage = null; // decided by the trend window
    }
    int window = Math.min(trendWindow, tenure);
    if (stage == null && !fullEvidence) {
      stage = stageByCountingSlopes(w, off + length - window, window, s);
    }
    if (stage == null || fullEvidence) {
      measureTrendWindow(w, off, length, window, s);
    }
    if (stage == null) {
      stage = stageByTrend(s);
    }
    return stage;
  }

  /**
   * Seasonal indices from the two seasons ending at {@code end}: each divided by its own mean, averaged, kept
   * in {@code s.indices} when the two patterns repeat; returns whether the series is to be adjusted.
   */
  private boolean seasonalIndices(double[] v, int end, Scratch s) {
    int n = seasonLength;
    int a = end - 2 * n;
    double m1 = windowMean(v, a, n);
    double m2 = windowMean(v, a + n, n);
    if (!(m1 > 0 && m2 > 0)) {
      return false;
    }
    double cross = 0;
    double var1 = 0;
    double var2 = 0;
    double lowest = Double.POSITIVE_INFINITY;
    double highest = 0;
    double inverse1 = 1 / m1;
    double inverse2 = 1 / m2;
    for (int p = 0; p < n; p++) {
      double r1 = v[a + p] * inverse1;
      double r2 = v[a + n + p] * inverse2;
      cross += (r1 - 1) * (r2 - 1);
      var1 += (r1 - 1) * (r1 - 1);
      var2 += (r2 - 1) * (r2 - 1);
      double index = 0.5 * (r1 + r2);
      s.indices[p] = index;
      lowest = Math.min(lowest, index);
      highest = Math.max(highest, index);
    }
    return var1 > 0 && var2 > 0 && cross / Math.sqrt(var1 * var2) >= MIN_SEASONAL_CORRELATION
        && highest - lowest >= MIN_SEASONAL_AMPLITUDE && lowest > 0;
  }

  /** Recent level, reference level and their ratio, over the reference window. */
  private void levels(double[] w, int off, int length, int tenure, Scratch s) {
    int span = Math.min(levelWindow, tenure);
    int reference = Math.min(referenceWindow, tenure);
    boolean median = robust;
    double peak = peak(w, off, length, reference, span, median, s);
    if (median && peak == 0) { // a sparse series: every window median is 0
      median = false;
      peak = peak(w, off, length, reference, span, false, s);
    }
    if (peak == 0) { // no volume at all in the reference window: the whole history
      reference = tenure;
      peak = peak(w, off, length, reference, span, false, s);
    }
    s.referenceWindow = reference;
    s.recentLevel = level(w, off + length - span, span, median, s);
    s.peakLevel = peak;
    s.levelToPeak = s.recentLevel / peak;
  }

  /** The highest level of any {@code span} consecutive periods within the last {@code reference} periods. */
  private static double peak(double[] w, int off, int length, int reference, int span, boolean median, Scratch s) {
    double peak = 0;
    for (int start = length - reference; start <= length - span; start++) {
      peak = Math.max(peak, level(w, off + start, span, median, s));
    }
    return peak;
  }

  /** The median (or mean) of {@code w[start .. start + span - 1]}. */
  private static double level(double[] w, int start, int span, boolean median, Scratch s) {
    if (!median) {
      return windowMean(w, start, span);
    }
    if (span == 3) { // the default level window, without a copy
      double a = w[start];
      double b = w[start + 1];
      return Math.max(Math.min(a, b), Math.min(Math.max(a, b), w[start + 2]));
    }
    System.arraycopy(w, start, s.window, 0, span);
    return OrderStatistics.medianInPlace(s.window, span);
  }

  private LifecycleStage stageByTrend(Scratch s) {
    if (s.trend <= declineTrend) {
      return LifecycleStage.DECLINE;
    }
    if (s.trend >= growthTrend) {
      return LifecycleStage.FORMATION;
    }
    return s.volatility <= stableVolatility ? LifecycleStage.STABILITY : LifecycleStage.FORMATION;
  }

  /**
   * Decides the stage from the trend window without selecting the median slope, or returns null when that
   * cannot be done exactly. The trend is {@code median / mean}, rounded; dividing by the positive mean keeps
   * the order of the slopes, so counting the slopes whose own {@code slope / mean} is at or beyond a
   * threshold tells on which side of it the median falls, unless the two middle slopes of an even count fall
   * on either side (then the caller measures the trend itself). Gives exactly the stage of
   * {@link #stageByTrend(Scratch)}.
   */
  private LifecycleStage stageByCountingSlopes(double[] v, int start, int window, Scratch s) {
    double mean = windowMean(v, start, window);
    if (!(mean > 0) || window < 2) {
      return null;
    }
    int n = window * (window - 1) / 2;
    int declining = 0; // slopes with slope / mean <= declineTrend: the lowest ones
    int growing = 0;   // slopes with slope / mean >= growthTrend: the highest ones
    for (int lag = 1; lag < window; lag++) {
      double d = lag;
      for (int i = 0; i < window - lag; i++) {
        double relative = (v[start + i + lag] - v[start + i]) / d / mean;
        declining += relative <= declineTrend ? 1 : 0;
        growing += relative >= growthTrend ? 1 : 0;
      }
    }
    int k = n / 2; // odd n: the median is slope k (0-based, ascending); even n: the mean of slopes k - 1 and k
    boolean even = (n & 1) == 0;
    if (declining >= k + 1) {
      return LifecycleStage.DECLINE;
    }
    if (even && declining == k) {
      return null;
    }
    if (growing >= n - k + (even ? 1 : 0)) {
      return LifecycleStage.FORMATION;
    }
    if (even && growing == n - k) {
      return null;
    }
    return volatility(v, start, window, mean, s) <= stableVolatility
        ? LifecycleStage.STABILITY : LifecycleStage.FORMATION;
  }

  /**
   * Volatility of a window with a positive mean: robust, {@code 1.4826 x} the median absolute deviation from the
   * median over the mean; else the coefficient of variation (population).
   */
  private double volatility(double[] v, int start, int window, double mean, Scratch s) {
    if (robust) {
      double[] a = s.window;
      System.arraycopy(v, start, a, 0, window);
      insertionSort(a, window);
      int mid = window >>> 1;
      double median = (window & 1) == 1 ? a[mid] : 0.5 * (a[mid - 1] + a[mid]);
      return MAD_SCALE * sortedMedianDeviation(a, window, median) / mean;
    }
    double squares = 0;
    for (int t = 0; t < window; t++) {
      double dev = v[start + t] - mean;
      squares += dev * dev;
    }
    return Math.sqrt(squares / window) / mean;
  }

  private static double windowMean(double[] v, int start, int window) {
    double sum = 0;
    for (int t = 0; t < window; t++) {
      sum += v[start + t];
    }
    return sum / window;
  }

  /** Sorts the first {@code n} values ascending: for the short trend window, faster than a selection. */
  private static void insertionSort(double[] a, int n) {
    for (int i = 1; i < n; i++) {
      double x = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > x) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  /**
   * The median absolute deviation from {@code median} of sorted values: the deviations form two ascending runs
   * from the median outward, merged here up to the middle one.
   */
  private static double sortedMedianDeviation(double[] a, int n, double median) {
    int hi = 0;
    while (hi < n && a[hi] < median) {
      hi++;
    }
    int lo = hi - 1;
    double previous = 0;
    double current = 0;
    for (int c = 0; c <= n >>> 1; c++) {
      double below = lo >= 0 ? median - a[lo] : Double.POSITIVE_INFINITY;
      double above = hi < n ? a[hi] - median : Double.POSITIVE_INFINITY;
      previous = current;
      if (below <= above) {
        current = below;
        lo--;
      } else {
        current = above;
        hi++;
      }
    }
    return (n & 1) == 1 ? current : 0.5 * (previous + current);
  }

  /** Trend and volatility of the last {@code window} periods of the series. */
  private void measureTrendWindow(double[] v, int offset, int length, int window, Scratch s) {
    int start = offset + length - window;
    double mean = windowMean(v, start, window);
    if (mean > 0) {
      s.volatility = volatility(v, start, window, mean, s);
      s.trend = window < 2 ? 0 : theilSenSlope(v, start, window, s.slopes) / mean;
    } else {
      s.volatility = 0;
      s.trend = 0;
    }
  }

  /** The median of the slopes of all pairs of periods, gathered lag by lag (a loop the JIT can vectorize). */
  private static double theilSenSlope(double[] v, int start, int window, double[] slopes) {
    int n = 0;
    for (int lag = 1; lag < window; lag++) {
      double d = lag;
      int pairs = window - lag;
      for (int i = 0; i < pairs; i++) {
        slopes[n + i] = (v[start + i + lag] - v[start + i]) / d;
      }
      n += pairs;
    }
    return OrderStatistics.medianInPlace(slopes, n);
  }

  @Override
  public String toString() {
    return "LifecycleClassifier[explorationTenure=" + explorationTenure + ", terminatedAfterIdle="
        + terminatedAfterIdle + ", trendWindow=" + trendWindow + ", levelWindow=" + levelWindow
        + ", declineTrend=" + declineTrend + ", declineLevel=" + declineLevel + ", growthTrend=" + growthTrend
        + ", stableVolatility=" + stableVolatility + ", seasonLength=" + seasonLength + ", referenceWindow="
        + referenceWindow + ", robustLevels=" + robust + "]";
  }

  /** Working memory of one classification pass, reused across customers. */
  private static final class Scratch {
    final double[] slopes;
    final double[] window;
    final double[] indices;
    double[] adjusted = new double[0];
    int tenure;
    int idle;
    double trend;
    double levelToPeak;
    double volatility;
    double recentLevel;
    double peakLevel;
    boolean seasonal;
    int referenceWindow;

    Scratch(int trendWindow, int levelWindow, int seasonLength) {
      slopes = new double[trendWindow * (trendWindow - 1) / 2];
      window = new double[Math.max(trendWindow, levelWindow)];
      indices = new double[seasonLength];
    }

    /** A buffer for the adjusted series, grown when a longer series comes (once per book in the array form). */
    double[] adjusted(int length) {
      if (adjusted.length < length) {
        adjusted = new double[length];
      }
      return adjusted;
    }

    LifecycleAssessment assessment(LifecycleStage decided) {
      LifecycleAssessment.Builder b = LifecycleAssessment.builder()
          .stage(decided)
          .tenure(tenure)
          .periodsSinceLastOrder(idle)
          .trend(trend)
          .levelToPeak(levelToPeak)
          .volatility(volatility)
          .recentLevel(recentLevel)
          .peakLevel(peakLevel)
          .referenceWindow(referenceWindow);
      if (seasonal) {
        for (double index : indices) {
          b.addSeasonalIndices(index);
        }
      }
      return b.build();
    }
  }
}
