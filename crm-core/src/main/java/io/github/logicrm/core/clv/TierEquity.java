package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.segmentation.ValueTier;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** The customer equity of one value tier: how many customers it has and the sum of their lifetime values. */
@Value.Immutable
@ValueStyle
public abstract class TierEquity {

  TierEquity() {}

  /**
   * Returns the tier.
   *
   * @return the tier, not null
   */
  public abstract ValueTier tier();

  /**
   * Returns the number of customers in the tier.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int customers();

  /**
   * Returns the sum of the tier's lifetime values.
   *
   * @return the equity in money, finite
   */
  public abstract double equity();

  /**
   * Returns the tier's share of the book's equity.
   *
   * @return {@code equity / total equity}, finite, 0 exactly when the equity is 0; empty when the book's total
   *     equity is 0
   */
  public abstract OptionalDouble share();

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
    share().ifPresent(s -> Checks.finite("share", s));
    if (customers() == 0 && equity() != 0) {
      throw new IllegalArgumentException("equity of a tier without customers must be 0: " + equity());
    }
    share().ifPresent(s -> {
      if ((s == 0) != (equity() == 0)) {
        throw new IllegalArgumentException("share must be 0 exactly when equity " + equity() + " is 0: " + s);
      }
    });
  }

  /** Builds a {@link TierEquity}; {@code tier}, {@code customers} and {@code equity} are required. */
  public static final class Builder extends ImmutableTierEquity.Builder {
    Builder() {}
  }
}
