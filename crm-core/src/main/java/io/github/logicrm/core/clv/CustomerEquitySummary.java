package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Customer equity of a book: the sum of its customers' lifetime values, in total and per value tier.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerEquitySummary {

  CustomerEquitySummary() {}

  /**
   * Returns the number of customers summed.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int customers();

  /**
   * Returns the book's customer equity.
   *
   * @return the sum of all lifetime values, finite
   */
  public abstract double equity();

  /**
   * Returns the equity of each value tier, in tier order; every tier appears, with zero customers if none.
   *
   * @return the tiers, one entry per {@link io.github.logicrm.core.segmentation.ValueTier}
   */
  public abstract List<TierEquity> tiers();

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
    Checks.nonNegative("customers", customers());
    Checks.finite("equity", equity());
    for (TierEquity tier : tiers()) {
      if (tier.share().isPresent() != (equity() != 0)) {
        throw new IllegalArgumentException("tiers[" + tier.tier() + "].share must be present exactly when equity "
            + equity() + " is not 0: " + tier.share());
      }
      double share = tier.share().orElse(0);
      double expected = equity() == 0 ? 0 : tier.equity() / equity();
      if (!(Math.abs(share - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
        throw new IllegalArgumentException("tiers[" + tier.tier() + "].share must equal its equity "
            + tier.equity() + " / equity " + equity() + " = " + expected + ": " + share);
      }
    }
  }

  /** Builds a {@link CustomerEquitySummary}; {@code customers} and {@code equity} are required. */
  public static final class Builder extends ImmutableCustomerEquitySummary.Builder {
    Builder() {}
  }
}
