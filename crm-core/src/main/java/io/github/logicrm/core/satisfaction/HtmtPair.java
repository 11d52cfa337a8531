package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The heterotrait-monotrait ratio of two constructs (Henseler, Ringle and Sarstedt 2015,
 * doi:10.1007/s11747-014-0403-8): the mean correlation between the items of one and the items of the other over
 * the geometric mean of the mean correlations among each one's own items, with its verdict and, when bootstrapped,
 * its percentile interval.
 */
@Value.Immutable
@ValueStyle
public abstract class HtmtPair {

  HtmtPair() {}

  /**
   * Returns the first construct (the earlier in the model's block order).
   *
   * @return its block name, not blank
   */
  public abstract String first();

  /**
   * Returns the second construct.
   *
   * @return its block name, not blank
   */
  public abstract String second();

  /**
   * Returns the ratio.
   *
   * @return HTMT, finite
   */
  public abstract double htmt();

  /**
   * Returns the lower end of the bootstrap percentile interval.
   *
   * @return the bound; empty when not bootstrapped
   */
  public abstract OptionalDouble lower();

  /**
   * Returns the upper end of the bootstrap percentile interval; below 0.85 (or 0.90) it says the ratio is
   * significantly below that threshold at the interval's one-sided level.
   *
   * @return the bound; empty when not bootstrapped
   */
  public abstract OptionalDouble upper();

  /**
   * Returns the verdict on {@link #htmt()}.
   *
   * @return {@code HtmtVerdict.of(htmt())}, not null
   */
  public abstract HtmtVerdict verdict();

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
    Checks.notBlank("htmt.first", first());
    Checks.notBlank("htmt.second", second());
    String name = "htmt[" + first() + ", " + second() + "]";
    Checks.finite(name, htmt());
    if (verdict() != HtmtVerdict.of(htmt())) {
      throw new IllegalArgumentException(name + ".verdict must be " + HtmtVerdict.of(htmt()) + " for HTMT "
          + htmt() + ": " + verdict());
    }
    if (lower().isPresent() != upper().isPresent()) {
      throw new IllegalArgumentException(name + " lower and upper must both be given or both be empty: lower "
          + lower() + ", upper " + upper());
    }
    if (lower().isPresent() && !(lower().getAsDouble() <= upper().getAsDouble())) {
      throw new IllegalArgumentException(name + ".lower must be <= upper " + upper().getAsDouble() + ": "
          + lower().getAsDouble());
    }
  }

  /** Builds an {@link HtmtPair}; first, second, htmt and verdict are required, the bounds together or not at all. */
  public static final class Builder extends ImmutableHtmtPair.Builder {
    Builder() {}
  }
}
