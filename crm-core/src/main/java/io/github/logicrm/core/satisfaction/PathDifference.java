package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One path coefficient compared across two groups: each group's estimate, the difference, its permutation p-value
 * (Chin and Dibbern 2010) and the bootstrap percentile interval of the difference.
 */
@Value.Immutable
@ValueStyle
public abstract class PathDifference {

  PathDifference() {}

  /**
   * Returns the driving construct.
   *
   * @return its block name, not blank
   */
  public abstract String from();

  /**
   * Returns the driven construct.
   *
   * @return its block name, not blank
   */
  public abstract String to();

  /**
   * Returns the first group's path coefficient.
   *
   * @return the coefficient
   */
  public abstract double first();

  /**
   * Returns the second group's path coefficient.
   *
   * @return the coefficient
   */
  public abstract double second();

  /**
   * Returns first minus second.
   *
   * @return the difference
   */
  public abstract double difference();

  /**
   * Returns the two-sided permutation p-value: (1 + permutations whose absolute difference reaches the observed
   * one) / (1 + permutations).
   *
   * @return p in (0, 1]
   */
  public abstract double permutationP();

  /**
   * Returns the lower end of the bootstrap percentile interval of the difference (each group resampled on its
   * own).
   *
   * @return the bound
   */
  public abstract double bootstrapLower();

  /**
   * Returns the upper end of the bootstrap percentile interval of the difference.
   *
   * @return the bound
   */
  public abstract double bootstrapUpper();

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
    Checks.notBlank("path.from", from());
    Checks.notBlank("path.to", to());
    String name = from() + " -> " + to();
    Checks.finite(name + ".first", first());
    Checks.finite(name + ".second", second());
    Checks.finite(name + ".difference", difference());
    if (!(permutationP() > 0 && permutationP() <= 1)) {
      throw new IllegalArgumentException(name + ".permutationP must be in (0, 1]: " + permutationP());
    }
  }

  /** Builds a {@link PathDifference}; every attribute is required. */
  public static final class Builder extends ImmutablePathDifference.Builder {
    Builder() {}
  }
}
