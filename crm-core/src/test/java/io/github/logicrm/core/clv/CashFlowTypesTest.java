package io.github.logicrm.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CashFlowTypesTest {

  @Test
  void discountRateConvertsBetweenPeriods() {
    DiscountRate yearly = DiscountRate.yearly(0.1);
    DiscountRate monthly = yearly.per(CashFlowPeriod.MONTH);
    assertThat(monthly.period()).isEqualTo(CashFlowPeriod.MONTH);
    assertThat(Math.pow(1 + monthly.rate(), 12)).isCloseTo(1.1, within(1e-14));
    assertThat(monthly.per(CashFlowPeriod.YEAR).rate()).isCloseTo(0.1, within(1e-14));
    assertThat(yearly.per(CashFlowPeriod.YEAR)).isSameAs(yearly);
    assertThat(yearly.per(CashFlowPeriod.WEEK).rate()).isCloseTo(Math.pow(1.1, 7 / 365.2425) - 1, within(1e-15));
    assertThat(yearly.factor(2)).isCloseTo(1 / 1.21, within(1e-15));
    assertThat(CashFlowPeriod.MONTH.countIn(CashFlowPeriod.YEAR)).isCloseTo(12, within(1e-12));
  }

  @Test
  void discountRateRejectsNegativeAndNaN() {
    assertThatThrownBy(() -> DiscountRate.yearly(-0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discountRate must be finite and >= 0: -0.1");
    assertThatThrownBy(() -> DiscountRate.yearly(Double.NaN)).hasMessage("discountRate must be finite and >= 0: NaN");
  }

  @Test
  void horizonIsFiniteOrInfinite() {
    assertThat(Horizon.finite(5).periods()).hasValue(5);
    assertThat(Horizon.finite(5).isInfinite()).isFalse();
    assertThat(Horizon.infinite().isInfinite()).isTrue();
    assertThat(Horizon.builder().build()).isEqualTo(Horizon.infinite());
    assertThat(Horizon.infinite()).hasToString("infinite");
    assertThatThrownBy(() -> Horizon.finite(0)).hasMessage("horizon must be > 0: 0");
  }

  @Test
  void timingOffsets() {
    assertThat(TimingConvention.START_OF_PERIOD.offset()).isZero();
    assertThat(TimingConvention.END_OF_PERIOD.offset()).isEqualTo(1);
  }

  @Test
  void projectionCarriesTheLastEntriesOn() {
    CashFlowProjection p = CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(100, 200)
        .marginGrowth(0.1).addRetentionRates(0.5, 0.9).build();
    assertThat(p.margin(0)).isEqualTo(100);
    assertThat(p.margin(1)).isEqualTo(200);
    assertThat(p.margin(3)).isCloseTo(242, within(1e-9));
    assertThat(p.retention(0)).isEqualTo(0.5);
    assertThat(p.retention(7)).isEqualTo(0.9);
    assertThat(p.timing()).isEqualTo(TimingConvention.START_OF_PERIOD);
    assertThat(p.retentionSpendTiming()).isEqualTo(0.5);
    assertThatThrownBy(() -> p.margin(-1)).hasMessage("period must be >= 0: -1");
  }

  @Test
  void projectionRejectsBadEntriesWithTheirIndex() {
    assertThatThrownBy(() -> CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(1)
        .addRetentionRates(0.5, 1.5).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retentionRates[1] must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(1, Double.NaN)
        .addRetentionRates(0.5).build()).hasMessage("margins[1] must be finite: NaN");
    assertThatThrownBy(() -> CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addRetentionRates(0.5)
        .build()).hasMessage("margins must not be empty");
    assertThatThrownBy(() -> CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(1)
        .build()).hasMessage("retentionRates must not be empty");
    assertThatThrownBy(() -> CashFlowProjection.builder().from(CashFlowProjection.constant(CashFlowPeriod.YEAR, 1, 0.5))
        .marginGrowth(-1).build()).hasMessage("marginGrowth must be finite and > -1: -1.0");
    assertThatThrownBy(() -> CashFlowProjection.builder().from(CashFlowProjection.constant(CashFlowPeriod.YEAR, 1, 0.5))
        .retentionSpendTiming(1.5).build()).hasMessage("retentionSpendTiming must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> CashFlowProjection.builder().from(CashFlowProjection.constant(CashFlowPeriod.YEAR, 1, 0.5))
        .acquisitionCost(-3).build()).hasMessage("acquisitionCost must be finite and >= 0: -3.0");
  }
}
