package io.github.logicrm.examples;

import static io.github.logicrm.core.segmentation.ValueTier.KEY;
import static io.github.logicrm.core.segmentation.ValueTier.MAJOR;
import static io.github.logicrm.core.segmentation.ValueTier.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueCell;
import io.github.logicrm.core.segmentation.ValueScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the guide page quotes are the figures the example computes. */
class LifecycleAndSegmentationTest {

  @Test
  void shipperEnteredDeclineInMonth27() {
    LifecycleAssessment a = LifecycleAndSegmentation.stage();
    assertThat(a.stage()).isEqualTo(LifecycleStage.DECLINE);
    assertThat(a.recentLevel()).isEqualTo(59.0);   // median of 61, 59, 57
    assertThat(a.peakLevel()).isEqualTo(102.0);    // median of 105, 102, 99, within the last 24 months
    assertThat(a.levelToPeak()).isEqualTo(59.0 / 102, within(1e-15));
    assertThat(a.referenceWindow()).isEqualTo(24);
    assertThat(a.isSeasonallyAdjusted()).isFalse();
    assertThat(a.trend()).isEqualTo(-0.0265, within(5e-5));
    assertThat(a.volatility()).isEqualTo(0.0805, within(5e-5));
    assertThat(LifecycleAndSegmentation.stageHistory()).containsExactly(
        StageTransition.of(0, null, LifecycleStage.EXPLORATION),
        StageTransition.of(5, LifecycleStage.EXPLORATION, LifecycleStage.STABILITY),
        StageTransition.of(27, LifecycleStage.STABILITY, LifecycleStage.DECLINE));
  }

  @Test
  void weeklyClassifierStagesAWeeklySeries() {
    double[] weekly = new double[104];
    for (int w = 0; w < 104; w++) {
      weekly[w] = w < 78 ? 25 : 25 - 0.5 * (w - 77);   // six months of slide after eighteen steady months
    }
    assertThat(LifecycleAndSegmentation.weeklyClassifier().classify(weekly).stage())
        .isEqualTo(LifecycleStage.DECLINE);
    assertThat(LifecycleAndSegmentation.weeklyClassifier().classify(java.util.Arrays.copyOf(weekly, 78)).stage())
        .isEqualTo(LifecycleStage.STABILITY);
  }

  @Test
  void tiersOfTheTenCustomers() {
    // by count: rank 0 is below 5% of 10, rank 1 below 20%
    assertThat(LifecycleAndSegmentation.tiers())
        .containsExactly(SMALL, MAJOR, SMALL, SMALL, KEY, SMALL, SMALL, SMALL, SMALL, SMALL);
    assertThat(LifecycleAndSegmentation.tierSummary()).extracting(TierSummary::customers)
        .containsExactly(1, 1, 8);
    assertThat(LifecycleAndSegmentation.tierSummary()).extracting(TierSummary::valueShare)
        .containsExactly(0.5, 0.25, 0.25);
    assertThat(LifecycleAndSegmentation.tiersByValueShare())
        .containsExactly(SMALL, KEY, SMALL, MAJOR, KEY, SMALL, MAJOR, SMALL, KEY, MAJOR);
  }

  @Test
  void valueMatrixOfTheThreeShippers() {
    List<ValueScore> scores = LifecycleAndSegmentation.valueMatrix();
    assertThat(scores).extracting(ValueScore::currentScore).containsExactly(100.0, 50.0, 0.0);
    assertThat(scores.get(0).potentialScore()).isEqualTo(100 * 4.5 / 7, within(1e-12));
    assertThat(scores.get(1).potentialScore()).isEqualTo(100 * 5.5 / 7, within(1e-12));
    assertThat(scores.get(2).potentialScore()).isEqualTo(100 * 0.5 / 7, within(1e-12));
    assertThat(scores).extracting(ValueScore::cell)
        .containsExactly(ValueCell.HIGH_HIGH, ValueCell.MEDIUM_HIGH, ValueCell.LOW_LOW);
  }

  @Test
  void ahpWeightsFeedTheValueMatrix() {
    LifecycleAndSegmentation.AhpValueMatrix result = LifecycleAndSegmentation.valueMatrixWithAhp();
    // The judgements are exact ratios of the priorities 2, 4, 2, 1, 1, 1: AHP must return them, normalized.
    double[] expected = {2.0 / 11, 4.0 / 11, 2.0 / 11, 1.0 / 11, 1.0 / 11, 1.0 / 11};
    for (int i = 0; i < expected.length; i++) {
      assertThat(result.ahp().weights().get(i)).isCloseTo(expected[i], within(1e-12));
    }
    assertThat(result.ahp().lambdaMax()).isCloseTo(6, within(1e-9));
    assertThat(result.ahp().consistencyRatio()).isCloseTo(0, within(1e-9));
    // Normalized potential indicators (percentiles; costs reversed) are, per shipper:
    // C-101 (1, .5, 1, 0, .5, 1), C-102 (.5, 1, .5, 1, 1, .5), C-103 (0, 0, 0, .5, 0, 0).
    List<ValueScore> scores = result.scores();
    assertThat(scores.get(0).potentialScore()).isCloseTo(100 * 7.5 / 11, within(1e-9));
    assertThat(scores.get(1).potentialScore()).isCloseTo(100 * 8.5 / 11, within(1e-9));
    assertThat(scores.get(2).potentialScore()).isCloseTo(100 * 0.5 / 11, within(1e-9));
    assertThat(scores).extracting(ValueScore::currentScore).containsExactly(100.0, 50.0, 0.0);
  }

  @Test
  void rfmOfTheFiveCustomers() {
    List<RfmScore> scores = LifecycleAndSegmentation.rfm();
    assertThat(scores).extracting(RfmScore::cellCode).containsExactly("555", "222", "343", "333", "111");
    assertThat(scores).extracting(RfmScore::weightedScore).containsExactly(5.0, 2.0, 3.25, 3.0, 1.0);
  }
}
