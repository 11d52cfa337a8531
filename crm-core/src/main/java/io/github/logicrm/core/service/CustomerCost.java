package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Total customer cost (Kotler): what the customer gives up to get the service, in four parts valued in the same
 * money unit as {@link CustomerValue}: money paid, time spent, energy (effort) spent, and psychic cost (worry,
 * frustration).
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerCost {

  CustomerCost() {}

  /**
   * Returns the money paid: freight, fees, surcharges.
   *
   * @return the cost, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double monetary();

  /**
   * Returns the customer's time spent, valued in money: booking, waiting, chasing.
   *
   * @return the cost, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double time();

  /**
   * Returns the customer's effort spent, valued in money: paperwork, claims, coordination.
   *
   * @return the cost, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double energy();

  /**
   * Returns the psychic cost, valued in money: worry about late or damaged goods, frustration.
   *
   * @return the cost, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double psychic();

  /**
   * Returns the total customer cost.
   *
   * @return monetary + time + energy + psychic
   */
  public double total() {
    return monetary() + time() + energy() + psychic();
  }

  /**
   * Obtains a total customer cost from its parts.
   *
   * @param monetary money paid, {@code >= 0}
   * @param time time spent, {@code >= 0}
   * @param energy effort spent, {@code >= 0}
   * @param psychic psychic cost, {@code >= 0}
   * @return the cost
   * @throws IllegalArgumentException if a part is negative or not finite
   */
  public static CustomerCost of(double monetary, double time, double energy, double psychic) {
    return ImmutableCustomerCost.of(monetary, time, energy, psychic);
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
    Checks.nonNegative("monetary", monetary());
    Checks.nonNegative("time", time());
    Checks.nonNegative("energy", energy());
    Checks.nonNegative("psychic", psychic());
  }

  /** Builds a {@link CustomerCost}; every part is required. */
  public static final class Builder extends ImmutableCustomerCost.Builder {
    Builder() {}
  }
}
