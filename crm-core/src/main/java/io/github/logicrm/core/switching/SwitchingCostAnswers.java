package io.github.logicrm.core.switching;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One customer's answers to a {@link SwitchingCostQuestionnaire}, keyed by item id.
 *
 * <p>An item the customer skipped is simply absent from {@link #answers()}. Whether each answer lies on its
 * item's scale is checked when the answers are scored against the questionnaire, since only the
 * questionnaire knows the scales.
 */
@Value.Immutable
@ValueStyle
public abstract class SwitchingCostAnswers {

  SwitchingCostAnswers() {}

  /**
   * Returns the customer who answered.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the answers by item id, in the order given; skipped items are absent.
   *
   * @return the answers, each finite
   */
  public abstract Map<String, Double> answers();

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
    answers().forEach((id, value) -> {
      Checks.notBlank("answers item id", id);
      Checks.finite("answers[" + id + "]", value);
    });
  }

  /** Builds {@link SwitchingCostAnswers}; {@code customerId} is required, answers may be empty. */
  public static final class Builder extends ImmutableSwitchingCostAnswers.Builder {
    Builder() {}
  }
}
