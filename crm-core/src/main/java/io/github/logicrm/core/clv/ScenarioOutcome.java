package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a retention scenario is worth: per customer, for the book, and per period for a book kept at its size.
 */
@Value.Immutable
@ValueStyle
public abstract class ScenarioOutcome {

  ScenarioOutcome() {}

  /**
   * Returns the scenario valued.
   *
   * @return the scenario, not null
   */
  public abstract RetentionScenario scenario();

  /**
   * Returns the infinite-horizon lifetime value of an active customer: present value of its margins less its
   * retention spend, without acquisition cost.
   *
   * @return the value in money, finite
   */
  public abstract double customerValue();

  /**
   * Returns what winning one new customer is worth: {@code customerValue - acquisitionCost}.
   *
   * @return the value in money, finite
   */
  public abstract double acquisitionValue();

  /**
   * Returns the customer equity of the book: {@code customers * customerValue}.
   *
   * @return the equity in money, finite
   */
  public abstract double equity();

  /**
   * Returns the profit per period of a book held at its size by winning a new customer for every one lost:
   * {@code customers * (margin - retentionSpend - (1 - retentionRate) * acquisitionCost)}.
   *
   * @return the profit per period in money, finite
   */
  public abstract double steadyStateProfit();

  /**
   * Returns the expected number of periods a customer stays, {@code 1 / (1 - retentionRate)}.
   *
   * @return the expected lifetime, finite and {@code >= 1}; empty for a retention rate of 1
   */
  public abstract OptionalDouble expectedLifetime();

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
    Checks.finite("customerValue", customerValue());
    Checks.finite("acquisitionValue", acquisitionValue());
    Checks.finite("equity", equity());
    Checks.finite("steadyStateProfit", steadyStateProfit());
    expectedLifetime().ifPresent(v -> Checks.finite("expectedLifetime", v));
  }

  /** Builds a {@link ScenarioOutcome}; every attribute but {@code expectedLifetime} is required. */
  public static final class Builder extends ImmutableScenarioOutcome.Builder {
    Builder() {}
  }
}
