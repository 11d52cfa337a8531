package io.github.logicrm.core.switching;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The money figures of a shipper weighing a move from its current 3PL or carrier to a competitor.
 *
 * <p>All amounts are in the caller's currency and {@code >= 0}. Time is counted in periods of the caller's
 * choosing (years, quarters, months): {@link #rebateLossPerPeriod()}, {@link #creditTermsLossPerPeriod()} and
 * {@link #savingPerPeriod()} are per period, {@link #discountRate()} is per period and {@link #horizonPeriods()}
 * counts periods. Amounts not known are 0 by default, so a builder needs only what applies.
 *
 * <p>Timing convention used by the calculator: one-time costs, forfeited loyalty credits and the ramp-up loss
 * fall at the moment of switching (time 0, not discounted); per-period amounts fall at the end of each period
 * 1..horizon and are discounted at {@code (1 + discountRate)^-t}.
 */
@Value.Immutable
@ValueStyle
public abstract class SwitchingCase {

  SwitchingCase() {}

  /**
   * Returns the one-time cost of IT and EDI integration with the new provider (interfaces, testing).
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double integrationCost() {
    return 0;
  }

  /**
   * Returns the one-time cost of setup and onboarding: contract negotiation, site audits, process changes.
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double onboardingCost() {
    return 0;
  }

  /**
   * Returns the one-time cost of training staff on the new provider's portals and procedures.
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double trainingCost() {
    return 0;
  }

  /**
   * Returns the penalty for leaving the current contract early.
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double exitPenalty() {
    return 0;
  }

  /**
   * Returns the one-time cost of moving inventory from the current provider's warehouse to the new one.
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double inventoryTransferCost() {
    return 0;
  }

  /**
   * Returns the cost of running both providers in parallel during the changeover.
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double doubleRunningCost() {
    return 0;
  }

  /**
   * Returns the loyalty credits earned with the current provider that are forfeited on leaving.
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double forfeitedLoyaltyCredits() {
    return 0;
  }

  /**
   * Returns the volume rebate the current provider pays per period that the new one would not.
   *
   * @return the amount per period, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double rebateLossPerPeriod() {
    return 0;
  }

  /**
   * Returns the cost per period of worse credit terms at the new provider, e.g. annual spend x days of credit
   * lost / 365 x the shipper's cost of capital.
   *
   * @return the amount per period, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double creditTermsLossPerPeriod() {
    return 0;
  }

  /**
   * Returns the productivity lost while the new provider ramps up (delays, errors, extra handling).
   *
   * @return the amount, {@code >= 0}; 0 by default
   */
  @Value.Default
  public double rampUpLoss() {
    return 0;
  }

  /**
   * Returns the saving per period the competitor offers over the current provider.
   *
   * @return the amount per period, {@code >= 0}
   */
  public abstract double savingPerPeriod();

  /**
   * Returns the number of periods over which the saving is counted.
   *
   * @return the horizon, {@code > 0}
   */
  public abstract int horizonPeriods();

  /**
   * Returns the discount rate per period.
   *
   * @return the rate, finite and {@code >= 0}
   */
  public abstract double discountRate();

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
    Checks.nonNegative("integrationCost", integrationCost());
    Checks.nonNegative("onboardingCost", onboardingCost());
    Checks.nonNegative("trainingCost", trainingCost());
    Checks.nonNegative("exitPenalty", exitPenalty());
    Checks.nonNegative("inventoryTransferCost", inventoryTransferCost());
    Checks.nonNegative("doubleRunningCost", doubleRunningCost());
    Checks.nonNegative("forfeitedLoyaltyCredits", forfeitedLoyaltyCredits());
    Checks.nonNegative("rebateLossPerPeriod", rebateLossPerPeriod());
    Checks.nonNegative("creditTermsLossPerPeriod", creditTermsLossPerPeriod());
    Checks.nonNegative("rampUpLoss", rampUpLoss());
    Checks.nonNegative("savingPerPeriod", savingPerPeriod());
    Checks.positive("horizonPeriods", horizonPeriods());
    Checks.nonNegative("discountRate", discountRate());
  }

  /**
   * Builds a {@link SwitchingCase}; {@code savingPerPeriod}, {@code horizonPeriods} and {@code discountRate} are
   * required, every cost defaults to 0.
   */
  public static final class Builder extends ImmutableSwitchingCase.Builder {
    Builder() {}
  }
}
