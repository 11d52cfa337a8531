package io.github.logicrm.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.LetGoReason;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.core.segmentation.ValueTier;
import org.junit.jupiter.api.Test;

class WinBackAdvisorTest {

  private static final WinBackAdvisor ADVISOR = WinBackAdvisor.withDefaults();

  /** CLV 100,000 if won back with probability 0.5, 5,000 if lost: gain and cap 45,000. */
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
    assertThat(advice.expectedGain()).isEqualTo(45_000.0);
    assertThat(advice.spendCap()).isEqualTo(45_000.0);
    assertThat(advice.tier()).isEqualTo(ValueTier.KEY);
    assertThat(advice.reasons()).containsExactly(
        "expected gain 100000.00 x 0.5 - 5000.00 = 45000.00; spend cap 45000.00",
        "key customer: save at high effort, spending up to the cap");
  }

  @Test
  void majorCustomersAreSaved() {
    assertThat(decide(lost(ValueTier.MAJOR))).isEqualTo(WinBackDecision.SAVE);
    assertThat(decide(lost(ValueTier.MAJOR).recoveryCost(45_000))).isEqualTo(WinBackDecision.SAVE);
  }

  @Test
  void ordinaryCustomersAreSavedOnlyWhenTheCostIsBelowTheGain() {
    assertThat(decide(lost(ValueTier.ORDINARY).recoveryCost(44_999.99))).isEqualTo(WinBackDecision.SAVE);
    assertThat(decide(lost(ValueTier.ORDINARY).recoveryCost(45_000))).isEqualTo(WinBackDecision.LET_GO);
    WinBackAdvice noEstimate = ADVISOR.advise(lost(ValueTier.ORDINARY).build());
    assertThat(noEstimate.decision()).isEqualTo(WinBackDecision.LET_GO);
    assertThat(noEstimate.reasons().get(1)).contains("there is no cost estimate");
  }

  @Test
  void smallCustomersAreMostlyLetGo() {
    assertThat(decide(lost(ValueTier.SMALL))).isEqualTo(WinBackDecision.LET_GO);
    assertThat(decide(lost(ValueTier.SMALL).recoveryCost(4_500))).isEqualTo(WinBackDecision.SAVE_LOW_EFFORT);
    assertThat(decide(lost(ValueTier.SMALL).recoveryCost(4_500.01))).isEqualTo(WinBackDecision.LET_GO);
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
      assertThat(advice.reasons().get(1)).isEqualTo("let go whatever the tier: [" + reason + "]");
      assertThat(advice.spendCap()).isEqualTo(45_000.0);
    }
  }

  @Test
  void theCapBindsEveryTier() {
    WinBackAdvice overCap = ADVISOR.advise(lost(ValueTier.KEY).recoveryCost(45_000.01).build());
    assertThat(overCap.decision()).isEqualTo(WinBackDecision.LET_GO);
    assertThat(overCap.reasons().get(1)).isEqualTo("let go: estimated recovery cost 45000.01 above the spend cap");
    WinBackAdvice noGain = ADVISOR.advise(lost(ValueTier.KEY).clvIfRecovered(8_000).build());
    assertThat(noGain.expectedGain()).isEqualTo(-1_000.0);
    assertThat(noGain.spendCap()).isZero();
    assertThat(noGain.decision()).isEqualTo(WinBackDecision.LET_GO);
    assertThat(noGain.reasons().get(1)).isEqualTo("let go: winning back gains nothing");
  }

  @Test
  void expectedGainIsClvRecoveredTimesSuccessMinusClvLost() {
    assertThat(WinBackAdvisor.expectedGain(80_000, 0.25, 3_000)).isEqualTo(17_000.0);
    assertThatThrownBy(() -> WinBackAdvisor.expectedGain(1, 1.1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successProbability must be in [0.0, 1.0]: 1.1");
    assertThatThrownBy(() -> ADVISOR.withSmallTierCostShare(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smallTierCostShare must be in [0.0, 1.0]: 2.0");
  }
}
