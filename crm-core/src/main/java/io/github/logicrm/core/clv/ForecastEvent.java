package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One forecast event in a customer's future (a contract renewal, a seasonal peak, a tender, a service
 * upgrade) with the revenue and cost it brings and the chance that it happens: one line of the customer's
 * projected profit-and-loss account.
 */
@Value.Immutable
@ValueStyle
public abstract class ForecastEvent {

  ForecastEvent() {}

  /**
   * Returns the date the event's cash flows fall on.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns what the event is.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the revenue the event brings if it happens.
   *
   * @return the revenue in money, finite and {@code >= 0}
   */
  public abstract double revenue();

  /**
   * Returns the cost of serving the event if it happens.
   *
   * @return the cost in money, finite and {@code >= 0}
   */
  public abstract double cost();

  /**
   * Returns the probability that the event happens.
   *
   * @return the probability in [0, 1]; 1 by default
   */
  @Value.Default
  public double probability() {
    return 1;
  }

  /**
   * Obtains an event.
   *
   * @param date the date, not null
   * @param description what the event is, not blank
   * @param revenue the revenue if it happens, finite and {@code >= 0}
   * @param cost the cost if it happens, finite and {@code >= 0}
   * @param probability the probability it happens, in [0, 1]
   * @return the event
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ForecastEvent of(
      LocalDate date, String description, double revenue, double cost, double probability) {
    return builder().date(date).description(description).revenue(revenue).cost(cost).probability(probability)
        .build();
  }

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
    Checks.notBlank("description", description());
    Checks.nonNegative("revenue", revenue());
    Checks.nonNegative("cost", cost());
    Checks.probability("probability", probability());
  }

  /**
   * Builds a {@link ForecastEvent}; {@code date}, {@code description}, {@code revenue} and {@code cost} are
   * required.
   */
  public static final class Builder extends ImmutableForecastEvent.Builder {
    Builder() {}
  }
}
