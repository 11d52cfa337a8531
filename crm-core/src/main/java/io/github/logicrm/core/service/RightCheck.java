package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/** The verdict on one of the 7R for one shipment, with the reason in words. */
@Value.Immutable
@ValueStyle
public abstract class RightCheck {

  RightCheck() {}

  /**
   * Returns which right was checked.
   *
   * @return the right, not null
   */
  @Value.Parameter
  public abstract ServiceRight right();

  /**
   * Tells whether the shipment got this right.
   *
   * @return true if it passed
   */
  @Value.Parameter
  public abstract boolean passed();

  /**
   * Returns why it passed or failed, e.g. {@code "lines[1] (SKU-7): 1.0 short of 10.0"}.
   *
   * @return the reason, not blank
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Obtains a verdict.
   *
   * @param right the right checked, not null
   * @param passed whether it passed
   * @param reason why, not blank
   * @return the verdict
   */
  public static RightCheck of(ServiceRight right, boolean passed, String reason) {
    return ImmutableRightCheck.of(right, passed, reason);
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
    Checks.notBlank("reason", reason());
  }

  /** Builds a {@link RightCheck}; every attribute is required. */
  public static final class Builder extends ImmutableRightCheck.Builder {
    Builder() {}
  }
}
