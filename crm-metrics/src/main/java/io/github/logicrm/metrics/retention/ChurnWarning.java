package io.github.logicrm.metrics.retention;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignalKind;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.RiskLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Churn early warning: a 0-100 risk score built from signals an account manager can check, with the reasons.
 *
 * <p>Each signal is measured so that higher is worse (see {@link ChurnSignalKind}), turned into a strength
 * {@code min(1, measured / fullAt)} and weighted. The weighted score is
 * {@code 100 x sum(weight x strength) / sum(weight)} over the signals that have data: inactivity needs the time
 * since the last shipment and the customer's typical interval, the volume drop a baseline above 0, P(alive) a
 * fitted model, complaints and service failures shipments in the period, the resolution signal a resolved
 * complaint, receivables an outstanding amount above 0. A signal without data is left out and named in the
 * reasons, never counted as good news: a shipper that has stopped shipping has no complaints because it has no
 * shipments.
 *
 * <p><b>Decisive signals.</b> Silence against the customer's own rhythm, or a low P(alive), is the strongest sign
 * that a customer is leaving, whatever the other signals say. The score is therefore at least
 * {@code 100 x strength} of each decisive signal (default {@link ChurnSignalKind#INACTIVITY} and
 * {@link ChurnSignalKind#LOW_P_ALIVE}); {@link #withDecisiveSignals(Set)} with an empty set gives the plain weighted
 * score.
 *
 * <p>Defaults (weight, full concern at): inactivity 0.30 at two typical intervals overdue (three intervals since
 * the last shipment); volume drop 0.20 at a 50% drop; low P(alive) 0.20 at {@code 1 - P(alive) = 0.8}; complaints
 * 0.10 at 5 complaints per 100 shipments; slow resolution 0.05 at 72 hours; overdue receivables 0.05 at half of the
 * outstanding amount overdue; service failures 0.10 at 30% imperfect orders. Firing level 0.5; MEDIUM from a score
 * of 30, HIGH from 60. A signal of weight 0 never fires and decides nothing. {@link #score(double, double, int,
 * double, int, double, double, double, double, double, double)} gives the same score from primitives without
 * allocating, for books held in arrays. Immutable and thread-safe.
 */
public final class ChurnWarning {

  private static final ChurnSignalKind[] KINDS = ChurnSignalKind.values();

  private final double[] weights;
  private final double[] fullAt;
  private final boolean[] decisive;
  private final double firingLevel;
  private final double mediumFrom;
  private final double highFrom;

  private ChurnWarning(double[] weights, double[] fullAt, boolean[] decisive, double firingLevel, double mediumFrom,
      double highFrom) {
    this.weights = weights;
    this.fullAt = fullAt;
    this.decisive = decisive;
    this.firingLevel = firingLevel;
    this.mediumFrom = mediumFrom;
    this.highFrom = highFrom;
  }

  /**
   * Returns the warning with the default weights, levels, thresholds and decisive signals.
   *
   * @return the default calculator
   */
  public static ChurnWarning withDefaults() {
    double[] w = new double[KINDS.length];
    double[] f = new double[KINDS.length];
    put(w, f, ChurnSignalKind.INACTIVITY, 0.30, 2);
    put(w, f, ChurnSignalKind.VOLUME_DROP, 0.20, 0.5);
    put(w, f, ChurnSignalKind.LOW_P_ALIVE, 0.20, 0.8);
    put(w, f, ChurnSignalKind.COMPLAINTS, 0.10, 0.05);
    put(w, f, ChurnSignalKind.SLOW_RESOLUTION, 0.05, 72);
    put(w, f, ChurnSignalKind.OVERDUE_RECEIVABLES, 0.05, 0.5);
    put(w, f, ChurnSignalKind.SERVICE_FAILURES, 0.10, 0.3);
    boolean[] d = new boolean[KINDS.length];
    d[ChurnSignalKind.INACTIVITY.ordinal()] = true;
    d[ChurnSignalKind.LOW_P_ALIVE.ordinal()] = true;
    return new ChurnWarning(w, f, d, 0.5, 30, 60);
  }

  private static void put(double[] w, double[] f, ChurnSignalKind kind, double weight, double full) {
    w[kind.ordinal()] = weight;
    f[kind.ordinal()] = full;
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
    double[] w = weights.clone();
    w[Objects.requireNonNull(kind, "kind").ordinal()] = Checks.nonNegative("weight", weight);
    return new ChurnWarning(w, fullAt, decisive, firingLevel, mediumFrom, highFrom);
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
    double[] f = fullAt.clone();
    f[Objects.requireNonNull(kind, "kind").ordinal()] = Checks.positive("fullAt", level);
    return new ChurnWarning(weights, f, decisive, firingLevel, mediumFrom, highFrom);
  }

  /**
   * Returns a copy with other decisive signals: each one, with a weight above 0, raises the score to at least 100
   * times its strength.
   *
   * @param kinds the decisive signals, not null, possibly empty (the plain weighted score)
   * @return the new calculator
   */
  public ChurnWarning withDecisiveSignals(Set<ChurnSignalKind> kinds) {
    boolean[] d = new boolean[KINDS.length];
    for (ChurnSignalKind kind : kinds) {
      d[kind.ordinal()] = true;
    }
    return new ChurnWarning(weights, fullAt, d, firingLevel, mediumFrom, highFrom);
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
    return new ChurnWarning(weights, fullAt, decisive, level, mediumFrom, highFrom);
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
    return new ChurnWarning(weights, fullAt, decisive, firingLevel, mediumFrom, highFrom);
  }

  /**
   * Returns the weight of a signal.
   *
   * @param kind the signal, not null
   * @return its weight
   */
  public double weight(ChurnSignalKind kind) {
    return weights[Objects.requireNonNull(kind, "kind").ordinal()];
  }

  /**
   * Returns the full-concern level of a signal.
   *
   * @param kind the signal, not null
   * @return the measure at which it reaches full strength
   */
  public double fullAt(ChurnSignalKind kind) {
    return fullAt[Objects.requireNonNull(kind, "kind").ordinal()];
  }

  /**
   * Returns the decisive signals.
   *
   * @return the signals whose strength sets a floor under the score
   */
  public Set<ChurnSignalKind> decisiveSignals() {
    Set<ChurnSignalKind> kinds = EnumSet.noneOf(ChurnSignalKind.class);
    for (ChurnSignalKind kind : KINDS) {
      if (decisive[kind.ordinal()]) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Scores one customer.
   *
   * @param signals what is known of the customer, not null
   * @return the risk with every signal that had data and the reasons
   */
  public ChurnRisk assess(ChurnSignals signals) {
    double baseline = signals.baselineVolume();
    double recent = signals.recentVolume();
    int shipments = signals.recentShipments();
    double pAlive = signals.pAlive().orElse(Double.NaN);
    int complaints = signals.complaints();
    double hours = signals.meanResolutionTime().map(d -> d.toMillis() / 3_600_000.0).orElse(Double.NaN);
    double outstanding = signals.outstandingReceivables();
    double overdue = signals.overdueReceivables();
    double failures = signals.serviceFailureRate().orElse(Double.NaN);
    double sinceDays = days(signals.timeSinceLastShipment());
    double intervalDays = days(signals.typicalInterval());
    double score = score(baseline, recent, shipments, pAlive, complaints, hours, outstanding, overdue, failures,
        sinceDays, intervalDays);

    double totalWeight = 0;
    for (ChurnSignalKind kind : KINDS) {
      double m = measure(kind, baseline, recent, shipments, pAlive, complaints, hours, outstanding, overdue,
          failures, sinceDays, intervalDays);
      totalWeight += Double.isNaN(m) ? 0 : weights[kind.ordinal()];
    }
    List<ChurnSignal> evaluated = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    double weightedScore = 0;
    ChurnSignalKind decidedBy = null;
    for (ChurnSignalKind kind : KINDS) {
      double m = measure(kind, baseline, recent, shipments, pAlive, complaints, hours, outstanding, overdue,
          failures, sinceDays, intervalDays);
      if (Double.isNaN(m)) {
        missing.add(kind.name().toLowerCase(Locale.ROOT));
        continue;
      }
      int k = kind.ordinal();
      double strength = strength(m, fullAt[k]);
      double points = totalWeight > 0 ? Math.min(100, 100 * weights[k] * strength / totalWeight) : 0;
      weightedScore += points;
      boolean fired = weights[k] > 0 && strength >= firingLevel;
      if (fired) {
        reasons.add(describe(kind, m, signals));
      }
      if (decisive[k] && weights[k] > 0 && 100 * strength == score && score > 0) {
        decidedBy = kind;
      }
      evaluated.add(ChurnSignal.builder().kind(kind).measured(m).fullAt(fullAt[k]).strength(strength)
          .weight(weights[k]).points(points).fired(fired).build());
    }
    if (decidedBy != null && score > Math.min(100, weightedScore)) {
      reasons.add(String.format(Locale.ROOT, "score raised from %.1f to %.1f by the decisive %s signal",
          Math.min(100, weightedScore), score, decidedBy.name().toLowerCase(Locale.ROOT)));
    }
    if (!missing.isEmpty()) {
      reasons.add("left out for lack of data: " + String.join(", ", missing));
    }
    return ChurnRisk.builder()
        .customerId(signals.customerId())
        .score(score)
        .level(level(score))
        .signals(evaluated)
        .reasons(reasons)
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
   * @param recentShipments shipments in the recent period, {@code >= 0}; 0 means no complaint or service signal
   * @param pAlive P(alive) in [0, 1], or NaN when no model was fitted
   * @param complaints complaints in the period, {@code >= 0}
   * @param meanResolutionHours mean time to resolve them in hours, {@code >= 0}, or NaN when none was resolved
   * @param outstandingReceivables receivables outstanding, finite and {@code >= 0}; 0 means no receivables signal
   * @param overdueReceivables the overdue part, finite, {@code >= 0} and not above the outstanding amount
   * @param serviceFailureRate share of imperfect orders in [0, 1], or NaN when not measured
   * @param daysSinceLastShipment days since the last shipment, finite and {@code >= 0}, or NaN when unknown
   * @param typicalIntervalDays the customer's usual days between shipments, finite and {@code > 0}, or NaN when
   *     unknown (NaN exactly when {@code daysSinceLastShipment} is NaN)
   * @return the risk score, in [0, 100]
   * @throws IllegalArgumentException if an input is out of range
   */
  public double score(double baselineVolume, double recentVolume, int recentShipments, double pAlive,
      int complaints, double meanResolutionHours, double outstandingReceivables, double overdueReceivables,
      double serviceFailureRate, double daysSinceLastShipment, double typicalIntervalDays) {
    Checks.nonNegative("baselineVolume", baselineVolume);
    Checks.nonNegative("recentVolume", recentVolume);
    Checks.nonNegative("recentShipments", recentShipments);
    Checks.nonNegative("complaints", complaints);
    Checks.nonNegative("outstandingReceivables", outstandingReceivables);
    Checks.nonNegative("overdueReceivables", overdueReceivables);
    if (overdueReceivables > outstandingReceivables) {
      throw new IllegalArgumentException("overdueReceivables must be <= outstandingReceivables "
          + outstandingReceivables + ": " + overdueReceivables);
    }
    if (!Double.isNaN(pAlive)) {
      Checks.probability("pAlive", pAlive);
    }
    if (!Double.isNaN(meanResolutionHours)) {
      Checks.nonNegative("meanResolutionHours", meanResolutionHours);
    }
    if (!Double.isNaN(serviceFailureRate)) {
      Checks.probability("serviceFailureRate", serviceFailureRate);
    }
    if (Double.isNaN(daysSinceLastShipment) != Double.isNaN(typicalIntervalDays)) {
      throw new IllegalArgumentException("daysSinceLastShipment and typicalIntervalDays must be given together: "
          + daysSinceLastShipment + ", " + typicalIntervalDays);
    }
    if (!Double.isNaN(daysSinceLastShipment)) {
      Checks.nonNegative("daysSinceLastShipment", daysSinceLastShipment);
      Checks.positive("typicalIntervalDays", typicalIntervalDays);
    }
    double weighted = 0;
    double total = 0;
    double floor = 0;
    for (ChurnSignalKind kind : KINDS) {
      double m = measure(kind, baselineVolume, recentVolume, recentShipments, pAlive, complaints,
          meanResolutionHours, outstandingReceivables, overdueReceivables, serviceFailureRate,
          daysSinceLastShipment, typicalIntervalDays);
      if (!Double.isNaN(m)) {
        int k = kind.ordinal();
        double strength = strength(m, fullAt[k]);
        weighted += weights[k] * strength;
        total += weights[k];
        if (decisive[k] && weights[k] > 0) {
          floor = Math.max(floor, 100 * strength);
        }
      }
    }
    return Math.max(total > 0 ? Math.min(100, 100 * weighted / total) : 0, floor);
  }

  /** The measure of one signal, or NaN when it has no data. */
  private static double measure(ChurnSignalKind kind, double baseline, double recent, int shipments, double pAlive,
      int complaints, double hours, double outstanding, double overdue, double failures, double sinceDays,
      double intervalDays) {
    return switch (kind) {
      case INACTIVITY -> Double.isNaN(sinceDays) ? Double.NaN : Math.max(0, sinceDays / intervalDays - 1);
      case VOLUME_DROP -> baseline > 0 ? Math.max(0, 1 - recent / baseline) : Double.NaN;
      case LOW_P_ALIVE -> 1 - pAlive;
      case COMPLAINTS -> shipments > 0 ? (double) complaints / shipments : Double.NaN;
      case SLOW_RESOLUTION -> hours;
      case OVERDUE_RECEIVABLES -> outstanding > 0 ? overdue / outstanding : Double.NaN;
      case SERVICE_FAILURES -> shipments > 0 ? failures : Double.NaN;
    };
  }

  private static String describe(ChurnSignalKind kind, double measured, ChurnSignals s) {
    return switch (kind) {
      case INACTIVITY -> String.format(Locale.ROOT, "inactivity: no shipment for %.1f days, %.1f times the usual"
          + " %.1f days between shipments", days(s.timeSinceLastShipment()), measured + 1, days(s.typicalInterval()));
      case VOLUME_DROP -> String.format(Locale.ROOT, "volume_drop: %.1f per period against a baseline of %.1f,"
          + " %.0f%% lower", s.recentVolume(), s.baselineVolume(), 100 * measured);
      case LOW_P_ALIVE -> String.format(Locale.ROOT, "low_p_alive: P(alive) %.2f", 1 - measured);
      case COMPLAINTS -> String.format(Locale.ROOT, "complaints: %d on %d shipments, %.1f per 100", s.complaints(),
          s.recentShipments(), 100 * measured);
      case SLOW_RESOLUTION -> String.format(Locale.ROOT, "slow_resolution: complaints resolved in %.1f hours on"
          + " average", measured);
      case OVERDUE_RECEIVABLES -> String.format(Locale.ROOT, "overdue_receivables: %.0f%% of the outstanding"
          + " amount overdue", 100 * measured);
      case SERVICE_FAILURES -> String.format(Locale.ROOT, "service_failures: %.0f%% of the period's orders not"
          + " perfect", 100 * measured);
    };
  }

  private static double strength(double measured, double fullAt) {
    return Math.min(1, measured / fullAt);
  }

  private static double days(Optional<Duration> d) {
    return d.map(x -> x.toMillis() / 86_400_000.0).orElse(Double.NaN);
  }
}
