package io.github.logicrm.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.LetGoReason;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.core.segmentation.ValueTier;
import org.junit.jupiter.api.Test;

class WinBackAdvisorTest {

  private static final WinBackAdvisor ADVISOR = WinBackAdvisor.withDefaults();

  /** CLV 100,000 if won back with probability 0.5, 5,000 if lost: gain and cap 0.5 x (100,000 - 5,000) = 47,500. */
  private static WinBackCase.Builder lost(ValueTier tier) {
    return WinBackCase.builder().customerId(CustomerId.of("C-042")).tier(tier).clvIfRecovered(100_000)
        .successProbability(0.5).clvIfLost(5_000);
  }

  private static WinBackDecision decide(WinBackCase.Builder b) {
    return ADVISOR.advise(b.build()).decision();
  }

  @Test
  void keyCustomersAreSavedAtHighEffortUpToTheCap() {
    WinBackAdvice advice = ADVISOR.advise(lost(ValueTier.KEY).build());
    assertThat(advice.decision()).isEqualTo(WinBackDecision.SAVE_HIGH_EFFORT);
    assertThat(advice.expectedGain()).isEqualTo(47_500.0);
    assertThat(advice.spendCap()).isEqualTo(47_500.0);
    assertThat(advice.tier()).isEqualTo(ValueTier.KEY);
    assertThat(advice.reasons()).containsExactly(
        "expected gain 50% x (100,000.00 - 5,000.00) = 47,500.00 (book currency)",
        "key customer: save at high effort, spending up to the cap 47,500.00 (book currency)");
  }

  @Test
  void majorCustomersAreSaved() {
    assertThat(decide(lost(ValueTier.MAJOR))).isEqualTo(WinBackDecision.SAVE);
    assertThat(decide(lost(ValueTier.MAJOR).recoveryCost(47_500))).isEqualTo(WinBackDecision.SAVE);
  }

  @Test
  void ordinaryCustomersAreSavedOnlyWhenTheCostIsBelowTheGain() {
    assertThat(decide(lost(ValueTier.ORDINARY).recoveryCost(47_499.99))).isEqualTo(WinBackDecision.SAVE);
    assertThat(decide(lost(ValueTier.ORDINARY).recoveryCost(47_500))).isEqualTo(WinBackDecision.LET_GO);
    WinBackAdvice noEstimate = ADVISOR.advise(lost(ValueTier.ORDINARY).build());
    assertThat(noEstimate.decision()).isEqualTo(WinBackDecision.LET_GO);
    assertThat(noEstimate.reasons().get(1)).contains("there is no cost estimate");
  }

  @Test
  void smallCustomersAreMostlyLetGo() {
    assertThat(decide(lost(ValueTier.SMALL))).isEqualTo(WinBackDecision.LET_GO);
    assertThat(decide(lost(ValueTier.SMALL).recoveryCost(4_750))).isEqualTo(WinBackDecision.SAVE_LOW_EFFORT);
    assertThat(decide(lost(ValueTier.SMALL).recoveryCost(4_750.01))).isEqualTo(WinBackDecision.LET_GO);
    assertThat(ADVISOR.withSmallTierCostShare(0).advise(lost(ValueTier.SMALL).recoveryCost(0).build()).decision())
        .isEqualTo(WinBackDecision.SAVE_LOW_EFFORT);
    assertThat(ADVISOR.withSmallTierCostShare(0).advise(lost(ValueTier.SMALL).recoveryCost(1).build()).decision())
        .isEqualTo(WinBackDecision.LET_GO);
  }

