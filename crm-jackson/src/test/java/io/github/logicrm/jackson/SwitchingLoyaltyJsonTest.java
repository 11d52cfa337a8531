package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.loyalty.DickBasuCell;
import io.github.logicrm.core.loyalty.JonesSasserQuadrant;
import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.loyalty.LoyaltyThresholds;
import io.github.logicrm.core.loyalty.LoyaltyType;
import io.github.logicrm.core.loyalty.McKinseySegment;
import io.github.logicrm.core.switching.MonetarySwitchingCost;
import io.github.logicrm.core.switching.SwitchingCase;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostScore;
import io.github.logicrm.core.switching.SwitchingCostType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SwitchingLoyaltyJsonTest {

  static SwitchingCostQuestionnaire questionnaire() {
    List<SwitchingCostItem> items = new ArrayList<>();
    for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
      items.add(SwitchingCostItem.of(facet.name() + "-1", facet, 1, 5));
    }
    items.add(SwitchingCostItem.builder().id("SETUP-2").facet(SwitchingCostFacet.SETUP)
        .text("We could move our freight to another carrier within a week").scaleMin(1).scaleMax(7)
        .reverseCoded(true).build());
    return SwitchingCostQuestionnaire.of(items);
  }

  static SwitchingCostScore score() {
    Map<SwitchingCostFacet, Double> facets = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> asked = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> answered = new EnumMap<>(SwitchingCostFacet.class);
    double value = 10;
    for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
      facets.put(facet, value);
      value += 10;
      asked.put(facet, facet == SwitchingCostFacet.SETUP ? 2 : 1);
      answered.put(facet, 1);
    }
    return SwitchingCostScore.builder()
        .customerId(CustomerId.of("C-007"))
        .facetScores(facets)
        .typeScores(Map.of(SwitchingCostType.PROCEDURAL, 25.0, SwitchingCostType.FINANCIAL, 55.0,
            SwitchingCostType.RELATIONAL, 75.0))
        .index(51.666666666666664)
        .itemsAsked(asked)
        .itemsAnswered(answered)
        .build();
  }

  static SwitchingCase switchingCase() {
    return SwitchingCase.builder()
        .integrationCost(40_000).onboardingCost(15_000).trainingCost(8_000).exitPenalty(25_000)
        .inventoryTransferCost(12_000).doubleRunningCost(30_000).forfeitedLoyaltyCredits(5_000)
        .rebateLossPerPeriod(10_000).creditTermsLossPerPeriod(6_000).rampUpLoss(20_000)
        .savingPerPeriod(100_000).horizonPeriods(3).discountRate(0.0)
        .build();
  }

  static LoyaltyProfile profile() {
    return LoyaltyProfile.builder()
        .customerId(CustomerId.of("C-012"))
        .attachment(35)
        .repeatPurchaseRate(0.85)
        .shareOfWallet(0.7)
        .shareOfWalletChange(-0.02)
        .promotionShare(0.1)
        .priceSensitivity(45)
        .satisfaction(62.5)
        .viableAlternatives(0)
        .referrals(1)
        .build();
  }

  @Test
  void surveyTypesMatchGolden() {
    SwitchingCostQuestionnaire q = questionnaire();
    assertMatchesGolden(q.items().get(8), SwitchingCostItem.class);
    assertMatchesGolden(q, SwitchingCostQuestionnaire.class);
    assertMatchesGolden(SwitchingCostAnswers.builder().customerId(CustomerId.of("C-007"))
        .putAnswers("ECONOMIC_RISK-1", 4.0).putAnswers("SETUP-2", 2.0).build(), SwitchingCostAnswers.class);
    assertMatchesGolden(score(), SwitchingCostScore.class);
  }

  @Test
  void monetaryTypesMatchGolden() {
    assertMatchesGolden(switchingCase(), SwitchingCase.class);
    // r = 0, 3 periods: A = 3; one-time 130,000; lost benefits 5,000 + 3 x 16,000; cost 203,000; savings 300,000
    MonetarySwitchingCost cost = MonetarySwitchingCost.builder()
        .inputs(switchingCase()).annuityFactor(3).oneTimeCost(130_000).rebateLossValue(30_000)
        .creditTermsLossValue(18_000).lostBenefits(53_000).switchingCost(203_000).savingsValue(300_000)
        .netGain(97_000).breakEvenSaving(203_000 / 3.0).switchingPays(true).build();
    assertMatchesGolden(cost, MonetarySwitchingCost.class);
  }

  @Test
  void loyaltyTypesMatchGolden() {
    assertMatchesGolden(profile(), LoyaltyProfile.class);
    assertMatchesGolden(LoyaltyThresholds.builder().highRepeatRate(0.7).build(), LoyaltyThresholds.class);
    LoyaltyClassification c = LoyaltyClassification.builder()
        .profile(profile())
        .thresholds(LoyaltyThresholds.defaults())
        .type(LoyaltyType.MONOPOLY)
        .reason("repeatPurchaseRate 0.85 >= 0.6, attachment 35.0 < 60.0, viableAlternatives 0 <= 0")
        .mcKinseySegment(McKinseySegment.INERTIAL)
        .jonesSasserQuadrant(JonesSasserQuadrant.HOSTAGE)
        .dickBasuCell(DickBasuCell.SPURIOUS_LOYALTY)
        .build();
    assertMatchesGolden(c, LoyaltyClassification.class);
  }

  @Test
  void defaultsMayBeOmittedInJson() throws Exception {
    LoyaltyThresholds read = MAPPER.readValue("{\"satisfied\":80}", LoyaltyThresholds.class);
    assertThat(read).isEqualTo(LoyaltyThresholds.builder().satisfied(80).build());
    SwitchingCostItem item = MAPPER.readValue(
        "{\"id\":\"EV1\",\"facet\":\"EVALUATION\",\"scaleMin\":1,\"scaleMax\":5}", SwitchingCostItem.class);
    assertThat(item.reverseCoded()).isFalse();
  }

  @Test
  void invalidValuesAreRejectedWithTheDomainMessage() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"id\":\"EV1\",\"facet\":\"EVALUATION\",\"scaleMin\":5,\"scaleMax\":5}", SwitchingCostItem.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("scaleMax must be > scaleMin 5.0 (item EV1): 5.0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"id\":\"EV1\",\"facet\":\"EXHAUSTION\",\"scaleMin\":1,\"scaleMax\":5}", SwitchingCostItem.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("EXHAUSTION");
    String questionnaireMissingFacets = "{\"items\":[{\"id\":\"EV1\",\"facet\":\"EVALUATION\",\"scaleMin\":1,"
        + "\"scaleMax\":5}]}";
    assertThatThrownBy(() -> MAPPER.readValue(questionnaireMissingFacets, SwitchingCostQuestionnaire.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("items must cover every facet, missing: [ECONOMIC_RISK, LEARNING");
    assertThatThrownBy(() -> MAPPER.readValue("{\"savingPerPeriod\":1,\"horizonPeriods\":0,\"discountRate\":0}",
        SwitchingCase.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("horizonPeriods must be > 0: 0");
  }
}
