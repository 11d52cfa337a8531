package io.github.logicrm.core.loyalty;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * What a provider knows about why and how much a customer keeps buying: the attitude and behaviour figures
 * the loyalty classifications read.
 *
 * <p>Attitudes are scores on 0-100 (rescale survey answers first); rates and shares are fractions in [0, 1].
 */
@Value.Immutable
@ValueStyle
public abstract class LoyaltyProfile {

  LoyaltyProfile() {}

  /**
   * Returns the customer described.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the customer's emotional attachment to the provider, its relative attitude compared with
   * competitors.
   *
   * @return the attachment score in [0, 100]
   */
  public abstract double attachment();

  /**
   * Returns the repeat purchase rate: the share of the customer's purchase occasions (after its first) on which
   * it bought from the provider again.
   *
   * @return the rate in [0, 1]
   */
  public abstract double repeatPurchaseRate();

  /**
   * Returns the share of wallet: the provider's share of the customer's spend on the services it offers.
   *
   * @return the share in [0, 1]
   */
  public abstract double shareOfWallet();

  /**
   * Returns the change in share of wallet over the last period, e.g. -0.08 when it fell from 0.50 to 0.42.
   *
   * @return the change in [-1, 1]
   */
  public abstract double shareOfWalletChange();

  /**
   * Returns the share of the customer's purchases made under a promotion, rebate or loyalty-credit offer.
   *
   * @return the share in [0, 1]
   */
  public abstract double promotionShare();

  /**
   * Returns the customer's price sensitivity: how strongly its choice of provider follows price.
   *
   * @return the score in [0, 100]
   */
  public abstract double priceSensitivity();

  /**
   * Returns the customer's satisfaction with the provider.
   *
   * @return the score in [0, 100]
   */
  public abstract double satisfaction();

  /**
   * Returns the number of competitors the customer could realistically move to (0 for a sole provider).
   *
   * @return the count, {@code >= 0}
   */
  public abstract int viableAlternatives();

  /**
   * Returns the number of new customers the customer referred to the provider in the last period.
   *
   * @return the count, {@code >= 0}
   */
  @Value.Default
  public int referrals() {
    return 0;
  }

  /**
   * Tells whether the customer's own needs changed in the last period (new products, plants or markets): the
   * "lifestyle change" of McKinsey's down-sliders.
   *
   * @return true if the needs changed; false by default
   */
  @Value.Default
  public boolean needsChanged() {
    return false;
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
    Checks.inClosedRange("attachment", attachment(), 0, 100);
    Checks.probability("repeatPurchaseRate", repeatPurchaseRate());
    Checks.probability("shareOfWallet", shareOfWallet());
    Checks.inClosedRange("shareOfWalletChange", shareOfWalletChange(), -1, 1);
    Checks.probability("shareOfWallet - shareOfWalletChange (the previous share)",
        shareOfWallet() - shareOfWalletChange());
    Checks.probability("promotionShare", promotionShare());
    Checks.inClosedRange("priceSensitivity", priceSensitivity(), 0, 100);
    Checks.inClosedRange("satisfaction", satisfaction(), 0, 100);
    Checks.nonNegative("viableAlternatives", viableAlternatives());
    Checks.nonNegative("referrals", referrals());
  }

  /**
   * Builds a {@link LoyaltyProfile}; every attribute except {@code referrals} (default 0) and
   * {@code needsChanged} (default false) is required.
   */
  public static final class Builder extends ImmutableLoyaltyProfile.Builder {
    Builder() {}
  }
}
