package io.github.logicrm.core.retention;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One evaluated early-warning signal: what was measured, how strong it is and what it added to the risk score.
 *
 * <p>The strength is {@code min(1, measured / fullAt)}: 0 when nothing is wrong, 1 at or beyond the level the
 * configuration calls full concern. The signal fired when its strength reached the configured firing level.
 */
@Value.Immutable
@ValueStyle
public abstract class ChurnSignal {

  ChurnSignal() {}

  /**
   * Returns which signal this is.
   *
   * @return the kind, not null
   */
  public abstract ChurnSignalKind kind();

  /**
   * Returns the measured value, in the unit {@link ChurnSignalKind} names for the kind.
   *
   * @return the measure, finite and {@code >= 0}
   */
  public abstract double measured();

  /**
   * Returns the measure at which the signal is at full strength.
   *
   * @return the full-concern level, finite and {@code > 0}
   */
  public abstract double fullAt();

  /**
   * Returns the signal's strength.
   *
   * @return {@code min(1, measured / fullAt)}, in [0, 1]
   */
  public abstract double strength();

  /**
   * Returns the signal's weight in the score.
   *
   * @return the weight, finite and {@code >= 0}
   */
  public abstract double weight();

  /**
   * Returns how many points of the 0-100 score the signal contributed.
   *
   * @return the contribution, in [0, 100]
   */
  public abstract double points();

  /**
   * Tells whether the signal fired: its strength reached the firing level.
   *
   * @return true if it fired
   */
  public abstract boolean fired();

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
    Checks.nonNegative("measured", measured());
    Checks.positive("fullAt", fullAt());
    Checks.probability("strength", strength());
    Checks.nonNegative("weight", weight());
    Checks.inClosedRange("points", points(), 0, 100);
  }

  /** Builds a {@link ChurnSignal}; every attribute is required. */
  public static final class Builder extends ImmutableChurnSignal.Builder {
    Builder() {}
  }
}
