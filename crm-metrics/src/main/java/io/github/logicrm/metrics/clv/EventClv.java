package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.EventClvLine;
import io.github.logicrm.core.clv.EventClvResult;
import io.github.logicrm.core.clv.ForecastEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Customer lifetime value by event projection: a profit-and-loss account of one customer's forecast events,
 * each line's expected profit discounted to the valuation date.
 *
 * <p>An event on date {@code D} lies {@code t = days(valuationDate, D) / averageDays(rate period)} periods
 * ahead and is discounted by {@code (1 + d)^-t}; its expected profit is
 * {@code probability * (revenue - cost)}. The lifetime value is the sum of the discounted expected profits.
 * The more detailed the customer's event record, the more precise the account; the precision of the forecast
 * itself is the caller's.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventClv {

  private EventClv() {}

  /**
   * Builds a customer's discounted profit-and-loss account.
   *
   * @param events the forecast events, in any order, not null; may be empty
   * @param valuationDate the date to discount to, not null
   * @param rate the discount rate; its period sets the unit of time, not null
   * @return the account, lines in date order
   * @throws IllegalArgumentException if an event falls before the valuation date (the message names its
   *     index)
   */
  public static EventClvResult of(List<ForecastEvent> events, LocalDate valuationDate, DiscountRate rate) {
    Objects.requireNonNull(valuationDate, "valuationDate");
    double daysPerPeriod = rate.period().averageDays();
    List<EventClvLine> lines = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      ForecastEvent event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      if (event.date().isBefore(valuationDate)) {
        throw new IllegalArgumentException("events[" + i + "].date must not be before valuationDate "
            + valuationDate + ": " + event.date());
      }
      double periods = ChronoUnit.DAYS.between(valuationDate, event.date()) / daysPerPeriod;
      double factor = rate.factor(periods);
      double profit = event.probability() * (event.revenue() - event.cost());
      lines.add(EventClvLine.builder().event(event).periodsAhead(periods).discountFactor(factor)
          .expectedProfit(profit).presentValue(profit * factor).build());
    }
    lines.sort(Comparator.comparing(l -> l.event().date()));
    return EventClvResult.builder().valuationDate(valuationDate).discountRate(rate).lines(lines).build();
  }
}
