package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The measurement figures of one construct beside those of {@link BlockFit}: its reliability rho_A and the two
 * numbers of the Fornell-Larcker criterion.
 */
@Value.Immutable
@ValueStyle
public abstract class ConstructQuality {

  ConstructQuality() {}

  /**
   * Returns the block's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the outer mode the block was estimated in.
   *
   * @return the mode, not null
   */
  public abstract OuterMode mode();

  /**
   * Returns the reliability rho_A (Dijkstra and Henseler 2015) = (w'w)^2 (w'(S - diag S)w) / (w'(ww' - diag(ww'))w),
   * with w the block's outer weights and S its items' correlation matrix; 1 for a one-item block.
   *
   * @return rho_A, finite (above 1 or negative for a block whose items do not measure one thing)
   */
  public abstract double rhoA();

  /**
   * Returns the average variance extracted, the mean squared loading.
   *
   * @return AVE in [0, 1]
   */
  public abstract double ave();

  /**
   * Returns the largest absolute correlation of this construct's scores with another construct's.
   *
   * @return the correlation in [0, 1]
   */
  public abstract double largestCorrelation();

  /**
   * Returns whether the Fornell-Larcker criterion holds for this construct: sqrt(AVE) above
   * {@link #largestCorrelation()}.
   *
   * @return true if it holds
   */
  public boolean meetsFornellLarcker() {
    return Math.sqrt(ave()) > largestCorrelation();
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
    Checks.notBlank("construct.name", name());
    Checks.finite(name() + ".rhoA", rhoA());
    Checks.probability(name() + ".ave", ave());
    Checks.probability(name() + ".largestCorrelation", largestCorrelation());
  }

  /** Builds a {@link ConstructQuality}; every attribute is required. */
  public static final class Builder extends ImmutableConstructQuality.Builder {
    Builder() {}
  }
}
