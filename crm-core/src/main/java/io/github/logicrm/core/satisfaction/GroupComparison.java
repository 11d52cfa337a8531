package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A comparison of a PLS path model between two groups of respondents (loyal against lost shippers, one region
 * against another): MICOM per construct, and per path the two groups' coefficients with the permutation test and
 * the bootstrap interval of their difference.
 */
@Value.Immutable
@ValueStyle
public abstract class GroupComparison {

  GroupComparison() {}

  /**
   * Returns the first group's name.
   *
   * @return the name, not blank
   */
  public abstract String firstGroup();

  /**
   * Returns the second group's name.
   *
   * @return the name, not blank
   */
  public abstract String secondGroup();

  /**
   * Returns the first group's number of respondents.
   *
   * @return the count, {@code > 0}
   */
  public abstract int firstSize();

  /**
   * Returns the second group's number of respondents.
   *
   * @return the count, {@code > 0}
   */
  public abstract int secondSize();

  /**
   * Returns the number of permutations of the group labels.
   *
   * @return the count, {@code > 0}
   */
  public abstract int permutations();

  /**
   * Returns the number of bootstrap resamples of each group.
   *
   * @return the count, {@code > 0}
   */
  public abstract int resamples();

  /**
   * Returns the seed of the permutations and resamples.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns how many permutations or resamples were left out (non-convergence or a constant item) and counted.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int failedDraws();

  /**
   * Returns MICOM's verdict per construct, in the model's block order.
   *
   * @return the constructs
   */
  public abstract List<CompositeInvariance> invariance();

  /**
   * Returns the comparison of each path, in the model's path order.
   *
   * @return the paths
   */
  public abstract List<PathDifference> paths();

  /**
   * Returns one path's comparison.
   *
   * @param from the driving block
   * @param to the driven block
   * @return the comparison, or empty if the model has no such path
   */
  public Optional<PathDifference> path(String from, String to) {
    return paths().stream().filter(p -> p.from().equals(from) && p.to().equals(to)).findFirst();
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
    Checks.notBlank("firstGroup", firstGroup());
    Checks.notBlank("secondGroup", secondGroup());
    Checks.positive("firstSize", firstSize());
    Checks.positive("secondSize", secondSize());
    Checks.positive("permutations", permutations());
    Checks.positive("resamples", resamples());
    Checks.nonNegative("failedDraws", failedDraws());
  }

  /** Builds a {@link GroupComparison}; every attribute is required. */
  public static final class Builder extends ImmutableGroupComparison.Builder {
    Builder() {}
  }
}
