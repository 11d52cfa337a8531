package io.github.logicrm.core.switching;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The money verdict on a {@link SwitchingCase}: what switching costs, component by component, against the
 * present value of the competitor's savings.
 *
 * <p>With annuity factor {@code A = sum_{t=1..H} (1 + r)^-t} ({@code = H} when {@code r = 0}):
 * <pre>
 * oneTimeCost    = integration + onboarding + training + exitPenalty + inventoryTransfer + doubleRunning
 * lostBenefits   = forfeitedLoyaltyCredits + A (rebateLossPerPeriod + creditTermsLossPerPeriod)
 * switchingCost  = oneTimeCost + lostBenefits + rampUpLoss
 * savingsValue   = A savingPerPeriod
 * netGain        = savingsValue - switchingCost
 * breakEvenSaving = switchingCost / A        (the saving per period at which netGain = 0)
 * switchingPays  = savingsValue &gt; switchingCost   (strictly; a tie does not pay)
 * </pre>
 */
@Value.Immutable
@ValueStyle
public abstract class MonetarySwitchingCost {

  MonetarySwitchingCost() {}

  /**
   * Returns the figures the verdict was computed from.
   *
   * @return the case, not null
   */
  public abstract SwitchingCase inputs();

  /**
   * Returns the annuity factor: the present value of 1 paid at the end of each period over the horizon.
   *
   * @return the factor, {@code > 0}
   */
  public abstract double annuityFactor();

  /**
   * Returns the sum of the one-time costs (integration, onboarding, training, exit penalty, inventory transfer,
   * double running).
   *
   * @return the amount, {@code >= 0}
   */
  public abstract double oneTimeCost();

  /**
   * Returns the present value of the rebates lost over the horizon.
   *
   * @return the amount, {@code >= 0}
   */
  public abstract double rebateLossValue();

  /**
   * Returns the present value of the cost of worse credit terms over the horizon.
   *
   * @return the amount, {@code >= 0}
   */
  public abstract double creditTermsLossValue();

  /**
   * Returns the lost benefits: forfeited loyalty credits plus the present values of lost rebates and credit
   * terms.
   *
   * @return the amount, {@code >= 0}
   */
  public abstract double lostBenefits();

  /**
   * Returns the total switching cost: one-time costs, lost benefits and the ramp-up loss.
   *
   * @return the amount, {@code >= 0}
   */
  public abstract double switchingCost();

  /**
   * Returns the present value of the competitor's savings over the horizon.
   *
   * @return the amount, {@code >= 0}
   */
  public abstract double savingsValue();

  /**
   * Returns the savings value minus the switching cost; negative when staying pays.
   *
   * @return the net gain of switching
   */
  public abstract double netGain();

  /**
   * Returns the saving per period at which switching breaks even.
   *
   * @return the break-even saving per period, {@code >= 0}
   */
  public abstract double breakEvenSaving();

  /**
   * Tells whether switching pays: the savings value strictly exceeds the switching cost.
   *
   * @return the verdict
   */
  public abstract boolean switchingPays();

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
    Checks.positive("annuityFactor", annuityFactor());
    Checks.nonNegative("oneTimeCost", oneTimeCost());
    Checks.nonNegative("rebateLossValue", rebateLossValue());
    Checks.nonNegative("creditTermsLossValue", creditTermsLossValue());
    Checks.nonNegative("lostBenefits", lostBenefits());
    Checks.nonNegative("switchingCost", switchingCost());
    Checks.nonNegative("savingsValue", savingsValue());
    Checks.finite("netGain", netGain());
    Checks.nonNegative("breakEvenSaving", breakEvenSaving());
    if (switchingPays() != (savingsValue() > switchingCost())) {
      throw new IllegalArgumentException("switchingPays must equal savingsValue " + savingsValue()
          + " > switchingCost " + switchingCost() + ": " + switchingPays());
    }
  }

  /** Builds a {@link MonetarySwitchingCost}; every attribute is required. */
  public static final class Builder extends ImmutableMonetarySwitchingCost.Builder {
    Builder() {}
  }
}
