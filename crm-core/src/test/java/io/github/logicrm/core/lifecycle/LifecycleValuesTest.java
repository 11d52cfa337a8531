package io.github.logicrm.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import org.junit.jupiter.api.Test;

class LifecycleValuesTest {

  private static LifecycleAssessment.Builder assessment() {
    return LifecycleAssessment.builder().stage(LifecycleStage.STABILITY).tenure(12).periodsSinceLastOrder(0)
        .trend(0.01).levelToPeak(0.9).volatility(0.1).recentLevel(90).peakLevel(100).referenceWindow(12);
  }

  @Test
  void assessmentTellsWhetherTheSeriesWasSeasonallyAdjusted() {
    assertThat(assessment().build().isSeasonallyAdjusted()).isFalse();
    assertThat(assessment().addSeasonalIndices(0.8, 1.2).build().isSeasonallyAdjusted()).isTrue();
    assertThatThrownBy(() -> assessment().referenceWindow(13).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referenceWindow must be <= tenure 12: 13");
    assertThatThrownBy(() -> assessment().addSeasonalIndices(1.2, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seasonalIndices must be finite and > 0: 0.0");
  }

  @Test
  void assessmentCarriesTheStageStrategy() {
    assertThat(assessment().build().recommendedStrategy())
        .isEqualTo(LifecycleStage.STABILITY.recommendedStrategy());
  }

  @Test
  void assessmentRejectsImpossibleEvidence() {
    assertThatThrownBy(() -> assessment().tenure(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tenure must be > 0: 0");
    assertThatThrownBy(() -> assessment().periodsSinceLastOrder(12).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periodsSinceLastOrder must be < tenure 12: 12");
    assertThatThrownBy(() -> assessment().trend(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("trend must be finite: NaN");
    assertThatThrownBy(() -> assessment().levelToPeak(1.2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("levelToPeak must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> assessment().peakLevel(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("peakLevel must be finite and > 0: 0.0");
  }

  @Test
  void transitionMustChangeTheStage() {
    assertThat(StageTransition.of(0, null, LifecycleStage.EXPLORATION).from()).isEmpty();
    assertThatThrownBy(() -> StageTransition.of(4, LifecycleStage.DECLINE, LifecycleStage.DECLINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage transition must change the stage: DECLINE to DECLINE");
    assertThatThrownBy(() -> StageTransition.of(-1, null, LifecycleStage.DECLINE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("period must be >= 0: -1");
  }

  @Test
  void historyRejectsEmptyNegativeAndMisalignedSeries() {
    CustomerId id = CustomerId.of("C-1");
    assertThatThrownBy(() -> VolumeHistory.builder().customerId(id).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("shipments must not be empty");
    assertThatThrownBy(() -> VolumeHistory.builder().customerId(id).addShipments(1.0, -1.0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("shipments[1] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> VolumeHistory.builder().customerId(id).addShipments(1.0, 2.0).addRevenue(5.0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("revenue length must equal shipments length 2: 1");
    assertThatThrownBy(() -> VolumeHistory.builder().customerId(id).addShipments(1.0).addRevenue(Double.NaN)
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("revenue[0] must be finite and >= 0: NaN");
  }
}
