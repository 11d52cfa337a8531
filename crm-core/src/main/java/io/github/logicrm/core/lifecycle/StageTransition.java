package io.github.logicrm.core.lifecycle;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change of lifecycle stage in a customer's history: from which period on the customer is in a new stage.
 *
 * <p>The first transition of a history has no previous stage: it is the stage the customer entered with its
 * first order.
 */
@Value.Immutable
@ValueStyle
public abstract class StageTransition {

  StageTransition() {}

  /**
   * Returns the index (0-based, in the caller's periods) of the first period classified in the new stage.
   *
   * @return the period index, {@code >= 0}
   */
  public abstract int period();

  /**
   * Returns the stage before the transition.
   *
   * @return the previous stage, empty for the first stage of a history
   */
  public abstract Optional<LifecycleStage> from();

  /**
   * Returns the stage entered.
   *
   * @return the new stage, not null and different from {@link #from()}
   */
  public abstract LifecycleStage to();

  /**
   * Obtains a transition.
   *
   * @param period index of the first period in the new stage, {@code >= 0}
   * @param from previous stage, or null for the first stage of a history
   * @param to stage entered, not null
   * @return the transition
   * @throws IllegalArgumentException if {@code period} is negative or {@code from} equals {@code to}
   */
  public static StageTransition of(int period, LifecycleStage from, LifecycleStage to) {
    return builder().period(period).from(Optional.ofNullable(from)).to(to).build();
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
    Checks.nonNegative("period", period());
    if (from().isPresent() && from().get() == to()) {
      throw new IllegalArgumentException("stage transition must change the stage: " + to() + " to " + to());
    }
  }

  /** Builds a {@link StageTransition}; {@code period} and {@code to} are required. */
  public static final class Builder extends ImmutableStageTransition.Builder {
    Builder() {}
  }
}
