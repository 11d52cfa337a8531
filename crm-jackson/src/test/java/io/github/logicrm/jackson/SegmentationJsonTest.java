package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueIndicators;
import io.github.logicrm.core.segmentation.ValueLevel;
import io.github.logicrm.core.segmentation.ValueScore;
import io.github.logicrm.core.segmentation.ValueTier;
import org.junit.jupiter.api.Test;

class SegmentationJsonTest {

  @Test
  void tierSummaryMatchesGolden() {
    assertMatchesGolden(TierSummary.builder()
        .tier(ValueTier.KEY)
        .customers(3)
        .customerShare(0.05)
        .value(850000.0)
        .valueShare(0.8)
        .build(), TierSummary.class);
  }

  @Test
  void indicatorsMatchGolden() {
    assertMatchesGolden(ValueIndicators.builder()
        .customerId(CustomerId.of("C-004"))
        .volume(1520.0)
        .revenue(2.85e6)
        .contributionShare(0.042)
        .receivablesCollectionRate(0.93)
        .plannedVolume(1700.0)
        .plannedGrowth(0.08)
        .loyalty(76.0)
        .truckWaitingFees(12400.0)
        .storageFees(8300.0)
        .seasonalVolatility(0.21)
        .build(), ValueIndicators.class);
  }

  @Test
  void valueScoreMatchesGoldenWithoutItsDerivedCell() {
    ValueScore score = ValueScore.builder()
        .customerId(CustomerId.of("C-004"))
        .currentScore(72.5)
        .potentialScore(38.0)
        .currentLevel(ValueLevel.HIGH)
        .potentialLevel(ValueLevel.LOW)
        .build();
    assertMatchesGolden(score, ValueScore.class);
    assertThat(MAPPER.valueToTree(score).has("cell")).isFalse();
  }

  @Test
  void rfmScoreMatchesGolden() {
    assertMatchesGolden(RfmScore.builder().recency(5).frequency(3).monetary(4).weightedScore(4.0).build(),
        RfmScore.class);
  }

  @Test
  void invalidValuesAreRejectedWithTheDomainMessage() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"recency\":6,\"frequency\":3,\"monetary\":4,\"weightedScore\":4.0}", RfmScore.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid field 'recency' of RfmScore: recency must be in [1, 5]: 6")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"tier\":\"KEY\",\"customers\":1,\"customerShare\":1.5,"
        + "\"value\":1.0,\"valueShare\":1.0}", TierSummary.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("customerShare must be in [0.0, 1.0]: 1.5");
  }
}
