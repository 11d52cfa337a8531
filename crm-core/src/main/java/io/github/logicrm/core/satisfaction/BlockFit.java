package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Quality figures of one latent variable of an estimated path model: how well its items measure it and, for an
 * endogenous variable, how well its drivers explain it.
 */
@Value.Immutable
@ValueStyle
public abstract class BlockFit {

  BlockFit() {}

  /**
   * Returns the block's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the share of the variable's variance its predecessors explain.
   *
   * @return R2 in [0, 1]; empty for an exogenous variable
   */
  public abstract OptionalDouble rSquared();

  /**
   * Returns R2 adjusted for the number of predictors p: 1 - (1 - R2) (n - 1) / (n - p - 1).
   *
   * @return adjusted R2, at most 1; empty for an exogenous variable
   */
  public abstract OptionalDouble adjustedRSquared();

  /**
   * Returns the average variance extracted, the mean communality (squared loading) of the block's items.
   *
   * @return AVE in [0, 1]
   */
  public abstract double ave();

  /**
   * Returns the composite reliability rho_c = (sum l)^2 / ((sum l)^2 + sum(1 - l^2)) over the loadings l.
   *
   * It is 0/0, and so empty, when every loading is +-1 and they sum to 0 (one item the negative of another).
   *
   * @return rho_c in [0, 1]; empty when undefined
   */
  public abstract OptionalDouble compositeReliability();

  /**
   * Returns Cronbach's alpha of the block's items as analysed (standardized or centered).
   *
   * @return alpha, at most 1 (negative for items that do not hang together); empty for a one-item block, and
   *     for items whose sum has no variance
   */
  public abstract OptionalDouble cronbachAlpha();

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
    Checks.notBlank("block.name", name());
    rSquared().ifPresent(v -> Checks.probability(name() + ".rSquared", v));
    adjustedRSquared().ifPresent(v -> Checks.finite(name() + ".adjustedRSquared", v));
    Checks.probability(name() + ".ave", ave());
    compositeReliability().ifPresent(v -> Checks.probability(name() + ".compositeReliability", v));
    cronbachAlpha().ifPresent(v -> Checks.finite(name() + ".cronbachAlpha", v));
  }

  /** Builds a {@link BlockFit}; {@code name} and {@code ave} are required. */
  public static final class Builder extends ImmutableBlockFit.Builder {
    Builder() {}
  }
}
