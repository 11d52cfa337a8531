package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A retention-economics what-if: a base scenario and an alternative valued side by side, with the changes in
 * equity and profit.
 */
@Value.Immutable
@ValueStyle
public abstract class RetentionWhatIf {

  RetentionWhatIf() {}

  /**
   * Returns the outcome of the base scenario.
   *
   * @return the base, not null
   */
  public abstract ScenarioOutcome base();

  /**
   * Returns the outcome of the alternative scenario.
   *
   * @return the alternative, not null
   */
  public abstract ScenarioOutcome alternative();

  /**
   * Returns the change in customer equity, alternative less base.
   *
   * @return the change in money
   */
  @Value.Derived
  public double equityChange() {
    return alternative().equity() - base().equity();
  }

  /**
   * Returns the change in steady-state profit per period, alternative less base.
   *
   * @return the change in money per period
   */
  @Value.Derived
  public double profitChange() {
    return alternative().steadyStateProfit() - base().steadyStateProfit();
  }

  /**
   * Returns the change in equity relative to the base equity.
   *
   * @return {@code equityChange / |base equity|}; empty when the base equity is 0
   */
  public OptionalDouble relativeEquityChange() {
    return relative(equityChange(), base().equity());
  }

  /**
   * Returns the change in steady-state profit relative to the base profit.
   *
   * @return {@code profitChange / |base profit|}; empty when the base profit is 0
   */
  public OptionalDouble relativeProfitChange() {
    return relative(profitChange(), base().steadyStateProfit());
  }

  private static OptionalDouble relative(double change, double base) {
    return base == 0 ? OptionalDouble.empty() : OptionalDouble.of(change / Math.abs(base));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetentionWhatIf}; both outcomes are required. */
  public static final class Builder extends ImmutableRetentionWhatIf.Builder {
    Builder() {}
  }
}
