package io.github.logicrm.core.switching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SwitchingValueTypesTest {

  private static List<SwitchingCostItem> onePerFacet() {
    List<SwitchingCostItem> items = new ArrayList<>();
    for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
      items.add(SwitchingCostItem.of(f.name(), f, 1, 5));
    }
    return items;
  }

  @Test
  void itemRescalesOnItsOwnScale() {
    SwitchingCostItem tenPoint = SwitchingCostItem.of("BL", SwitchingCostFacet.BENEFIT_LOSS, 0, 10);
    assertThat(tenPoint.rescale(7)).isEqualTo(70);
    assertThat(SwitchingCostItem.reversed("BL", SwitchingCostFacet.BENEFIT_LOSS, 0, 10).rescale(7)).isEqualTo(30);
    assertThat(tenPoint.reverseCoded()).isFalse();
    assertThatThrownBy(() -> tenPoint.rescale(11)).hasMessage("answer to item BL must be in [0.0, 10.0]: 11.0");
  }

  @Test
  void invalidItemsAreRejected() {
    assertThatThrownBy(() -> SwitchingCostItem.of(" ", SwitchingCostFacet.SETUP, 1, 5))
        .hasMessage("item.id must not be blank: ' '");
    assertThatThrownBy(() -> SwitchingCostItem.of("S1", SwitchingCostFacet.SETUP, 5, 1))
        .hasMessage("scaleMax must be > scaleMin 5.0 (item S1): 1.0");
    assertThatThrownBy(() -> SwitchingCostItem.of("S1", SwitchingCostFacet.SETUP, Double.NaN, 5))
        .hasMessage("scaleMin must be finite: NaN");
    assertThatThrownBy(() -> SwitchingCostItem.of("S1", SwitchingCostFacet.SETUP, 1, Double.POSITIVE_INFINITY))
        .hasMessage("scaleMax must be finite: Infinity");
    assertThatThrownBy(() -> SwitchingCostItem.builder().id("S1").facet(SwitchingCostFacet.SETUP).text("")
        .scaleMin(1).scaleMax(5).build())
        .hasMessage("item.text must not be blank: ''");
  }

  @Test
  void questionnaireCoversEveryFacetWithUniqueIds() {
    SwitchingCostQuestionnaire q = SwitchingCostQuestionnaire.of(onePerFacet());
    assertThat(q.indexOf("SETUP")).hasValue(3);
    assertThat(q.indexOf("NOPE")).isEmpty();
    List<SwitchingCostItem> missing = onePerFacet();
    missing.remove(4);
    missing.remove(0);
    assertThatThrownBy(() -> SwitchingCostQuestionnaire.of(missing))
        .hasMessage("items must cover every facet, missing: [ECONOMIC_RISK, BENEFIT_LOSS]");
    List<SwitchingCostItem> duplicate = onePerFacet();
    duplicate.add(SwitchingCostItem.of("SETUP", SwitchingCostFacet.LEARNING, 1, 5));
    assertThatThrownBy(() -> SwitchingCostQuestionnaire.of(duplicate))
        .hasMessage("items must have unique ids, duplicate: SETUP");
    assertThatThrownBy(() -> SwitchingCostQuestionnaire.of(List.of())).hasMessage("items must not be empty");
  }

  @Test
  void answersMustBeFinite() {
    assertThatThrownBy(() -> SwitchingCostAnswers.builder().customerId(CustomerId.of("C-1"))
        .putAnswers("ER1", Double.NaN).build())
        .hasMessage("answers[ER1] must be finite: NaN");
  }

  @Test
  void scoreChecksEveryFacetAndRange() {
    Map<SwitchingCostFacet, Double> facets = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> counts = new EnumMap<>(SwitchingCostFacet.class);
    for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
      facets.put(f, 50.0);
      counts.put(f, 2);
    }
    Map<SwitchingCostType, Double> types = Map.of(SwitchingCostType.PROCEDURAL, 50.0, SwitchingCostType.FINANCIAL,
        50.0, SwitchingCostType.RELATIONAL, 50.0);
    SwitchingCostScore ok = SwitchingCostScore.builder().facetScores(facets).typeScores(types).index(50)
        .itemsAsked(counts).itemsAnswered(counts).build();
    assertThat(ok.coverage()).isEqualTo(1);
    assertThatThrownBy(() -> SwitchingCostScore.builder().from(ok).putFacetScores(SwitchingCostFacet.SETUP, 100.5)
        .build()).hasMessage("facetScores[SETUP] must be in [0.0, 100.0]: 100.5");
    assertThatThrownBy(() -> SwitchingCostScore.builder().from(ok).putItemsAnswered(SwitchingCostFacet.SETUP, 3)
        .build()).hasMessage("itemsAnswered[SETUP] must be in [1, 2]: 3");
    assertThatThrownBy(() -> SwitchingCostScore.builder().from(ok).putItemsAnswered(SwitchingCostFacet.SETUP, 0)
        .build()).hasMessage("itemsAnswered[SETUP] must be in [1, 2]: 0");
    assertThatThrownBy(() -> SwitchingCostScore.builder().from(ok).index(-1).build())
        .hasMessage("index must be in [0.0, 100.0]: -1.0");
    facets.remove(SwitchingCostFacet.LEARNING);
    assertThatThrownBy(() -> SwitchingCostScore.builder().from(ok).facetScores(facets).build())
        .hasMessage("facetScores, itemsAsked and itemsAnswered must cover every facet, missing: LEARNING");
  }

  @Test
  void monetaryResultMustStateAConsistentVerdict() {
    SwitchingCase inputs = SwitchingCase.builder().savingPerPeriod(10).horizonPeriods(1).discountRate(0).build();
    MonetarySwitchingCost.Builder b = MonetarySwitchingCost.builder().inputs(inputs).annuityFactor(1)
        .oneTimeCost(0).rebateLossValue(0).creditTermsLossValue(0).lostBenefits(0).switchingCost(0)
        .savingsValue(10).netGain(10).breakEvenSaving(0);
    assertThat(b.switchingPays(true).build().switchingPays()).isTrue();
    assertThatThrownBy(() -> b.switchingPays(false).build())
        .hasMessage("switchingPays must equal savingsValue 10.0 > switchingCost 0.0: false");
  }
}
