package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The lifetime value of a customer under a migration model, for each state it may start in.
 *
 * <p>With {@code P} the transition matrix, {@code R} the rewards and {@code d} the discount rate per period,
 * Pfeifer and Carraway's value is {@code V_T = sum_{t=0..T-1} (P / (1 + d))^t R} over a finite horizon of
 * {@code T} periods and {@code V = (I - P / (1 + d))^-1 R} over the infinite horizon; with cash at the end of
 * the period both are divided by {@code (1 + d)} once more.
 */
@Value.Immutable
@ValueStyle
public abstract class MigrationClvResult {

  MigrationClvResult() {}

  /**
   * Returns the state names, in the order of {@link #values()}.
   *
   * @return the states, not empty
   */
  public abstract List<String> states();

  /**
   * Returns the lifetime value of a customer starting in each state.
   *
   * @return one finite value per state, in money
   */
  public abstract List<Double> values();

  /**
   * Returns the horizon the values count.
   *
   * @return the horizon, not null
   */
  public abstract Horizon horizon();

  /**
   * Returns the discount rate applied, converted to the model's period.
   *
   * @return the rate per period of the chain, not null
   */
  public abstract DiscountRate discountRate();

  /**
   * Returns the value of a customer starting in a state.
   *
   * @param state the state name, not null
   * @return its lifetime value
   * @throws IllegalArgumentException if there is no such state
   */
  public double valueOf(String state) {
    int i = states().indexOf(state);
    if (i < 0) {
      throw new IllegalArgumentException("state must be one of " + states() + ": '" + state + "'");
    }
    return values().get(i);
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
    Checks.notEmpty("states", states());
    Checks.sameLength("values", values().size(), "states", states().size());
    for (int i = 0; i < values().size(); i++) {
      Checks.finite("values", i, values().get(i));
    }
  }

  /** Builds a {@link MigrationClvResult}; every attribute is required. */
  public static final class Builder extends ImmutableMigrationClvResult.Builder {
    Builder() {}
  }
}
