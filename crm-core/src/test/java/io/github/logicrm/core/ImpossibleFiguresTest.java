package io.github.logicrm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.clv.CustomerEquitySummary;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.TierEquity;
import io.github.logicrm.core.clv.TransitionEstimate;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value types refuse figures that cannot occur together, and methods refuse arguments outside their domain. */
class ImpossibleFiguresTest {

  private static TransitionEstimate.Builder twoStates() {
    return TransitionEstimate.builder().states(List.of("active", "lost"))
        .counts(List.of(List.of(3, 1), List.of(0, 4)));
  }

  @Test
  void transitionProbabilitiesMustFormAStochasticMatrix() {
    assertThat(twoStates().probabilities(List.of(List.of(0.75, 0.25), List.of(0.0, 1.0))).build()
        .observedMovesFrom(0)).isEqualTo(4);
    assertThatThrownBy(() -> twoStates()
        .probabilities(List.of(List.of(Double.NaN, 0.25), List.of(0.0, 1.0))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probabilities[0][0] must be in [0.0, 1.0]: NaN");
    assertThatThrownBy(() -> twoStates().probabilities(List.of(List.of(0.75, 0.25), List.of(1.0))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probabilities[1] length must equal states length 2: 1");
    assertThatThrownBy(() -> twoStates()
        .probabilities(List.of(List.of(0.75, 0.5), List.of(0.0, 1.0))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probabilities row 0 must sum to 1 within 1.0E-6: 1.25");
  }

  @Test
  void observedMovesFromAStateOutOfRangeIsRejectedByName() {
    TransitionEstimate estimate =
        twoStates().probabilities(List.of(List.of(0.75, 0.25), List.of(0.0, 1.0))).build();
    assertThatThrownBy(() -> estimate.observedMovesFrom(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("state must be in [0, 2): -1");
  }

  @Test
  void tierShareMustMatchItsEquity() {
    assertThatThrownBy(() -> TierEquity.builder().tier(ValueTier.KEY).customers(0).equity(0).share(2.0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be 0 exactly when equity 0.0 is 0: 2.0");
    TierEquity key = TierEquity.builder().tier(ValueTier.KEY).customers(3).equity(100).share(2.0).build();
    assertThatThrownBy(() -> CustomerEquitySummary.builder().customers(3).equity(100).addTiers(key).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers[KEY].share must equal its equity 100.0 / equity 100.0 = 1.0: 2.0");
  }

  @Test
  void weightedRfmScoreMustLieBetweenItsThreeScores() {
    assertThatThrownBy(() -> RfmScore.builder().recency(5).frequency(3).monetary(4).weightedScore(2.0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weightedScore must be in [3, 5], the range of recency, frequency and monetary 534: 2.0");
    assertThat(RfmScore.builder().recency(5).frequency(3).monetary(4).weightedScore(4.2).build().cellCode())
        .isEqualTo("534");
  }

  @Test
  void ahpWeightsMustSumToOne() {
    assertThatThrownBy(() -> AhpResult.builder().weights(List.of(2.0, 0.3, 0.1)).lambdaMax(3).consistencyIndex(0)
        .randomIndex(0.58).consistencyRatio(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must sum to 1 within 1.0E-6: 2.4");
  }

  @Test
  void discountFactorNeedsAFiniteNonNegativeTime() {
    DiscountRate rate = DiscountRate.yearly(0.1);
    assertThatThrownBy(() -> rate.factor(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must be finite and >= 0: NaN");
    assertThatThrownBy(() -> rate.factor(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must be finite and >= 0: -1.0");
    assertThat(rate.factor(1)).isEqualTo(1 / 1.1);
  }

  @Test
  void npsRespondentsThatOverflowAnIntAreRejectedWithTheirTrueSum() {
    assertThatThrownBy(() -> NpsResult.of(Integer.MAX_VALUE, Integer.MAX_VALUE, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondents must be <= 2147483647: 4294967304");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> CustomerBook.builder().build().dependentsOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
    Shipment shipment = Shipment.builder().orderId("SO-1").customerId(CustomerId.of("C-001"))
        .addLines(ShipmentLine.of("SKU-1", 10, 10))
        .requestedWindow(TimeWindow.of(t0.plusSeconds(3600), t0.plusSeconds(7200)))
        .shippedAt(t0).deliveredAt(t0.plusSeconds(5000)).deliveredToAgreedLocation(true)
        .quotedPrice(100).invoicedPrice(100).contractTermsMet(true).documentsComplete(true)
        .trackingComplete(true).build();
    assertThatThrownBy(() -> shipment.window(null))
        .isInstanceOf(NullPointerException.class).hasMessage("reference");
  }
}
