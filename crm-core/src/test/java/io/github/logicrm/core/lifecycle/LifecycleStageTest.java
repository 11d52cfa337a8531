package io.github.logicrm.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LifecycleStageTest {

  @Test
  void everyStageRecommendsTheSeedStrategy() {
    assertThat(LifecycleStage.EXPLORATION.recommendedStrategy()).contains("frequent-customer rewards");
    assertThat(LifecycleStage.FORMATION.recommendedStrategy()).contains("special treatment");
    assertThat(LifecycleStage.STABILITY.recommendedStrategy()).contains("joint programs");
    assertThat(LifecycleStage.DECLINE.recommendedStrategy()).contains("service innovation", "cross-selling");
    for (LifecycleStage s : LifecycleStage.values()) {
      assertThat(s.recommendedStrategy()).isNotBlank();
    }
  }
}
