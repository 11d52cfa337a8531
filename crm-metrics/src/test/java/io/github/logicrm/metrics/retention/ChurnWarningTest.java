package io.github.logicrm.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignalKind;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.RiskLevel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChurnWarningTest {

  private static final ChurnWarning DEFAULTS = ChurnWarning.withDefaults();

  /** Every signal present: strengths 0.5, 0.8, 0.375, 0.5, 0.5, 0.4, 0.2 (worked out in the test below). */
  private static ChurnSignals.Builder all() {
    return ChurnSignals.builder()
        .customerId(CustomerId.of("C-007"))
        .timeSinceLastShipment(Duration.ofDays(10))
        .typicalInterval(Duration.ofDays(5))
        .baselineVolume(10)
        .recentVolume(6)
        .recentShipments(40)
        .pAlive(0.7)
        .complaints(1)
        .meanResolutionTime(Duration.ofHours(36))
        .outstandingReceivables(100)
        .overdueReceivables(20)
        .serviceFailureRate(0.06);
  }

  @Test
  void scoreIsTheWeightedMeanStrengthOfTheSignals() {
    ChurnRisk risk = DEFAULTS.assess(all().build());
    // inactivity 10 / 5 - 1 = 1 interval overdue, / 2 = 0.5; volume drop 0.4 / 0.5 = 0.8;
    // 1 - P(alive) 0.3 / 0.8 = 0.375; complaints 1 / 40 = 0.025 per shipment / 0.05 = 0.5; 36 h / 72 h = 0.5;
    // overdue 0.2 / 0.5 = 0.4; failures 0.06 / 0.3 = 0.2. Weights sum to 1:
    // 100 x (0.3 x 0.5 + 0.2 x 0.8 + 0.2 x 0.375 + 0.1 x 0.5 + 0.05 x 0.5 + 0.05 x 0.4 + 0.1 x 0.2) = 50,
    // above the decisive floors 50 (inactivity) and 37.5 (P(alive)).
    assertThat(risk.score()).isCloseTo(50.0, within(1e-12));
    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(risk.signals()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.values());
    double[] strengths = {0.5, 0.8, 0.375, 0.5, 0.5, 0.4, 0.2};
    for (int i = 0; i < strengths.length; i++) {
      assertThat(risk.signals().get(i).strength()).isCloseTo(strengths[i], within(1e-12));
    }
    assertThat(risk.fired()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.INACTIVITY,
        ChurnSignalKind.VOLUME_DROP, ChurnSignalKind.COMPLAINTS, ChurnSignalKind.SLOW_RESOLUTION);
    ChurnSignal volume = risk.signals().get(1);
    assertThat(volume.measured()).isCloseTo(0.4, within(1e-15));
    assertThat(volume.points()).isCloseTo(16.0, within(1e-12));
    assertThat(risk.signals().stream().mapToDouble(ChurnSignal::points).sum()).isCloseTo(50.0, within(1e-12));
    assertThat(risk.reasons()).containsExactly(
        "inactivity: no shipment for 10.0 days, 2.0 times the usual 5.0 days between shipments",
        "volume_drop: 6.0 per period against a baseline of 10.0, 40% lower",
        "complaints: 1 on 40 shipments, 2.5 per 100",
        "slow_resolution: complaints resolved in 36.0 hours on average");
  }

  /**
   * A shipper that has stopped shipping has no complaints and no receivables because it has no business: that is no
   * good news. The earlier score counted both as 0 and gave 100 x 0.25 / 0.55 = 45 (MEDIUM).
   */
  @Test
  void aShipperThatStoppedShippingIsHighRisk() {
    ChurnSignals stopped = ChurnSignals.builder().customerId(CustomerId.of("C-9")).baselineVolume(10).recentVolume(0)
        .recentShipments(0).complaints(0).outstandingReceivables(0).overdueReceivables(0).build();
    ChurnRisk byVolume = DEFAULTS.assess(stopped);
    assertThat(byVolume.score()).isEqualTo(100.0);
    assertThat(byVolume.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(byVolume.signals()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.VOLUME_DROP);
    assertThat(byVolume.reasons()).containsExactly(
        "volume_drop: 0.0 per period against a baseline of 10.0, 100% lower",
        "left out for lack of data: inactivity, low_p_alive, complaints, slow_resolution, overdue_receivables,"
            + " service_failures");

    // a weekly shipper silent for 60 days, with receivables still open and none overdue
    ChurnRisk silent = DEFAULTS.assess(ChurnSignals.builder().from(stopped).baselineVolume(0)
        .timeSinceLastShipment(Duration.ofDays(60)).typicalInterval(Duration.ofDays(7))
        .outstandingReceivables(5_000).build());
    assertThat(silent.score()).isEqualTo(100.0);
    assertThat(silent.reasons()).startsWith(
        "inactivity: no shipment for 60.0 days, 8.6 times the usual 7.0 days between shipments",
        "score raised from 85.7 to 100.0 by the decisive inactivity signal");
    assertThat(DEFAULTS.withDecisiveSignals(Set.of()).assess(ChurnSignals.builder().from(stopped).baselineVolume(0)
        .timeSinceLastShipment(Duration.ofDays(60)).typicalInterval(Duration.ofDays(7))
        .outstandingReceivables(5_000).build()).score()).isCloseTo(100 * 0.3 / 0.35, within(1e-12));
  }

  /** 4 complaints on 2,000 shipments are not 4 complaints on 5. */
  @Test
  void complaintsAreARatePerShipment() {
    ChurnRisk busy = DEFAULTS.assess(all().recentShipments(2_000).complaints(4).build());
    ChurnRisk small = DEFAULTS.assess(all().recentShipments(5).complaints(4).build());
    assertThat(busy.signals().get(3).measured()).isCloseTo(0.002, within(1e-15));
    assertThat(busy.signals().get(3).strength()).isCloseTo(0.04, within(1e-12));
    assertThat(busy.signals().get(3).fired()).isFalse();
    assertThat(small.signals().get(3).strength()).isEqualTo(1.0);
    assertThat(small.score()).isGreaterThan(busy.score());
  }

  /** A fitted model that says the customer is probably gone decides, however quiet the other signals are. */
  @Test
  void aLowPAliveIsDecisive() {
    ChurnSignals gone = ChurnSignals.builder().customerId(CustomerId.of("C-3")).baselineVolume(10).recentVolume(10)
        .recentShipments(50).pAlive(0.1).complaints(0).outstandingReceivables(100).overdueReceivables(0)
        .serviceFailureRate(0).build();
    ChurnRisk risk = DEFAULTS.assess(gone);
    assertThat(risk.score()).isEqualTo(100.0);
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.reasons()).contains("low_p_alive: P(alive) 0.10",
        "score raised from 30.8 to 100.0 by the decisive low_p_alive signal");
    // without decisive signals: 100 x 0.2 / (0.2 + 0.2 + 0.1 + 0.05 + 0.1)
    assertThat(DEFAULTS.withDecisiveSignals(Set.of()).assess(gone).score())
        .isCloseTo(100 * 0.2 / 0.65, within(1e-12));
    assertThat(DEFAULTS.decisiveSignals())
        .containsExactlyInAnyOrder(ChurnSignalKind.INACTIVITY, ChurnSignalKind.LOW_P_ALIVE);
  }

  @Test
  void signalsWithoutDataAreLeftOutAndTheWeightsRenormalized() {
    ChurnRisk risk = DEFAULTS.assess(ChurnSignals.builder().from(all().build())
        .pAlive(OptionalDouble.empty()).build());
    // Without P(alive) the weights sum to 0.8: 100 x 0.425 / 0.8 = 53.125.
    assertThat(risk.score()).isCloseTo(53.125, within(1e-12));
    assertThat(risk.signals()).extracting(ChurnSignal::kind).doesNotContain(ChurnSignalKind.LOW_P_ALIVE);
    assertThat(risk.reasons()).endsWith("left out for lack of data: low_p_alive");
    ChurnRisk bare = DEFAULTS.assess(ChurnSignals.builder().customerId(CustomerId.of("C-1")).baselineVolume(0)
        .recentVolume(3).recentShipments(3).complaints(0).outstandingReceivables(0).overdueReceivables(0).build());
    assertThat(bare.signals()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.COMPLAINTS);
    assertThat(bare.score()).isZero();
    assertThat(bare.level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void growthIsNoDropAndStrengthStopsAtOne() {
    ChurnRisk risk = DEFAULTS.assess(all().recentVolume(15).complaints(12).timeSinceLastShipment(Duration.ofDays(2))
        .build());
    assertThat(risk.signals().get(0).measured()).isZero();
    assertThat(risk.signals().get(1).measured()).isZero();
    assertThat(risk.signals().get(3).strength()).isEqualTo(1.0);
    assertThat(risk.signals().get(3).measured()).isEqualTo(0.3);
  }

  @Test
  void everythingWrongScoresOneHundred() {
    ChurnRisk risk = DEFAULTS.assess(all().recentVolume(0).pAlive(0).complaints(9)
        .timeSinceLastShipment(Duration.ofDays(30)).meanResolutionTime(Duration.ofDays(10)).overdueReceivables(100)
        .serviceFailureRate(1).build());
    assertThat(risk.score()).isCloseTo(100.0, within(1e-12));
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.fired()).hasSize(7);
  }

  @Test
  void weightsLevelsAndFiringAreConfigurable() {
    ChurnWarning volumeOnly = DEFAULTS;
    for (ChurnSignalKind kind : ChurnSignalKind.values()) {
      volumeOnly = volumeOnly.withWeight(kind, kind == ChurnSignalKind.VOLUME_DROP ? 1 : 0);
    }
    ChurnRisk risk = volumeOnly.assess(all().build());
    assertThat(risk.score()).isCloseTo(80.0, within(1e-12));
    assertThat(risk.fired()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.VOLUME_DROP);
    assertThat(DEFAULTS.withFullAt(ChurnSignalKind.VOLUME_DROP, 0.4).assess(all().build()).signals().get(1)
        .strength()).isCloseTo(1.0, within(1e-15));
    assertThat(DEFAULTS.withFiringLevel(0.9).assess(all().build()).fired()).isEmpty();
    assertThat(DEFAULTS.withLevels(10, 40).assess(all().build()).level()).isEqualTo(RiskLevel.HIGH);
    assertThat(DEFAULTS.withLevels(60, 80).assess(all().build()).level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void primitiveScoreEqualsTheDetailedAssessment() {
    SplittableRandom r = new SplittableRandom(5);
    ChurnWarning tuned = DEFAULTS.withWeight(ChurnSignalKind.COMPLAINTS, 0.4).withFullAt(ChurnSignalKind.VOLUME_DROP,
        0.3).withDecisiveSignals(Set.of(ChurnSignalKind.VOLUME_DROP));
    for (int i = 0; i < 2000; i++) {
      double outstanding = r.nextInt(4) == 0 ? 0 : 1000 * r.nextDouble();
      ChurnSignals.Builder b = ChurnSignals.builder().customerId(CustomerId.of("C-" + i))
          .baselineVolume(r.nextInt(5) == 0 ? 0 : 20 * r.nextDouble()).recentVolume(20 * r.nextDouble())
          .recentShipments(r.nextInt(4) == 0 ? 0 : r.nextInt(100)).complaints(r.nextInt(7))
          .outstandingReceivables(outstanding).overdueReceivables(outstanding * r.nextDouble());
      double since = r.nextBoolean() ? r.nextInt(100_000) / 1000.0 : Double.NaN;
      double interval = Double.isNaN(since) ? Double.NaN : 1 + r.nextInt(30_000) / 1000.0;
      if (!Double.isNaN(since)) {
        b.timeSinceLastShipment(Duration.ofMillis(Math.round(since * 86_400_000)))
            .typicalInterval(Duration.ofMillis(Math.round(interval * 86_400_000)));
      }
      double pAlive = r.nextBoolean() ? r.nextDouble() : Double.NaN;
      double hours = r.nextBoolean() ? r.nextInt(200_000) / 1000.0 : Double.NaN;
      double failures = r.nextBoolean() ? r.nextDouble() : Double.NaN;
      if (!Double.isNaN(pAlive)) {
        b.pAlive(pAlive);
      }
      if (!Double.isNaN(hours)) {
        b.meanResolutionTime(Duration.ofMillis(Math.round(hours * 3_600_000)));
      }
      if (!Double.isNaN(failures)) {
        b.serviceFailureRate(failures);
      }
      ChurnSignals s = b.build();
      // the same days the assessment reads from the durations
      double sinceDays = s.timeSinceLastShipment().map(d -> d.toMillis() / 86_400_000.0).orElse(Double.NaN);
      double intervalDays = s.typicalInterval().map(d -> d.toMillis() / 86_400_000.0).orElse(Double.NaN);
      for (ChurnWarning w : List.of(DEFAULTS, tuned)) {
        ChurnRisk risk = w.assess(s);
        double score = w.score(s.baselineVolume(), s.recentVolume(), s.recentShipments(), pAlive, s.complaints(),
            hours, s.outstandingReceivables(), s.overdueReceivables(), failures, sinceDays, intervalDays);
        assertThat(score).isEqualTo(risk.score());
        assertThat(w.level(score)).isEqualTo(risk.level());
      }
    }
  }

  @Test
  void primitiveScoreRejectsBadInput() {
    double nan = Double.NaN;
    assertThatThrownBy(() -> DEFAULTS.score(-1, 1, 1, nan, 0, nan, 0, 0, nan, nan, nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baselineVolume must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, 1.5, 0, nan, 0, 0, nan, nan, nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pAlive must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, nan, -2, nan, 0, 0, nan, nan, nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("complaints must be >= 0: -2");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, nan, 0, -3, 0, 0, nan, nan, nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("meanResolutionHours must be finite and >= 0: -3.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, nan, 0, nan, 10, 20, nan, nan, nan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overdueReceivables must be <= outstandingReceivables 10.0: 20.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, nan, 0, nan, 0, 0, 2, nan, nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("serviceFailureRate must be in [0.0, 1.0]: 2.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, -1, nan, 0, nan, 0, 0, nan, nan, nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recentShipments must be >= 0: -1");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, nan, 0, nan, 0, 0, nan, 3, nan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysSinceLastShipment and typicalIntervalDays must be given together: 3.0, NaN");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1, nan, 0, nan, 0, 0, nan, 3, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("typicalIntervalDays must be finite and > 0: 0.0");
    assertThatThrownBy(() -> all().typicalInterval(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("typicalInterval must be positive: PT0S");
    assertThatThrownBy(() -> ChurnSignals.builder().from(all().build()).typicalInterval(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeSinceLastShipment and typicalInterval must be given together: Optional[PT240H], "
            + "Optional.empty");
    assertThatThrownBy(() -> DEFAULTS.level(101))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("score must be in [0.0, 100.0]: 101.0");
  }

  @Test
  void rejectsBadConfiguration() {
    assertThatThrownBy(() -> DEFAULTS.withWeight(ChurnSignalKind.COMPLAINTS, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weight must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> DEFAULTS.withFullAt(ChurnSignalKind.COMPLAINTS, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fullAt must be finite and > 0: 0.0");
    assertThatThrownBy(() -> DEFAULTS.withFiringLevel(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("firingLevel must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> DEFAULTS.withLevels(70, 60))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("highFrom must be in [70.0, 100.0]: 60.0");
  }
}
