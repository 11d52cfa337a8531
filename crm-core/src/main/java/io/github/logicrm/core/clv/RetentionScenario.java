package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The figures of a book of customers that retention economics turns on: size, margin, retention rate, what
 * keeping and what winning a customer costs, and the discount rate.
 *
 * <p>Two scenarios that differ in one figure (a retention rate five points higher, a cheaper acquisition
 * channel) are compared with the retention-economics calculator. Derive a variant with
 * {@code RetentionScenario.builder().from(base).retentionRate(0.85).build()}.
 */
@Value.Immutable
@ValueStyle
public abstract class RetentionScenario {

  RetentionScenario() {}

  /**
   * Returns the number of active customers in the book.
   *
   * @return the count, {@code > 0}
   */
  public abstract int customers();

  /**
   * Returns the length of one period of the figures below.
   *
   * @return the period, not null
   */
  public abstract CashFlowPeriod period();

  /**
   * Returns the margin per period of an active customer, before retention spend.
   *
   * @return the margin in money, finite
   */
  public abstract double margin();

  /**
   * Returns the probability that an active customer is still active next period.
   *
   * @return the retention rate, in [0, 1]
   */
  public abstract double retentionRate();

  /**
   * Returns the spend per period on each active customer to keep it: the cost of keeping a customer.
   *
   * @return the spend in money, finite and {@code >= 0}; 0 by default
   */
  @Value.Default
  public double retentionSpend() {
    return 0;
  }

  /**
   * Returns the cost of winning a new customer.
   *
   * @return the cost in money, finite and {@code >= 0}
   */
  public abstract double acquisitionCost();

  /**
   * Returns the discount rate, in any period; it is converted to {@link #period()}.
   *
   * @return the rate, not null
   */
  public abstract DiscountRate discountRate();

  /**
   * Returns when within a period the margin is received.
   *
   * @return the convention; {@link TimingConvention#START_OF_PERIOD} by default
   */
  @Value.Default
  public TimingConvention timing() {
    return TimingConvention.START_OF_PERIOD;
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
    Checks.positive("customers", customers());
    Checks.finite("margin", margin());
    Checks.probability("retentionRate", retentionRate());
    Checks.nonNegative("retentionSpend", retentionSpend());
    Checks.nonNegative("acquisitionCost", acquisitionCost());
  }

  /**
   * Builds a {@link RetentionScenario}; {@code customers}, {@code period}, {@code margin},
   * {@code retentionRate}, {@code acquisitionCost} and {@code discountRate} are required.
   */
  public static final class Builder extends ImmutableRetentionScenario.Builder {
    Builder() {}
  }
}
