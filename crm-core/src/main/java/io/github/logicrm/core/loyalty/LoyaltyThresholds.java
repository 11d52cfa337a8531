package io.github.logicrm.core.loyalty;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The cut-offs the loyalty classifications apply to a {@link LoyaltyProfile}. Every comparison is "at or
 * above the threshold is high" ({@code >=}), except the alternatives count ({@code viableAlternatives <=
 * monopolyAlternatives} means no choice), dissatisfaction ({@code satisfaction < dissatisfiedBelow}) and the
 * down-slide ({@code shareOfWalletChange <= -downslideDrop}).
 *
 * <p>The defaults are starting points for a logistics book, not published constants; calibrate them on your
 * own customers.
 */
@Value.Immutable
@ValueStyle
public abstract class LoyaltyThresholds {

  LoyaltyThresholds() {}

  /**
   * Returns the attachment (0-100) at and above which attachment, or relative attitude, is high.
   *
   * @return the threshold in [0, 100]; 60 by default
   */
  @Value.Default
  public double highAttachment() {
    return 60;
  }

  /**
   * Returns the repeat purchase rate at and above which repeat purchase, or loyalty, is high.
   *
   * @return the threshold in [0, 1]; 0.6 by default
   */
  @Value.Default
  public double highRepeatRate() {
    return 0.6;
  }

  /**
   * Returns the promotion share at and above which repeat buying counts as driven by incentives.
   *
   * @return the threshold in [0, 1]; 0.5 by default (most purchases made under an offer)
   */
  @Value.Default
  public double promotionDriven() {
    return 0.5;
  }

  /**
   * Returns the price sensitivity (0-100) at and above which a customer counts as price sensitive.
   *
   * @return the threshold in [0, 100]; 60 by default
   */
  @Value.Default
  public double priceSensitive() {
    return 60;
  }

  /**
   * Returns the largest number of viable alternatives that still counts as having no choice.
   *
   * @return the count, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int monopolyAlternatives() {
    return 0;
  }

  /**
   * Returns the satisfaction (0-100) at and above which a customer counts as satisfied. 75 is a 4 on a 1-5
   * scale rescaled to 0-100.
   *
   * @return the threshold in [0, 100]; 75 by default
   */
  @Value.Default
  public double satisfied() {
    return 75;
  }

  /**
   * Returns the satisfaction (0-100) below which a down-sliding customer counts as dissatisfied (McKinsey).
   *
   * @return the threshold in [0, 100]; 50 by default (below the middle of the scale)
   */
  @Value.Default
  public double dissatisfiedBelow() {
    return 50;
  }

  /**
   * Returns the fall in share of wallet at and beyond which a customer is down-sliding.
   *
   * @return the drop, in (0, 1]; 0.05 by default (five points of share of wallet)
   */
  @Value.Default
  public double downslideDrop() {
    return 0.05;
  }

  /**
   * Returns the default thresholds.
   *
   * @return thresholds with every default
   */
  public static LoyaltyThresholds defaults() {
    return builder().build();
  }

  /**
   * Starts a builder with every default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.inClosedRange("highAttachment", highAttachment(), 0, 100);
    Checks.probability("highRepeatRate", highRepeatRate());
    Checks.probability("promotionDriven", promotionDriven());
    Checks.inClosedRange("priceSensitive", priceSensitive(), 0, 100);
    Checks.nonNegative("monopolyAlternatives", monopolyAlternatives());
    Checks.inClosedRange("satisfied", satisfied(), 0, 100);
    Checks.inClosedRange("dissatisfiedBelow", dissatisfiedBelow(), 0, 100);
    if (!(downslideDrop() > 0 && downslideDrop() <= 1)) {
      throw new IllegalArgumentException("downslideDrop must be in (0, 1]: " + downslideDrop());
    }
  }

  /** Builds {@link LoyaltyThresholds}; every attribute has a default. */
  public static final class Builder extends ImmutableLoyaltyThresholds.Builder {
    Builder() {}
  }
}
