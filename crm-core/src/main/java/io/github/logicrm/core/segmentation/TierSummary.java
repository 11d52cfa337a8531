package io.github.logicrm.core.segmentation;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One tier of an ABC / Pareto analysis: how many customers it holds and how much of the book's value.
 *
 * <p>Shares are fractions of the book: customers of all customers, value of the sum of the positive values
 * (customers with zero or negative value bring none, so a tier holding loss-making customers can have a
 * value share below its positive part, or below zero).
 */
@Value.Immutable
@ValueStyle
public abstract class TierSummary {

  TierSummary() {}

  /**
   * Returns the tier.
   *
   * @return the tier, not null
   */
  public abstract ValueTier tier();

  /**
   * Returns the number of customers in the tier.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int customers();

  /**
   * Returns the tier's share of the book's customers.
   *
   * @return the share, in [0, 1]
   */
  public abstract double customerShare();

  /**
   * Returns the sum of the values of the tier's customers, in the unit of the value measure.
   *
   * @return the value, finite
   */
  public abstract double value();

  /**
   * Returns the tier's value over the sum of the book's positive values; 0 when the book has no positive value.
   *
   * @return the share, finite
   */
  public abstract double valueShare();

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
    Checks.nonNegative("customers", customers());
    Checks.probability("customerShare", customerShare());
    Checks.finite("value", value());
    Checks.finite("valueShare", valueShare());
  }

  /** Builds a {@link TierSummary}; every attribute is required. */
  public static final class Builder extends ImmutableTierSummary.Builder {
    Builder() {}
  }
}
