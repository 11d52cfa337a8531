package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A customer's lifetime value by event projection: the discounted profit-and-loss account of its forecast
 * events, line by line, with the totals.
 *
 * <p>The totals are derived from the lines: {@code clv() == sum of presentValue()} over {@link #lines()}.
 */
@Value.Immutable
@ValueStyle
public abstract class EventClvResult {

  EventClvResult() {}

  /**
   * Returns the date the events are discounted to.
   *
   * @return the valuation date, not null
   */
  public abstract LocalDate valuationDate();

  /**
   * Returns the discount rate applied.
   *
   * @return the rate, not null
   */
  public abstract DiscountRate discountRate();

  /**
   * Returns the account's lines, in date order (events on the same date in input order).
   *
   * @return the lines, possibly empty
   */
  public abstract List<EventClvLine> lines();

  /**
   * Returns the expected revenue, undiscounted: {@code sum probability * revenue}.
   *
   * @return the expected revenue in money
   */
  @Value.Derived
  public double expectedRevenue() {
    return lines().stream().mapToDouble(l -> l.event().probability() * l.event().revenue()).sum();
  }

  /**
   * Returns the expected cost, undiscounted: {@code sum probability * cost}.
   *
   * @return the expected cost in money
   */
  @Value.Derived
  public double expectedCost() {
    return lines().stream().mapToDouble(l -> l.event().probability() * l.event().cost()).sum();
  }

  /**
   * Returns the present value of the expected revenue.
   *
   * @return the discounted revenue in money
   */
  @Value.Derived
  public double revenueValue() {
    return lines().stream()
        .mapToDouble(l -> l.event().probability() * l.event().revenue() * l.discountFactor()).sum();
  }

  /**
   * Returns the present value of the expected cost.
   *
   * @return the discounted cost in money
   */
  @Value.Derived
  public double costValue() {
    return lines().stream()
        .mapToDouble(l -> l.event().probability() * l.event().cost() * l.discountFactor()).sum();
  }

  /**
   * Returns the lifetime value: the present value of the expected profit of every event.
   *
   * @return the lifetime value in money
   */
  @Value.Derived
  public double clv() {
    return lines().stream().mapToDouble(EventClvLine::presentValue).sum();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventClvResult}; {@code valuationDate} and {@code discountRate} are required. */
  public static final class Builder extends ImmutableEventClvResult.Builder {
    Builder() {}
  }
}
