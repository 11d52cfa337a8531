package io.github.logicrm.metrics.retention;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignalKind;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.RiskLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Churn early warning: a 0-100 risk score built from signals an account manager can check.
 *
 * <p>Each signal is measured so that higher is worse (see {@link ChurnSignalKind}), turned into a strength
 * {@code min(1, measured / fullAt)} and weighted. The score is {@code 100 x sum(weight x strength) / sum(weight)}
 * over the signals that have data: the volume drop needs a baseline above 0, P(alive) a fitted model, the
 * resolution signal a resolved complaint, the service signal a measured failure rate; complaints and receivables
 * are always there. A signal fires when its strength reaches the firing level (a signal of weight 0 never fires);
 * when no signal with data has a weight above 0 the score is 0.
 *
 * <p>Defaults (weight, full concern at): volume drop 0.25 at a 50% drop; low P(alive) 0.20 at 1 - P(alive) = 0.8;
 * complaints 0.15 at 4 complaints; slow resolution 0.10 at 72 hours; overdue receivables 0.15 at half of the
 * outstanding amount overdue; service failures 0.15 at 30% imperfect orders. Firing level 0.5; MEDIUM from a
 * score of 30, HIGH from 60. {@link #score(double, double, double, int, double, double, double, double)} gives the
 * same score from primitives without allocating, for books held in arrays. Immutable and thread-safe.
 */
public final class ChurnWarning {

  private final Map<ChurnSignalKind, Double> weights;
  private final Map<ChurnSignalKind, Double> fullAt;
  private final double firingLevel;
  private final double mediumFrom;
  private final double highFrom;

  private ChurnWarning(Map<ChurnSignalKind, Double> weights, Map<ChurnSignalKind, Double> fullAt, double firingLevel,
      double mediumFrom, double highFrom) {
    this.weights = weights;
    this.fullAt = fullAt;
    this.firingLevel = firingLevel;
    this.mediumFrom = mediumFrom;
    this.highFrom = highFrom;
  }

  /**
   * Returns the warning with the default weights, levels and thresholds.
   *
   * @return the default calculator
   */
  public static ChurnWarning withDefaults() {
    Map<ChurnSignalKind, Double> w = new EnumMap<>(ChurnSignalKind.class);
    Map<ChurnSignalKind, Double> f = new EnumMap<>(ChurnSignalKind.class);
    put(w, f, ChurnSignalKind.VOLUME_DROP, 0.25, 0.5);
    put(w, f, ChurnSignalKind.LOW_P_ALIVE, 0.20, 0.8);
    put(w, f, ChurnSignalKind.COMPLAINTS, 0.15, 4);
    put(w, f, ChurnSignalKind.SLOW_RESOLUTION, 0.10, 72);
    put(w, f, ChurnSignalKind.OVERDUE_RECEIVABLES, 0.15, 0.5);
    put(w, f, ChurnSignalKind.SERVICE_FAILURES, 0.15, 0.3);
    return new ChurnWarning(w, f, 0.5, 30, 60);
  }

  private static void put(Map<ChurnSignalKind, Double> w, Map<ChurnSignalKind, Double> f, ChurnSignalKind kind,
      double weight, double full) {
    w.put(kind, weight);
    f.put(kind, full);
  }

  /**
   * Returns a copy with another weight for one signal.
   *
   * @param kind the signal, not null
   * @param weight its weight, finite and {@code >= 0}; 0 leaves the signal out of the score
   * @return the new calculator
   * @throws IllegalArgumentException if the weight is negative or not finite
   */
  public ChurnWarning withWeight(ChurnSignalKind kind, double weight) {
    Map<ChurnSignalKind, Double> w = new EnumMap<>(weights);
    w.put(Objects.requireNonNull(kind, "kind"), Checks.nonNegative("weight", weight));
    return new ChurnWarning(w, fullAt, firingLevel, mediumFrom, highFrom);
  }

  /**
   * Returns a copy with another full-concern level for one signal.
   *
   * @param kind the signal, not null
   * @param level the measure at which the signal reaches full strength, finite and {@code > 0}
   * @return the new calculator
   * @throws IllegalArgumentException if the level is not positive or not finite
   */
  public ChurnWarning withFullAt(ChurnSignalKind kind, double level) {
    Map<ChurnSignalKind, Double> f = new EnumMap<>(fullAt);
    f.put(Objects.requireNonNull(kind, "kind"), Checks.positive("fullAt", level));
    return new ChurnWarning(weights, f, firingLevel, mediumFrom, highFrom);
  }

  /**
   * Returns a copy with another firing level.
   *
   * @param level the strength at which a signal fires, in (0, 1]
   * @return the new calculator
   * @throws IllegalArgumentException if the level is outside (0, 1]
   */
  public ChurnWarning withFiringLevel(double level) {
    if (!(level > 0 && level <= 1)) {
      throw new IllegalArgumentException("firingLevel must be in (0, 1]: " + level);
    }
    return new ChurnWarning(weights, fullAt, level, mediumFrom, highFrom);
  }

  /**
   * Returns a copy with other score boundaries of the risk levels.
   *
   * @param mediumFrom lowest score rated MEDIUM, in [0, 100]
   * @param highFrom lowest score rated HIGH, in [mediumFrom, 100]
   * @return the new calculator
   * @throws IllegalArgumentException if a boundary is out of range
   */
  public ChurnWarning withLevels(double mediumFrom, double highFrom) {
    Checks.inClosedRange("mediumFrom", mediumFrom, 0, 100);
    Checks.inClosedRange("highFrom", highFrom, mediumFrom, 100);
    return new ChurnWarning(weights, fullAt, firingLevel, mediumFrom, highFrom);
  }

  /**
   * Returns the weight of a signal.
   *
   * @param kind the signal, not null
   * @return its weight
   */
  public double weight(ChurnSignalKind kind) {
    return weights.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns the full-concern level of a signal.
   *
   * @param kind the signal, not null
   * @return the measure at which it reaches full strength
   */
  public double fullAt(ChurnSignalKind kind) {
    return fullAt.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Scores one customer.
   *
   * @param signals what is known of the customer, not null
   * @return the risk with every signal that had data
   */
  public ChurnRisk assess(ChurnSignals signals) {
    double[] measured = new double[ChurnSignalKind.values().length];
    boolean[] present = new boolean[measured.length];
    if (signals.baselineVolume() > 0) {
      set(measured, present, ChurnSignalKind.VOLUME_DROP, volumeDrop(signals.baselineVolume(),
          signals.recentVolume()));
    }
    signals.pAlive().ifPresent(p -> set(measured, present, ChurnSignalKind.LOW_P_ALIVE, 1 - p));
    set(measured, present, ChurnSignalKind.COMPLAINTS, signals.complaints());
    signals.meanResolutionTime().ifPresent(d -> set(measured, present, ChurnSignalKind.SLOW_RESOLUTION, hours(d)));
    set(measured, present, ChurnSignalKind.OVERDUE_RECEIVABLES,
        overdueShare(signals.outstandingReceivables(), signals.overdueReceivables()));
    signals.serviceFailureRate().ifPresent(r -> set(measured, present, ChurnSignalKind.SERVICE_FAILURES, r));

    double totalWeight = 0;
    for (ChurnSignalKind kind : ChurnSignalKind.values()) {
      totalWeight += present[kind.ordinal()] ? weights.get(kind) : 0;
    }
    List<ChurnSignal> evaluated = new ArrayList<>();
    double weighted = 0;
    for (ChurnSignalKind kind : ChurnSignalKind.values()) {
      if (!present[kind.ordinal()]) {
        continue;
      }
      double full = fullAt.get(kind);
      double strength = strength(measured[kind.ordinal()], full);
      double weight = weights.get(kind);
      weighted += weight * strength;
      double points = totalWeight > 0 ? Math.min(100, 100 * weight * strength / totalWeight) : 0;
      evaluated.add(ChurnSignal.builder().kind(kind).measured(measured[kind.ordinal()]).fullAt(full)
          .strength(strength).weight(weight).points(points).fired(weight > 0 && strength >= firingLevel).build());
    }
    double score = totalWeight > 0 ? Math.min(100, 100 * weighted / totalWeight) : 0;
    return ChurnRisk.builder()
        .customerId(signals.customerId())
        .score(score)
        .level(level(score))
        .signals(evaluated)
        .build();
  }

  /**
   * Puts a score in words with this calculator's boundaries.
   *
   * @param score a risk score, in [0, 100]
   * @return HIGH from the high boundary, MEDIUM from the medium one, else LOW
   * @throws IllegalArgumentException if the score is outside [0, 100]
   */
  public RiskLevel level(double score) {
    Checks.inClosedRange("score", score, 0, 100);
    return score >= highFrom ? RiskLevel.HIGH : score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  /**
   * Scores one customer from primitives: the same score as {@link #assess(ChurnSignals)}, without the signal
   * details and without allocating, for books of millions of customers held in arrays. NaN marks an optional input
   * as absent.
   *
   * @param baselineVolume usual volume per period, finite and {@code >= 0}; 0 means no volume signal
   * @param recentVolume recent volume per period, finite and {@code >= 0}
   * @param pAlive P(alive) in [0, 1], or NaN when no model was fitted
   * @param complaints complaints in the period, {@code >= 0}
   * @param meanResolutionHours mean time to resolve them in hours, {@code >= 0}, or NaN when none was resolved
   * @param outstandingReceivables receivables outstanding, finite and {@code >= 0}
   * @param overdueReceivables the overdue part, finite, {@code >= 0} and not above the outstanding amount
   * @param serviceFailureRate share of imperfect orders in [0, 1], or NaN when not measured
   * @return the risk score, in [0, 100]
   * @throws IllegalArgumentException if an input is out of range
   */
  public double score(double baselineVolume, double recentVolume, double pAlive, int complaints,
      double meanResolutionHours, double outstandingReceivables, double overdueReceivables,
      double serviceFailureRate) {
    Checks.nonNegative("baselineVolume", baselineVolume);
    Checks.nonNegative("recentVolume", recentVolume);
    Checks.nonNegative("complaints", complaints);
    Checks.nonNegative("outstandingReceivables", outstandingReceivables);
    Checks.nonNegative("overdueReceivables", overdueReceivables);
    if (overdueReceivables > outstandingReceivables) {
      throw new IllegalArgumentException("overdueReceivables must be <= outstandingReceivables "
          + outstandingReceivables + ": " + overdueReceivables);
    }
    double weighted = 0;
    double total = 0;
    if (baselineVolume > 0) {
      double w = weight(ChurnSignalKind.VOLUME_DROP);
      weighted += w * strength(volumeDrop(baselineVolume, recentVolume), fullAt(ChurnSignalKind.VOLUME_DROP));
      total += w;
    }
    if (!Double.isNaN(pAlive)) {
      double w = weight(ChurnSignalKind.LOW_P_ALIVE);
      weighted += w * strength(1 - Checks.probability("pAlive", pAlive), fullAt(ChurnSignalKind.LOW_P_ALIVE));
      total += w;
    }
    double wc = weight(ChurnSignalKind.COMPLAINTS);
    weighted += wc * strength(complaints, fullAt(ChurnSignalKind.COMPLAINTS));
    total += wc;
    if (!Double.isNaN(meanResolutionHours)) {
      double w = weight(ChurnSignalKind.SLOW_RESOLUTION);
      weighted += w * strength(Checks.nonNegative("meanResolutionHours", meanResolutionHours),
          fullAt(ChurnSignalKind.SLOW_RESOLUTION));
      total += w;
    }
    double wo = weight(ChurnSignalKind.OVERDUE_RECEIVABLES);
    weighted += wo * strength(overdueShare(outstandingReceivables, overdueReceivables),
        fullAt(ChurnSignalKind.OVERDUE_RECEIVABLES));
    total += wo;
    if (!Double.isNaN(serviceFailureRate)) {
      double w = weight(ChurnSignalKind.SERVICE_FAILURES);
      weighted += w * strength(Checks.probability("serviceFailureRate", serviceFailureRate),
          fullAt(ChurnSignalKind.SERVICE_FAILURES));
      total += w;
    }
    return total > 0 ? Math.min(100, 100 * weighted / total) : 0;
  }

  private static double volumeDrop(double baseline, double recent) {
    return Math.max(0, 1 - recent / baseline);
  }

  private static double overdueShare(double outstanding, double overdue) {
    return outstanding > 0 ? overdue / outstanding : 0;
  }

  private static double strength(double measured, double fullAt) {
    return Math.min(1, measured / fullAt);
  }

  private static void set(double[] measured, boolean[] present, ChurnSignalKind kind, double value) {
    measured[kind.ordinal()] = value;
    present[kind.ordinal()] = true;
  }

  private static double hours(Duration d) {
    return d.toMillis() / 3_600_000.0;
  }
}
