package io.github.logicrm.core.retention;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.segmentation.ValueTier;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The advice on a win-back case: the decision, the most that may be spent on it, and the reasons.
 *
 * <p>A failed attempt still leaves the lost-state value, so the expected gain is {@code success probability x
 * (CLV if recovered - CLV if lost)}. The spend cap of an attempt is the gain, since spending more destroys value;
 * advice to let the customer go carries a spend cap of 0 and says why in its reasons.
 */
@Value.Immutable
@ValueStyle
public abstract class WinBackAdvice {

  WinBackAdvice() {}

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
   * Returns what to do.
   *
   * @return the decision, not null
   */
  public abstract WinBackDecision decision();

  /**
   * Returns the expected gain in lifetime value from an attempt, before its cost.
   *
   * @return {@code successProbability x (clvIfRecovered - clvIfLost)}, finite, may be negative
   */
  public abstract double expectedGain();

  /**
   * Returns the most that may be spent on winning the customer back.
   *
   * @return the expected gain when an attempt is advised, 0 when the decision is {@link WinBackDecision#LET_GO}
   */
  public abstract double spendCap();

  /**
   * Returns the let-go reasons that applied.
   *
   * @return the reasons, possibly empty
   */
  public abstract Set<LetGoReason> letGoReasons();

  /**
   * Returns the reasons for the decision, in words, in the order they were weighed.
   *
   * @return the reasons, at least one
   */
  public abstract List<String> reasons();

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
    Checks.finite("expectedGain", expectedGain());
    Checks.nonNegative("spendCap", spendCap());
    Checks.notEmpty("reasons", reasons());
    if (decision() == WinBackDecision.LET_GO && spendCap() != 0) {
      throw new IllegalArgumentException("spendCap must be 0 when the decision is LET_GO: " + spendCap());
    }
  }

  /** Builds a {@link WinBackAdvice}; every attribute is required. */
  public static final class Builder extends ImmutableWinBackAdvice.Builder {
    Builder() {}
  }
}
