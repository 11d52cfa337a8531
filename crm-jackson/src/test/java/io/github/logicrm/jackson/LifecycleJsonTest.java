package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import org.junit.jupiter.api.Test;

class LifecycleJsonTest {

  @Test
  void volumeHistoryMatchesGolden() {
    VolumeHistory history = VolumeHistory.builder()
        .customerId(CustomerId.of("C-001"))
        .addShipments(120.0, 135.0, 0.0, 140.0)
        .addRevenue(36000.0, 40500.0, 0.0, 42000.0)
        .build();
    assertMatchesGolden(history, VolumeHistory.class);
  }

  @Test
  void assessmentMatchesGoldenWithoutItsDerivedStrategy() {
    LifecycleAssessment assessment = LifecycleAssessment.builder()
        .stage(LifecycleStage.DECLINE)
        .tenure(36)
        .periodsSinceLastOrder(0)
        .trend(-0.031)
        .levelToPeak(0.62)
        .volatility(0.18)
        .recentLevel(74.5)
        .peakLevel(120.25)
        .referenceWindow(24)
        .addSeasonalIndices(0.8, 0.9, 1.0, 1.3)
        .build();
    assertMatchesGolden(assessment, LifecycleAssessment.class);
    assertThat(MAPPER.valueToTree(assessment).has("recommendedStrategy")).isFalse();
  }

  @Test
  void transitionMatchesGoldenAndTheFirstHasNoPreviousStage() throws Exception {
    assertMatchesGolden(StageTransition.of(26, LifecycleStage.STABILITY, LifecycleStage.DECLINE),
        StageTransition.class);
    assertThat(MAPPER.readValue("{\"period\":0,\"to\":\"EXPLORATION\"}", StageTransition.class))
        .isEqualTo(StageTransition.of(0, null, LifecycleStage.EXPLORATION));
  }

  @Test
  void invalidValuesAreRejectedWithTheDomainMessage() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"customerId\":\"C-1\",\"shipments\":[1.0,-3.0]}", VolumeHistory.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid field 'shipments' of VolumeHistory: shipments[1] must be finite and >= 0: -3.0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"period\":3,\"from\":\"DECLINE\",\"to\":\"DECLINE\"}", StageTransition.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("stage transition must change the stage: DECLINE to DECLINE");
  }
}
