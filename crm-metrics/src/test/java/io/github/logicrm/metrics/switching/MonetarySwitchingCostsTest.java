package io.github.logicrm.metrics.switching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.switching.MonetarySwitchingCost;
import io.github.logicrm.core.switching.SwitchingCase;
import org.junit.jupiter.api.Test;

class MonetarySwitchingCostsTest {

  /** A shipper leaving its 3PL: 130,000 one-time, 5,000 credits, 16,000 a year of lost benefits, 20,000 ramp-up. */
  static SwitchingCase.Builder shipper() {
    return SwitchingCase.builder()
        .integrationCost(40_000)
        .onboardingCost(15_000)
        .trainingCost(8_000)
        .exitPenalty(25_000)
        .inventoryTransferCost(12_000)
        .doubleRunningCost(30_000)
        .forfeitedLoyaltyCredits(5_000)
        .rebateLossPerPeriod(10_000)
        .creditTermsLossPerPeriod(6_000)
        .rampUpLoss(20_000)
        .savingPerPeriod(60_000)
        .horizonPeriods(3)
        .discountRate(0.10);
  }

  @Test
  void handWorkedShipperCase() {
    MonetarySwitchingCost result = MonetarySwitchingCosts.evaluate(shipper().build());
    double a = 1 / 1.1 + 1 / 1.21 + 1 / 1.331; // 2.48685199...
    assertThat(result.annuityFactor()).isCloseTo(a, within(1e-12));
    assertThat(result.annuityFactor()).isCloseTo(2.4868519909842246, within(1e-12));
    assertThat(result.oneTimeCost()).isEqualTo(130_000);
    assertThat(result.rebateLossValue()).isCloseTo(24_868.519909842245, within(1e-8));
    assertThat(result.creditTermsLossValue()).isCloseTo(14_921.111945905348, within(1e-8));
    assertThat(result.lostBenefits()).isCloseTo(44_789.63185574759, within(1e-8));
    assertThat(result.switchingCost()).isCloseTo(194_789.6318557476, within(1e-8));
    assertThat(result.savingsValue()).isCloseTo(149_211.11945905347, within(1e-8));
    assertThat(result.netGain()).isCloseTo(-45_578.51239669413, within(1e-8));
    // break-even: (130,000 + 5,000 + 20,000) / A + 16,000
    assertThat(result.breakEvenSaving()).isCloseTo(155_000 / a + 16_000, within(1e-8));
    assertThat(result.switchingPays()).isFalse();
    assertThat(result.inputs()).isEqualTo(shipper().build());
  }

  @Test
  void verdictFlipsAtTheBreakEvenSaving() {
    double breakEven = MonetarySwitchingCosts.evaluate(shipper().build()).breakEvenSaving();
    assertThat(MonetarySwitchingCosts.evaluate(shipper().savingPerPeriod(breakEven * 1.000001).build())
        .switchingPays()).isTrue();
    assertThat(MonetarySwitchingCosts.evaluate(shipper().savingPerPeriod(breakEven * 0.999999).build())
        .switchingPays()).isFalse();
  }

  @Test
  void tieDoesNotPay() {
    // r = 0: A = 4 exactly; cost 40,000 one-time; saving 10,000 a period: savings value 40,000 = cost
    SwitchingCase tie = SwitchingCase.builder().exitPenalty(40_000).savingPerPeriod(10_000).horizonPeriods(4)
        .discountRate(0).build();
    MonetarySwitchingCost result = MonetarySwitchingCosts.evaluate(tie);
    assertThat(result.annuityFactor()).isEqualTo(4);
    assertThat(result.netGain()).isZero();
    assertThat(result.breakEvenSaving()).isEqualTo(10_000);
    assertThat(result.switchingPays()).isFalse();
    assertThat(MonetarySwitchingCosts.evaluate(SwitchingCase.builder().from(tie).savingPerPeriod(10_000.01).build())
        .switchingPays()).isTrue();
  }

  @Test
  void annuityFactorMatchesTheSumOfDiscountFactors() {
    for (double r : new double[] {1e-12, 1e-6, 0.01, 0.08, 0.5}) {
      for (int h : new int[] {1, 5, 36}) {
        double sum = 0;
        for (int t = 1; t <= h; t++) {
          sum += Math.pow(1 + r, -t);
        }
        assertThat(MonetarySwitchingCosts.annuityFactor(r, h)).as("r=%s h=%s", r, h)
            .isCloseTo(sum, within(1e-12 * sum));
      }
    }
    assertThatThrownBy(() -> MonetarySwitchingCosts.annuityFactor(-0.01, 3))
        .hasMessage("discountRate must be finite and >= 0: -0.01");
    assertThatThrownBy(() -> MonetarySwitchingCosts.annuityFactor(0.05, 0))
        .hasMessage("horizonPeriods must be > 0: 0");
  }

  @Test
  void invalidCasesAreRejected() {
    assertThatThrownBy(() -> shipper().exitPenalty(-1).build())
        .hasMessage("exitPenalty must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> shipper().integrationCost(-1).build())
        .hasMessage("integrationCost must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> shipper().onboardingCost(Double.NaN).build())
        .hasMessage("onboardingCost must be finite and >= 0: NaN");
    assertThatThrownBy(() -> shipper().trainingCost(-0.5).build())
        .hasMessage("trainingCost must be finite and >= 0: -0.5");
    assertThatThrownBy(() -> shipper().inventoryTransferCost(Double.POSITIVE_INFINITY).build())
        .hasMessage("inventoryTransferCost must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> shipper().doubleRunningCost(-2).build())
        .hasMessage("doubleRunningCost must be finite and >= 0: -2.0");
    assertThatThrownBy(() -> shipper().forfeitedLoyaltyCredits(-3).build())
        .hasMessage("forfeitedLoyaltyCredits must be finite and >= 0: -3.0");
    assertThatThrownBy(() -> shipper().rebateLossPerPeriod(-4).build())
        .hasMessage("rebateLossPerPeriod must be finite and >= 0: -4.0");
    assertThatThrownBy(() -> shipper().creditTermsLossPerPeriod(-5).build())
        .hasMessage("creditTermsLossPerPeriod must be finite and >= 0: -5.0");
    assertThatThrownBy(() -> shipper().savingPerPeriod(-6).build())
        .hasMessage("savingPerPeriod must be finite and >= 0: -6.0");
    assertThatThrownBy(() -> shipper().rampUpLoss(Double.NaN).build())
        .hasMessage("rampUpLoss must be finite and >= 0: NaN");
    assertThatThrownBy(() -> shipper().horizonPeriods(0).build())
        .hasMessage("horizonPeriods must be > 0: 0");
    assertThatThrownBy(() -> shipper().discountRate(Double.POSITIVE_INFINITY).build())
        .hasMessage("discountRate must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> SwitchingCase.builder().horizonPeriods(1).discountRate(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("savingPerPeriod");
  }
}
