package io.github.logicrm.core.book;

import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import org.immutables.value.Value;

/**
 * One cell of the book's stage transition matrix: how many customers were in one lifecycle stage a year before the
 * as-of date and are in another (or the same) stage now.
 */
@Value.Immutable
@ValueStyle
public abstract class StageFlow {

  StageFlow() {}

  /**
   * Returns the stage a year before the as-of date.
   *
   * @return the earlier stage, not null
   */
  public abstract LifecycleStage from();

  /**
   * Returns the stage at the as-of date.
   *
   * @return the current stage, not null
   */
  public abstract LifecycleStage to();

  /**
   * Returns the number of customers who moved so.
   *
   * @return the count, {@code > 0}
   */
  public abstract int customers();

  /**
   * Obtains a cell.
   *
   * @param from earlier stage, not null
   * @param to current stage, not null
   * @param customers count, {@code > 0}
   * @return the cell
   */
  public static StageFlow of(LifecycleStage from, LifecycleStage to, int customers) {
    return builder().from(from).to(to).customers(customers).build();
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
    if (!(customers() > 0)) {
      throw new IllegalArgumentException("customers must be > 0: " + customers());
    }
  }

  /** Builds a {@link StageFlow}; every attribute is required. */
  public static final class Builder extends ImmutableStageFlow.Builder {
    Builder() {}
  }
}
