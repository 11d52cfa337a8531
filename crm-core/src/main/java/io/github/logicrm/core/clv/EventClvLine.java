package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One line of a customer's discounted profit-and-loss account: a forecast event, its expected profit and what
 * that profit is worth at the valuation date.
 */
@Value.Immutable
@ValueStyle
public abstract class EventClvLine {

  EventClvLine() {}

  /**
   * Returns the forecast event.
   *
   * @return the event, not null
   */
  public abstract ForecastEvent event();

  /**
   * Returns the time from the valuation date to the event, in periods of the discount rate.
   *
   * @return the time, finite and {@code >= 0}
   */
  public abstract double periodsAhead();

  /**
   * Returns the discount factor {@code (1 + d)^-periodsAhead}.
   *
   * @return the factor, in (0, 1]
   */
  public abstract double discountFactor();

  /**
   * Returns the expected profit of the event, {@code probability * (revenue - cost)}.
   *
   * @return the expected profit in money, finite
   */
  public abstract double expectedProfit();

  /**
   * Returns the present value of the expected profit, {@code expectedProfit * discountFactor}.
   *
   * @return the present value in money, finite
   */
  public abstract double presentValue();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonNegative("periodsAhead", periodsAhead());
    if (!(discountFactor() > 0 && discountFactor() <= 1)) {
      throw new IllegalArgumentException("discountFactor must be in (0, 1]: " + discountFactor());
    }
    Checks.finite("expectedProfit", expectedProfit());
    Checks.finite("presentValue", presentValue());
  }

  /** Builds an {@link EventClvLine}; every attribute is required. */
  public static final class Builder extends ImmutableEventClvLine.Builder {
    Builder() {}
  }
}
