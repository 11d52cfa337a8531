package io.github.logicrm.core.retention;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.segmentation.ValueTier;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A lost (or leaving) customer to decide about: its value tier, its lifetime value if won back and if lost, the
 * chance a win-back attempt succeeds, what the attempt would cost, and any reason to let it go.
 *
 * <p>Lifetime values come from a CLV model and are in the caller's currency; they may be negative (a customer who
 * costs more than it brings).
 */
@Value.Immutable
@ValueStyle
public abstract class WinBackCase {

  WinBackCase() {}

  /**
   * Returns the customer.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the customer's value tier.
   *
   * @return the tier, not null
   */
  public abstract ValueTier tier();

  /**
   * Returns the customer's expected lifetime value if won back.
   *
   * @return the CLV, finite
   */
  public abstract double clvIfRecovered();

  /**
   * Returns the customer's expected lifetime value if lost (residual business, usually 0).
   *
   * @return the CLV, finite
   */
  public abstract double clvIfLost();

  /**
   * Returns the probability that a win-back attempt succeeds.
   *
   * @return the probability, in [0, 1]
   */
  public abstract double successProbability();

  /**
   * Returns the estimated cost of the win-back attempt.
   *
   * @return the cost, finite and {@code >= 0}; empty when not estimated
   */
  public abstract OptionalDouble recoveryCost();

  /**
   * Returns the reasons known to let this customer go.
   *
   * @return the reasons, possibly empty
   */
  public abstract Set<LetGoReason> letGoReasons();

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
    Checks.finite("clvIfRecovered", clvIfRecovered());
    Checks.finite("clvIfLost", clvIfLost());
    Checks.probability("successProbability", successProbability());
    recoveryCost().ifPresent(c -> Checks.nonNegative("recoveryCost", c));
  }

  /**
   * Builds a {@link WinBackCase}; {@code customerId}, {@code tier}, both CLVs and {@code successProbability} are
   * required.
   */
  public static final class Builder extends ImmutableWinBackCase.Builder {
    Builder() {}
  }
}
