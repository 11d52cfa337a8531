package io.github.logicrm.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import org.junit.jupiter.api.Test;

class SegmentationValuesTest {

  private static ValueIndicators.Builder indicators() {
    return ValueIndicators.builder().customerId(CustomerId.of("C-1")).volume(10).revenue(100)
        .contributionShare(0.1).receivablesCollectionRate(0.9).plannedVolume(12).plannedGrowth(0.2).loyalty(50)
        .truckWaitingFees(5).storageFees(6).seasonalVolatility(0.3);
  }

  @Test
  void indicatorsRejectOutOfRangeValues() {
    assertThat(indicators().build().loyalty()).isEqualTo(50.0);
    assertThatThrownBy(() -> indicators().volume(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volume must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> indicators().contributionShare(1.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("contributionShare must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> indicators().loyalty(101).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("loyalty must be in [0.0, 100.0]: 101.0");
    assertThatThrownBy(() -> indicators().storageFees(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("storageFees must be finite and >= 0: NaN");
    assertThatThrownBy(() -> indicators().plannedGrowth(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plannedGrowth must be finite and > -1: Infinity");
  }

  @Test
  void rfmScoreCodeAndRange() {
    RfmScore score = RfmScore.builder().recency(5).frequency(3).monetary(1).weightedScore(3).build();
    assertThat(score.cellCode()).isEqualTo("531");
    assertThatThrownBy(() -> RfmScore.builder().recency(0).frequency(3).monetary(1).weightedScore(3).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recency must be in [1, 5]: 0");
    assertThatThrownBy(() -> RfmScore.builder().recency(1).frequency(3).monetary(1).weightedScore(5.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weightedScore must be in [1.0, 5.0]: 5.5");
  }

  @Test
  void valueScoreDerivesItsCell() {
    ValueScore score = ValueScore.builder().customerId(CustomerId.of("C-1")).currentScore(70).potentialScore(20)
        .currentLevel(ValueLevel.HIGH).potentialLevel(ValueLevel.LOW).build();
    assertThat(score.cell()).isEqualTo(ValueCell.HIGH_LOW);
    assertThatThrownBy(() -> ValueScore.builder().customerId(CustomerId.of("C-1")).currentScore(100.5)
        .potentialScore(20).currentLevel(ValueLevel.HIGH).potentialLevel(ValueLevel.LOW).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("currentScore must be in [0.0, 100.0]: 100.5");
  }

  @Test
  void tierSummaryRejectsImpossibleShares() {
    assertThatThrownBy(() -> TierSummary.builder().tier(ValueTier.KEY).customers(-1).customerShare(0)
        .value(0).valueShare(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customers must be >= 0: -1");
    assertThatThrownBy(() -> TierSummary.builder().tier(ValueTier.KEY).customers(1).customerShare(0.1)
        .value(Double.NaN).valueShare(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be finite: NaN");
  }

  @Test
  void cellsAreNamedCurrentFirst() {
    assertThat(ValueCell.of(ValueLevel.LOW, ValueLevel.HIGH)).isEqualTo(ValueCell.LOW_HIGH);
    assertThatThrownBy(() -> ValueCell.of(null, ValueLevel.HIGH))
        .isInstanceOf(NullPointerException.class).hasMessage("current");
  }
}
