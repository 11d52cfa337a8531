package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.RetentionScenario;
import io.github.logicrm.core.clv.RetentionWhatIf;
import io.github.logicrm.core.clv.ScenarioOutcome;
import org.junit.jupiter.api.Test;

class RetentionEconomicsTest {

  /** 1,000 contract shippers, margin 1,000 a year, 80% retention, keeping one costs 100 a year, winning one 700. */
  static RetentionScenario base() {
    return RetentionScenario.builder().customers(1000).period(CashFlowPeriod.YEAR).margin(1000)
        .retentionRate(0.8).retentionSpend(100).acquisitionCost(700).discountRate(DiscountRate.yearly(0.1))
        .build();
  }

  @Test
  void scenarioByHand() {
    ScenarioOutcome o = RetentionEconomics.value(base());
    // 1000 * 1.1 / 0.3 - 100 * 1.1^-0.5 / (1 - 0.8 / 1.1)
    double customerValue = 1000 * 1.1 / 0.3 - 100 * Math.pow(1.1, -0.5) / (1 - 0.8 / 1.1);
    assertThat(o.customerValue()).isCloseTo(customerValue, within(1e-9));
    assertThat(o.customerValue()).isCloseTo(3317.0637172766, within(1e-9));
    assertThat(o.acquisitionValue()).isCloseTo(customerValue - 700, within(1e-9));
    assertThat(o.equity()).isCloseTo(1000 * customerValue, within(1e-6));
    // 1000 * (1000 - 100 - 0.2 * 700)
    assertThat(o.steadyStateProfit()).isCloseTo(760_000, within(1e-6));
    assertThat(o.expectedLifetime()).hasValueCloseTo(5.0, within(1e-12));
  }

  @Test
  void fivePointsMoreRetention() {
    RetentionScenario better = RetentionScenario.builder().from(base()).retentionRate(0.85).build();
    RetentionWhatIf w = RetentionEconomics.compare(base(), better);
    // Steady state: 1000 * (900 - 0.15 * 700) = 795,000, up 35,000.
    assertThat(w.profitChange()).isCloseTo(35_000, within(1e-6));
    assertThat(w.relativeProfitChange()).hasValueCloseTo(35_000.0 / 760_000, within(1e-12));
    double better85 = 1000 * 1.1 / 0.25 - 100 * Math.pow(1.1, -0.5) / (1 - 0.85 / 1.1);
    double base80 = 1000 * 1.1 / 0.3 - 100 * Math.pow(1.1, -0.5) / (1 - 0.8 / 1.1);
    assertThat(w.equityChange()).isCloseTo(1000 * (better85 - base80), within(1e-6));
    assertThat(w.relativeEquityChange().getAsDouble()).isCloseTo((better85 - base80) / base80, within(1e-12));
  }

  @Test
  void cheaperAcquisitionChangesProfitButNotEquity() {
    RetentionScenario cheaper = RetentionScenario.builder().from(base()).acquisitionCost(400).build();
    RetentionWhatIf w = RetentionEconomics.compare(base(), cheaper);
    assertThat(w.equityChange()).isZero();
    assertThat(w.profitChange()).isCloseTo(1000 * 0.2 * 300, within(1e-6));
    assertThat(w.alternative().acquisitionValue() - w.base().acquisitionValue()).isCloseTo(300, within(1e-9));
  }

  @Test
  void zeroBaseHasNoRelativeChange() {
    RetentionScenario zero = RetentionScenario.builder().from(base()).retentionRate(0.5).margin(450).build();
    RetentionWhatIf w = RetentionEconomics.compare(zero, base());
    assertThat(w.base().steadyStateProfit()).isZero();
    assertThat(w.relativeProfitChange()).isEmpty();
  }

  @Test
  void invalidScenariosAreRejected() {
    assertThatThrownBy(() -> RetentionScenario.builder().from(base()).retentionRate(1.05).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("retentionRate must be in [0.0, 1.0]: 1.05");
    assertThatThrownBy(() -> RetentionScenario.builder().from(base()).customers(0).build())
        .hasMessage("customers must be > 0: 0");
    assertThatThrownBy(() -> RetentionScenario.builder().from(base()).acquisitionCost(-1).build())
        .hasMessage("acquisitionCost must be finite and >= 0: -1.0");
    RetentionScenario forever = RetentionScenario.builder().from(base()).retentionRate(1)
        .discountRate(DiscountRate.yearly(0)).build();
    assertThatThrownBy(() -> RetentionEconomics.value(forever))
        .hasMessage("the infinite-horizon margin sum diverges: retention * (1 + marginGrowth) 1.0 must be < "
            + "1 + discountRate 1.0");
  }
}
