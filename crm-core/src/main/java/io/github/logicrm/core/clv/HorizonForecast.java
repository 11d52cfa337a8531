package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A customer's purchases and value over chosen calendar windows and over the whole future, from a purchase
 * model and an expected spend, with the settings that produced them.
 */
@Value.Immutable
@ValueStyle
public abstract class HorizonForecast {

  HorizonForecast() {}

  /**
   * Returns the probability that the customer is active at the end of the calibration period.
   *
   * @return the probability, in [0, 1]
   */
  public abstract double probabilityAlive();

  /**
   * Returns the discounted expected residual transactions (DERT): all future purchases, each discounted
   * continuously from its time at the rate equivalent to the discount rate per period.
   *
   * @return DERT, finite and {@code >= 0}
   */
  public abstract double discountedResidualTransactions();

  /**
   * Returns the residual lifetime value: margin times expected spend times DERT.
   *
   * @return the value in money, finite and {@code >= 0}
   */
  public abstract double residualValue();

  /**
   * Returns the forecast of each window asked for, in the order asked.
   *
   * @return the windows' forecasts, not null
   */
  public abstract List<WindowForecast> windows();

  /**
   * Returns the expected spend per purchase the values use.
   *
   * @return the spend, finite and {@code >= 0}
   */
  public abstract double expectedSpend();

  /**
   * Returns the profit margin per unit of spend the values use.
   *
   * @return the margin, in [0, 1]
   */
  public abstract double margin();

  /**
   * Returns the length of one calendar period in the data's time unit (52 / 12 for months of weekly data).
   *
   * @return the length, finite and {@code > 0}
   */
  public abstract double timeUnitsPerPeriod();

  /**
   * Returns the discount rate per calendar period.
   *
   * @return the rate, finite and {@code >= 0}
   */
  public abstract double discountRate();

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
    Checks.probability("probabilityAlive", probabilityAlive());
    Checks.nonNegative("discountedResidualTransactions", discountedResidualTransactions());
    Checks.nonNegative("residualValue", residualValue());
    Checks.nonNegative("expectedSpend", expectedSpend());
    Checks.probability("margin", margin());
    Checks.positive("timeUnitsPerPeriod", timeUnitsPerPeriod());
    Checks.nonNegative("discountRate", discountRate());
  }

  /** Builds a {@link HorizonForecast}; every attribute is required ({@code windows} may be empty). */
  public static final class Builder extends ImmutableHorizonForecast.Builder {
    Builder() {}
  }
}
