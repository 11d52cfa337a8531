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
 * <p>No standard rule exists; this one reads five figures from the series, all in the caller's periods:
 * <ul>
 *   <li><b>tenure</b>: periods from the first period with volume to the end of the series, both included;
 *   <li><b>periods since last order</b>: periods after the last period with volume;
 *   <li><b>trend</b>: the Theil-Sen slope (median of the pairwise slopes, robust to a stray month) of the
 *       last {@code trendWindow} periods (fewer if tenure is shorter), divided by the mean of those periods;
 *   <li><b>level to peak</b>: the mean of the last {@code levelWindow} periods over the highest mean of any
 *       {@code levelWindow} consecutive periods since the first order (the customer's own smoothed peak);
 *   <li><b>volatility</b>: the coefficient of variation (population) of the trend window.
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
 * The defaults suit monthly series with {@code trendWindow} 12 and {@code levelWindow} 3; for weekly or
 * quarterly series scale the windows, tenure and idle thresholds to the period, and the trend thresholds
 * (a fraction of the level per period) likewise.
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

  /** Largest volume of a period: the sums of squares of the trend window stay finite below it. */
  private static final double MAX_VOLUME = 1e100;

  private static final LifecycleClassifier DEFAULTS = new LifecycleClassifier(6, 6, 12, 3, -0.03, 0.7, 0.03, 0.35);

  private final int explorationTenure;
  private final int terminatedAfterIdle;
  private final int trendWindow;
  private final int levelWindow;
  private final double declineTrend;
  private final double declineLevel;
  private final double growthTrend;
  private final double stableVolatility;

  private LifecycleClassifier(int explorationTenure, int terminatedAfterIdle, int trendWindow, int levelWindow,
      double declineTrend, double declineLevel, double growthTrend, double stableVolatility) {
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
        declineLevel, growthTrend, stableVolatility);
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
        declineLevel, growthTrend, stableVolatility);
  }

  /**
   * Returns a copy with other windows.
   *
   * @param trendPeriods periods over which trend and volatility are measured, in [2, 1000]; default 12
   * @param levelPeriods periods averaged for the recent level and the peak, {@code > 0}; default 3
   * @return the new classifier
   * @throws IllegalArgumentException if a window is out of range
   */
  public LifecycleClassifier withWindows(int trendPeriods, int levelPeriods) {
    return new LifecycleClassifier(explorationTenure, terminatedAfterIdle, trendPeriods, levelPeriods,
        declineTrend, declineLevel, growthTrend, stableVolatility);
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
        declineLevel, growth, stableVolatility);
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
        declineTrend, fractionOfPeak, growthTrend, stableVolatility);
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
        declineTrend, declineLevel, growthTrend, coefficientOfVariation);
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
    Scratch s = new Scratch(trendWindow);
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
    Scratch s = new Scratch(trendWindow);
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
    Scratch s = new Scratch(trendWindow);
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
        String where = row < 0 ? "[" + t + "]" : "[" + row + "][" + t + "]";
        throw new IllegalArgumentException(name + where
            + (x > MAX_VOLUME && x < Double.POSITIVE_INFINITY ? " must be <= " + MAX_VOLUME : " must be finite and >= 0")
            + ": " + x);
      }
      any |= x > 0;
    }
    if (!any) {
      String where = row < 0 ? "" : "[" + row + "]";
      throw new IllegalArgumentException(name + where + " must have a period with volume > 0, all "
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

    int levelSpan = Math.min(levelWindow, tenure);
    double sum = 0;
    for (int t = first; t < first + levelSpan; t++) {
      sum += v[offset + t];
    }
    double peakSum = sum;
    for (int t = first + levelSpan; t < length; t++) {
      sum += v[offset + t] - v[offset + t - levelSpan];
      peakSum = Math.max(peakSum, sum);
    }
    double recentSum = 0; // summed afresh: the rolling sum may carry rounding
    for (int t = length - levelSpan; t < length; t++) {
      recentSum += v[offset + t];
    }
    s.recentLevel = recentSum / levelSpan;
    s.peakLevel = Math.max(peakSum, recentSum) / levelSpan;
    s.levelToPeak = s.recentLevel / s.peakLevel;

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
      stage = stageByCountingSlopes(v, offset + length - window, window, s);
    }
    if (stage == null || fullEvidence) {
      measureTrendWindow(v, offset, length, window, s);
    }
    if (stage == null) {
      stage = stageByTrend(s);
    }
    return stage;
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
    double squares = 0;
    for (int t = 0; t < window; t++) {
      double dev = v[start + t] - mean;
      squares += dev * dev;
    }
    return Math.sqrt(squares / window) / mean <= stableVolatility
        ? LifecycleStage.STABILITY : LifecycleStage.FORMATION;
  }

  private static double windowMean(double[] v, int start, int window) {
    double sum = 0;
    for (int t = 0; t < window; t++) {
      sum += v[start + t];
    }
    return sum / window;
  }

  /** Trend and volatility of the last {@code window} periods of the series. */
  private static void measureTrendWindow(double[] v, int offset, int length, int window, Scratch s) {
    int start = offset + length - window;
    double mean = windowMean(v, start, window);
    double squares = 0;
    for (int t = 0; t < window; t++) {
      double d = v[start + t] - mean;
      squares += d * d;
    }
    if (mean > 0) {
      s.volatility = Math.sqrt(squares / window) / mean;
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
        + ", stableVolatility=" + stableVolatility + "]";
  }

  /** Working memory of one classification pass, reused across customers. */
  private static final class Scratch {
    final double[] slopes;
    int tenure;
    int idle;
    double trend;
    double levelToPeak;
    double volatility;
    double recentLevel;
    double peakLevel;

    Scratch(int trendWindow) {
      slopes = new double[trendWindow * (trendWindow - 1) / 2];
    }

    LifecycleAssessment assessment(LifecycleStage decided) {
      return LifecycleAssessment.builder()
          .stage(decided)
          .tenure(tenure)
          .periodsSinceLastOrder(idle)
          .trend(trend)
          .levelToPeak(levelToPeak)
          .volatility(volatility)
          .recentLevel(recentLevel)
          .peakLevel(peakLevel)
          .build();
    }
  }
}
