package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.loyalty.DickBasuCell;
import io.github.logicrm.core.loyalty.JonesSasserQuadrant;
import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyType;
import io.github.logicrm.core.loyalty.McKinseySegment;
import io.github.logicrm.core.switching.MonetarySwitchingCost;
import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostScore;
import io.github.logicrm.core.switching.SwitchingCostType;
import org.junit.jupiter.api.Test;

/** The numbers the guide quotes, worked by hand. */
class SwitchingAndLoyaltyExampleTest {

  @Test
  void surveyScoreAsInTheGuide() {
    SwitchingCostScore s = SwitchingAndLoyaltyExample.surveyScore(SampleData.load());
    // SETUP: 1-7 items 6, 7 and reversed 2: (500/6 + 100 + 500/6) / 3 = 800/9
    assertThat(s.facetScores().get(SwitchingCostFacet.SETUP)).isCloseTo(800.0 / 9, within(1e-12));
    assertThat(s.facetScores().get(SwitchingCostFacet.MONETARY_LOSS)).isCloseTo(75, within(1e-12));
    assertThat(s.itemsAnswered().get(SwitchingCostFacet.MONETARY_LOSS)).isEqualTo(1);
    // procedural (75 + 75 + 50 + 800/9) / 4 = 650/9; financial (87.5 + 75) / 2; relational (100/3 + 37.5) / 2
    assertThat(s.typeScores().get(SwitchingCostType.PROCEDURAL)).isCloseTo(650.0 / 9, within(1e-12));
    assertThat(s.typeScores().get(SwitchingCostType.FINANCIAL)).isCloseTo(81.25, within(1e-12));
    assertThat(s.typeScores().get(SwitchingCostType.RELATIONAL)).isCloseTo(425.0 / 12, within(1e-12));
    // financial weighs double: 0.25, 0.5, 0.25
    assertThat(s.index()).isCloseTo(650.0 / 36 + 81.25 / 2 + 425.0 / 48, within(1e-12));
    assertThat(s.coverage()).isCloseTo(18.0 / 19, within(1e-12));
  }

  @Test
  void moneyVerdictAsInTheGuide() {
    double a3 = 1 / 1.08 + 1 / Math.pow(1.08, 2) + 1 / Math.pow(1.08, 3);
    double perYear = 48_000 + 2_400_000 * 30 / 365.0 * 0.08;
    MonetarySwitchingCost three = SwitchingAndLoyaltyExample.moneyVerdict(3);
    assertThat(three.annuityFactor()).isCloseTo(a3, within(1e-12));
    assertThat(three.oneTimeCost()).isEqualTo(222_000);
    assertThat(three.switchingCost()).isCloseTo(222_000 + 8_000 + 30_000 + a3 * perYear, within(1e-6));
    assertThat(three.switchingCost()).isCloseTo(424_369.364, within(1e-3));
    assertThat(three.savingsValue()).isCloseTo(371_101.966, within(1e-3));
    assertThat(three.breakEvenSaving()).isCloseTo(164_669.536, within(1e-3));
    assertThat(three.switchingPays()).isFalse();
    MonetarySwitchingCost five = SwitchingAndLoyaltyExample.moneyVerdict(5);
    assertThat(five.netGain()).isCloseTo(60_291.917, within(1e-3));
    assertThat(five.breakEvenSaving()).isCloseTo(128_899.500, within(1e-3));
    assertThat(five.switchingPays()).isTrue();
  }

  @Test
  void loyaltyAsInTheGuide() {
    LoyaltyClassification c = SwitchingAndLoyaltyExample.loyalty();
    assertThat(c.type()).hasValue(LoyaltyType.INERTIA);
    assertThat(c.mcKinseySegment()).isEqualTo(McKinseySegment.INERTIAL);
    assertThat(c.jonesSasserQuadrant()).isEqualTo(JonesSasserQuadrant.HOSTAGE);
    assertThat(c.dickBasuCell()).isEqualTo(DickBasuCell.SPURIOUS_LOYALTY);
  }
}
