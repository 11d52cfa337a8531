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
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChurnWarningTest {

  private static final ChurnWarning DEFAULTS = ChurnWarning.withDefaults();

  /** Every signal present: strengths 0.8, 0.375, 0.5, 0.5, 0.4, 0.2 (worked out in the test below). */
  private static ChurnSignals.Builder all() {
    return ChurnSignals.builder()
        .customerId(CustomerId.of("C-007"))
        .baselineVolume(10)
        .recentVolume(6)
        .pAlive(0.7)
        .complaints(2)
        .meanResolutionTime(Duration.ofHours(36))
        .outstandingReceivables(100)
        .overdueReceivables(20)
        .serviceFailureRate(0.06);
  }

  @Test
  void scoreIsTheWeightedMeanStrengthOfTheSignals() {
    ChurnRisk risk = DEFAULTS.assess(all().build());
    // volume drop 0.4 / 0.5 = 0.8; 1 - P(alive) 0.3 / 0.8 = 0.375; complaints 2 / 4 = 0.5; 36 h / 72 h = 0.5;
    // overdue 0.2 / 0.5 = 0.4; failures 0.06 / 0.3 = 0.2. Weights sum to 1:
    // 100 x (0.25 x 0.8 + 0.2 x 0.375 + 0.15 x 0.5 + 0.1 x 0.5 + 0.15 x 0.4 + 0.15 x 0.2) = 49.
    assertThat(risk.score()).isCloseTo(49.0, within(1e-12));
    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(risk.signals()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.values());
    double[] strengths = {0.8, 0.375, 0.5, 0.5, 0.4, 0.2};
    for (int i = 0; i < strengths.length; i++) {
      assertThat(risk.signals().get(i).strength()).isCloseTo(strengths[i], within(1e-12));
    }
    assertThat(risk.fired()).extracting(ChurnSignal::kind).containsExactly(
        ChurnSignalKind.VOLUME_DROP, ChurnSignalKind.COMPLAINTS, ChurnSignalKind.SLOW_RESOLUTION);
    ChurnSignal volume = risk.signals().get(0);
    assertThat(volume.measured()).isCloseTo(0.4, within(1e-15));
    assertThat(volume.points()).isCloseTo(20.0, within(1e-12));
    assertThat(risk.signals().stream().mapToDouble(ChurnSignal::points).sum()).isCloseTo(49.0, within(1e-12));
  }

  @Test
  void signalsWithoutDataAreLeftOutAndTheWeightsRenormalized() {
    ChurnRisk risk = DEFAULTS.assess(ChurnSignals.builder().from(all().build())
        .pAlive(OptionalDouble.empty()).build());
    // Without P(alive) the weights sum to 0.8: 100 x 0.415 / 0.8 = 51.875.
    assertThat(risk.score()).isCloseTo(51.875, within(1e-12));
    assertThat(risk.signals()).extracting(ChurnSignal::kind).doesNotContain(ChurnSignalKind.LOW_P_ALIVE);
    ChurnRisk bare = DEFAULTS.assess(ChurnSignals.builder().customerId(CustomerId.of("C-1")).baselineVolume(0)
        .recentVolume(3).complaints(0).outstandingReceivables(0).overdueReceivables(0).build());
    assertThat(bare.signals()).extracting(ChurnSignal::kind)
        .containsExactly(ChurnSignalKind.COMPLAINTS, ChurnSignalKind.OVERDUE_RECEIVABLES);
    assertThat(bare.score()).isZero();
    assertThat(bare.level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void growthIsNoDropAndStrengthStopsAtOne() {
    ChurnRisk risk = DEFAULTS.assess(all().recentVolume(15).complaints(12).build());
    assertThat(risk.signals().get(0).measured()).isZero();
    assertThat(risk.signals().get(2).strength()).isEqualTo(1.0);
    assertThat(risk.signals().get(2).measured()).isEqualTo(12.0);
  }

  @Test
  void everythingWrongScoresOneHundred() {
    ChurnRisk risk = DEFAULTS.assess(all().recentVolume(0).pAlive(0).complaints(9)
        .meanResolutionTime(Duration.ofDays(10)).overdueReceivables(100).serviceFailureRate(1).build());
    assertThat(risk.score()).isCloseTo(100.0, within(1e-12));
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.fired()).hasSize(6);
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
    assertThat(DEFAULTS.withFullAt(ChurnSignalKind.VOLUME_DROP, 0.4).assess(all().build()).signals().get(0)
        .strength()).isCloseTo(1.0, within(1e-15));
    assertThat(DEFAULTS.withFiringLevel(0.9).assess(all().build()).fired()).isEmpty();
    assertThat(DEFAULTS.withLevels(10, 40).assess(all().build()).level()).isEqualTo(RiskLevel.HIGH);
    assertThat(DEFAULTS.withLevels(60, 80).assess(all().build()).level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void primitiveScoreEqualsTheDetailedAssessment() {
    SplittableRandom r = new SplittableRandom(5);
    ChurnWarning tuned = DEFAULTS.withWeight(ChurnSignalKind.COMPLAINTS, 0.4).withFullAt(ChurnSignalKind.VOLUME_DROP,
        0.3);
    for (int i = 0; i < 2000; i++) {
      double outstanding = r.nextInt(4) == 0 ? 0 : 1000 * r.nextDouble();
      ChurnSignals.Builder b = ChurnSignals.builder().customerId(CustomerId.of("C-" + i))
          .baselineVolume(r.nextInt(5) == 0 ? 0 : 20 * r.nextDouble()).recentVolume(20 * r.nextDouble())
          .complaints(r.nextInt(7)).outstandingReceivables(outstanding)
          .overdueReceivables(outstanding * r.nextDouble());
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
      for (ChurnWarning w : List.of(DEFAULTS, tuned)) {
        ChurnRisk risk = w.assess(s);
        double score = w.score(s.baselineVolume(), s.recentVolume(), pAlive, s.complaints(), hours,
            s.outstandingReceivables(), s.overdueReceivables(), failures);
        assertThat(score).isEqualTo(risk.score());
        assertThat(w.level(score)).isEqualTo(risk.level());
      }
    }
  }

  @Test
  void primitiveScoreRejectsBadInput() {
    assertThatThrownBy(() -> DEFAULTS.score(-1, 1, Double.NaN, 0, Double.NaN, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baselineVolume must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, 1.5, 0, Double.NaN, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pAlive must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, Double.NaN, -2, Double.NaN, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("complaints must be >= 0: -2");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, Double.NaN, 0, -3, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("meanResolutionHours must be finite and >= 0: -3.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, Double.NaN, 0, Double.NaN, 10, 20, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overdueReceivables must be <= outstandingReceivables 10.0: 20.0");
    assertThatThrownBy(() -> DEFAULTS.score(1, 1, Double.NaN, 0, Double.NaN, 0, 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("serviceFailureRate must be in [0.0, 1.0]: 2.0");
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
