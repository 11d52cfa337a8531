package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.EventClvLine;
import io.github.logicrm.core.clv.EventClvResult;
import io.github.logicrm.core.clv.ForecastEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventClvTest {

  private static final LocalDate VALUATION = LocalDate.of(2026, 10, 31);

  @Test
  void weeklyAccountByHand() {
    // 1% a week; events 0, 2 and 10 weeks ahead.
    DiscountRate weekly = DiscountRate.of(0.01, CashFlowPeriod.WEEK);
    List<ForecastEvent> events = List.of(
        ForecastEvent.of(VALUATION.plusWeeks(10), "peak-season surcharge lanes", 50_000, 42_000, 0.5),
        ForecastEvent.of(VALUATION, "November line-haul", 120_000, 96_000, 1),
        ForecastEvent.of(VALUATION.plusWeeks(2), "warehouse re-slotting project", 30_000, 18_000, 0.8));
    EventClvResult account = EventClv.of(events, VALUATION, weekly);
    List<EventClvLine> lines = account.lines();
    assertThat(lines).extracting(l -> l.event().description())
        .containsExactly("November line-haul", "warehouse re-slotting project", "peak-season surcharge lanes");
    assertThat(lines).extracting(EventClvLine::periodsAhead).containsExactly(0.0, 2.0, 10.0);
    assertThat(lines.get(0).presentValue()).isCloseTo(24_000, within(1e-9));
    assertThat(lines.get(1).expectedProfit()).isCloseTo(9_600, within(1e-9));
    assertThat(lines.get(1).presentValue()).isCloseTo(9_600 / 1.0201, within(1e-9));
    assertThat(lines.get(2).discountFactor()).isCloseTo(Math.pow(1.01, -10), within(1e-15));
    assertThat(lines.get(2).presentValue()).isCloseTo(4_000 / Math.pow(1.01, 10), within(1e-9));
    assertThat(account.clv()).isCloseTo(24_000 + 9_600 / 1.0201 + 4_000 / Math.pow(1.01, 10), within(1e-9));
    assertThat(account.expectedRevenue()).isCloseTo(120_000 + 24_000 + 25_000, within(1e-9));
    assertThat(account.expectedCost()).isCloseTo(96_000 + 14_400 + 21_000, within(1e-9));
    assertThat(account.revenueValue() - account.costValue()).isCloseTo(account.clv(), within(1e-9));
  }

  @Test
  void yearlyRateUsesAverageYearLength() {
    ForecastEvent renewal = ForecastEvent.of(LocalDate.of(2027, 10, 31), "contract renewal", 1_000_000, 880_000, 0.7);
    EventClvResult account = EventClv.of(List.of(renewal), VALUATION, DiscountRate.yearly(0.08));
    double years = 365 / 365.2425;
    assertThat(account.lines().get(0).periodsAhead()).isCloseTo(years, within(1e-15));
    assertThat(account.clv()).isCloseTo(0.7 * 120_000 * Math.pow(1.08, -years), within(1e-6));
  }

  @Test
  void orderOfEventsDoesNotChangeTheValue() {
    List<ForecastEvent> events = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      events.add(ForecastEvent.of(VALUATION.plusMonths(i), "month " + i, 10_000 + 100 * i, 8_000, 0.9));
    }
    double forward = EventClv.of(events, VALUATION, DiscountRate.yearly(0.1)).clv();
    Collections.reverse(events);
    EventClvResult reversed = EventClv.of(events, VALUATION, DiscountRate.yearly(0.1));
    assertThat(reversed.clv()).isCloseTo(forward, within(1e-9));
    assertThat(reversed.lines().get(0).event().description()).isEqualTo("month 0");
  }

  @Test
  void emptyForecastIsWorthNothing() {
    assertThat(EventClv.of(List.of(), VALUATION, DiscountRate.yearly(0.1)).clv()).isZero();
  }

  @Test
  void eventBeforeValuationDateIsRejected() {
    List<ForecastEvent> events = List.of(
        ForecastEvent.of(VALUATION.plusDays(3), "ok", 1, 0, 1),
        ForecastEvent.of(VALUATION.minusDays(1), "late", 1, 0, 1));
    assertThatThrownBy(() -> EventClv.of(events, VALUATION, DiscountRate.yearly(0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events[1].date must not be before valuationDate 2026-10-31: 2026-10-30");
  }

  @Test
  void invalidEventsAreRejected() {
    assertThatThrownBy(() -> ForecastEvent.of(VALUATION, "x", 1, 0, 1.5))
        .hasMessage("probability must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> ForecastEvent.of(VALUATION, "x", -1, 0, 1))
        .hasMessage("revenue must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> ForecastEvent.of(VALUATION, " ", 1, 0, 1))
        .hasMessage("description must not be blank: ' '");
  }
}