  @Test
  void letGoReasonsOverrideTheTier() {
    for (LetGoReason reason : LetGoReason.values()) {
      WinBackAdvice advice = ADVISOR.advise(lost(ValueTier.KEY).addLetGoReasons(reason).build());
      assertThat(advice.decision()).isEqualTo(WinBackDecision.LET_GO);
      assertThat(advice.letGoReasons()).containsExactly(reason);
      assertThat(advice.reasons().get(1)).isEqualTo("let go whatever the tier: "
          + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      assertThat(advice.expectedGain()).isEqualTo(47_500.0);
      assertThat(advice.spendCap()).as("no spend on a customer let go").isZero();
    }
  }

  @Test
  void theCapBindsEveryTier() {
    WinBackAdvice overCap = ADVISOR.advise(lost(ValueTier.KEY).recoveryCost(47_500.01).build());
    assertThat(overCap.decision()).isEqualTo(WinBackDecision.LET_GO);
    assertThat(overCap.spendCap()).isZero();
    assertThat(overCap.reasons().get(1))
        .isEqualTo("let go: estimated recovery cost 47,500.01 above the most trying is worth, 47,500.00"
            + " (book currency)");
    WinBackAdvice noGain = ADVISOR.advise(lost(ValueTier.KEY).clvIfRecovered(3_000).build());
    assertThat(noGain.expectedGain()).isEqualTo(-1_000.0);
    assertThat(noGain.spendCap()).isZero();
    assertThat(noGain.decision()).isEqualTo(WinBackDecision.LET_GO);
    assertThat(noGain.reasons().get(1)).isEqualTo("let go: winning back gains nothing");
  }

  /**
   * A failed attempt still leaves the lost-state value, so trying is worth p x (recovered - lost): 0.3 x (100,000 -
   * 40,000) = 18,000. The earlier rule, recovered x p - lost = -10,000, let this customer go.
   */
  @Test
  void tryingIsWorthTheSuccessProbabilityTimesTheDifferenceInClv() {
    WinBackAdvice advice = ADVISOR.advise(WinBackCase.builder().customerId(CustomerId.of("C-100"))
        .tier(ValueTier.MAJOR).clvIfRecovered(100_000).clvIfLost(40_000).successProbability(0.3).build());
    assertThat(advice.expectedGain()).isCloseTo(18_000.0, within(1e-9));
    assertThat(advice.spendCap()).isCloseTo(18_000.0, within(1e-9));
    assertThat(advice.decision()).isEqualTo(WinBackDecision.SAVE);
  }

  @Test
  void letGoNeverComesWithASpendCap() {
    for (ValueTier tier : ValueTier.values()) {
      for (double cost : new double[] {0, 1_000, 30_000, 50_000}) {
        WinBackAdvice advice = ADVISOR.advise(lost(tier).recoveryCost(cost).build());
        if (advice.decision() == WinBackDecision.LET_GO) {
          assertThat(advice.spendCap()).as(tier + " " + cost).isZero();
          assertThat(advice.reasons()).as(tier + " " + cost).anyMatch(r -> r.startsWith("let go"));
        } else {
          assertThat(advice.spendCap()).as(tier + " " + cost).isEqualTo(advice.expectedGain());
        }
      }
    }
  }

  @Test
  void expectedGainIsSuccessProbabilityTimesTheDifferenceInClv() {
    assertThat(WinBackAdvisor.expectedGain(80_000, 0.25, 3_000)).isEqualTo(19_250.0);
    assertThatThrownBy(() -> WinBackAdvisor.expectedGain(1, 1.1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successProbability must be in [0.0, 1.0]: 1.1");
    assertThatThrownBy(() -> ADVISOR.withSmallTierCostShare(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smallTierCostShare must be in [0.0, 1.0]: 2.0");
  }

  /** Reasons are read by people: thousands separators, cents, the currency and shares as percentages. */
  @Test
  void reasonsFormatNumbersForPeople() {
    WinBackAdvice advice = ADVISOR.withSmallTierCostShare(0.125).advise(WinBackCase.builder()
        .customerId(CustomerId.of("C-7")).tier(ValueTier.SMALL).clvIfRecovered(1_234_567.891).clvIfLost(-2_500)
        .successProbability(0.3).recoveryCost(1_000).build());
    // 0.3 x (1,234,567.891 + 2,500) = 371,120.3673
    assertThat(advice.reasons()).containsExactly(
        "expected gain 30% x (1,234,567.89 - -2,500.00) = 371,120.37 (book currency)",
        "small customer: a low-effort attempt only, the estimated cost 1,000.00 is at most 12.5% of the gain"
            + " (book currency)");
    WinBackAdvice letGo = ADVISOR.advise(lost(ValueTier.KEY).addLetGoReasons(LetGoReason.NON_PAYING,
        LetGoReason.UNPROFITABLE).build());
    assertThat(letGo.reasons().get(1)).isEqualTo("let go whatever the tier: unprofitable, non-paying");
    assertThat(ADVISOR.advise(lost(ValueTier.SMALL).build()).reasons().get(1))
        .isEqualTo("let go: small customers are mostly let go (a low-effort attempt only when it costs at most 10%"
            + " of the gain)");
  }
}
