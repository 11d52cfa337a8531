package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.core.clv.TransitionEstimate;
import io.github.logicrm.core.clv.RetentionWhatIf;
import org.junit.jupiter.api.Test;

/** The numbers {@code docs/clv.md} quotes, checked against hand calculation. */
class ClvGuideTest {

  @Test
  void contractShipper() {
    // 1.2M * 1.1 / (1.1 - 0.8) - 0.5M = 4.4M - 0.5M
    assertThat(ClvGuide.contractShipper(Horizon.infinite(), TimingConvention.START_OF_PERIOD).clv())
        .isCloseTo(3_900_000, within(1e-6));
    // 1.2M / 0.3 - 0.5M
    assertThat(ClvGuide.contractShipper(Horizon.infinite(), TimingConvention.END_OF_PERIOD).clv())
        .isCloseTo(3_500_000, within(1e-6));
    // Five contract years: 1.2M * (1 - q^5) / (1 - q) - 0.5M with q = 0.8 / 1.1
    double q = 0.8 / 1.1;
    RetentionClvResult five = ClvGuide.contractShipper(Horizon.finite(5), TimingConvention.START_OF_PERIOD);
    assertThat(five.clv()).isCloseTo(1_200_000 * (1 - Math.pow(q, 5)) / (1 - q) - 500_000, within(1e-6));
    assertThat(five.expectedPeriods()).hasValueCloseTo((1 - Math.pow(0.8, 5)) / 0.2, within(1e-12));
  }

  @Test
  void growingShipper() {
    RetentionClvResult r = ClvGuide.growingShipper();
    // Year 0: 900k; from year 1 on: 1.2M * 0.8 / 1.1 / (1 - 0.8 * 1.04 / 1.1)
    double margins = 900_000 + 1_200_000 * (0.8 / 1.1) / (1 - 0.8 * 1.04 / 1.1);
    double spend = 30_000 * Math.pow(1.1, -0.5) / (1 - 0.8 / 1.1);
    assertThat(r.marginValue()).isCloseTo(margins, within(1e-6));
    assertThat(r.retentionSpendValue()).isCloseTo(spend, within(1e-6));
    assertThat(r.clv()).isCloseTo(margins - spend - 500_000, within(1e-6));
  }

  @Test
  void recencyModel() {
    double v = 1 / Math.pow(1.1, 0.25);
    // One quarter: just the rewards.
    assertThat(ClvGuide.recencyValues(Horizon.finite(1)).values())
        .containsExactly(115_000.0, -5_000.0, -5_000.0, -5_000.0, 0.0);
    // Two quarters from R4: -5,000 + v (0.1 * 115,000 + 0.9 * 0)
    assertThat(ClvGuide.recencyValues(Horizon.finite(2)).valueOf("R4")).isCloseTo(-5_000 + v * 11_500, within(1e-6));
    assertThat(ClvGuide.recencyValues(Horizon.infinite()).valueOf("R1")).isGreaterThan(
        ClvGuide.recencyValues(Horizon.finite(8)).valueOf("R1"));
  }

  @Test
  void estimate() {
    TransitionEstimate e = ClvGuide.estimateFromHistory();
    // Moves out of R1: R1->R1 x3, R1->R2 x4
    assertThat(e.counts().get(0)).containsExactly(3, 4, 0, 0, 0);
    assertThat(e.probabilities().get(0).get(0)).isCloseTo(3.0 / 7, within(1e-15));
  }

  @Test
  void fivePointsMoreRetention() {
    RetentionWhatIf w = ClvGuide.fivePointsMoreRetention();
    // Steady state: 200 * (300k - 20k - 0.20 * 140k) = 50.4M; at 85%: 200 * (280k - 21k) = 51.8M
    assertThat(w.base().steadyStateProfit()).isCloseTo(50_400_000, within(1e-3));
    assertThat(w.alternative().steadyStateProfit()).isCloseTo(51_800_000, within(1e-3));
  }

  @Test
  void bookAsArraysEqualsTheOneByOneValues() {
    // m (1 + d) / (1 + d - r) - acquisition: 1.2M x 1.1 / 0.3 - 0.5M, 300k x 1.1 / 0.4 - 100k, 80k x 1.1 / 0.6 - 20k
    assertThat(ClvGuide.bookAsArrays()).containsExactly(new double[] {3_900_000, 725_000, 80_000 * 1.1 / 0.6 - 20_000},
        within(1e-6));
    assertThat(ClvGuide.bookAsArrays()[0])
        .isCloseTo(ClvGuide.contractShipper(Horizon.infinite(), TimingConvention.START_OF_PERIOD).clv(), within(1e-6));
  }
}
