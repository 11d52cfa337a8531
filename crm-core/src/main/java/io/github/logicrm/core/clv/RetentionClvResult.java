package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The retention ("lost for good") lifetime value of a customer, with the parts it is made of.
 *
 * <p>{@code clv = marginValue - retentionSpendValue - acquisitionCost}: the present value of the expected
 * margins, less the present value of the expected retention spend, less the acquisition cost.
 */
@Value.Immutable
@ValueStyle
public abstract class RetentionClvResult {

  RetentionClvResult() {}

  /**
   * Returns the lifetime value net of retention spend and acquisition cost.
   *
   * @return the lifetime value in money, finite
   */
  public abstract double clv();

  /**
   * Returns the present value of the expected margins.
   *
   * @return the value in money, finite
   */
  public abstract double marginValue();

  /**
   * Returns the present value of the expected retention spend.
   *
   * @return the value in money, finite and {@code >= 0}
   */
  public abstract double retentionSpendValue();

  /**
   * Returns the acquisition cost subtracted.
   *
   * @return the cost in money, finite and {@code >= 0}
   */
  public abstract double acquisitionCost();

  /**
   * Returns the expected number of periods the customer is active within the horizon, undiscounted.
   *
   * @return the expected lifetime in periods, finite and {@code >= 1}; empty when it is unbounded (a retention
   *     rate of 1 for ever over an infinite horizon)
   */
  public abstract OptionalDouble expectedPeriods();

  /**
   * Returns the horizon the value counts.
   *
   * @return the horizon, not null
   */
  public abstract Horizon horizon();

  /**
   * Returns the discount rate applied, converted to the projection's period.
   *
   * @return the rate per projection period, not null
   */
  public abstract DiscountRate discountRate();

  /**
   * Returns when within a period the margins were taken to arrive.
   *
   * @return the timing convention, not null
   */
  public abstract TimingConvention timing();

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
    Checks.finite("clv", clv());
    Checks.finite("marginValue", marginValue());
    Checks.nonNegative("retentionSpendValue", retentionSpendValue());
    Checks.nonNegative("acquisitionCost", acquisitionCost());
    expectedPeriods().ifPresent(RetentionClvResult::checkPeriods);
  }

  private static void checkPeriods(double periods) {
    if (!(periods >= 1 && periods < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("expectedPeriods must be finite and >= 1: " + periods);
    }
  }

  /** Builds a {@link RetentionClvResult}; every attribute but {@code expectedPeriods} is required. */
  public static final class Builder extends ImmutableRetentionClvResult.Builder {
    Builder() {}
  }
}
