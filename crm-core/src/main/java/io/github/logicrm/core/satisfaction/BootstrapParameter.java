package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The bootstrap distribution of one PLS estimate: the estimate on the full sample, and the mean, standard error
 * and percentile interval over the resamples.
 */
@Value.Immutable
@ValueStyle
public abstract class BootstrapParameter {

  BootstrapParameter() {}

  /**
   * Returns which kind of estimate this is.
   *
   * @return the kind, not null
   */
  public abstract ParameterKind kind();

  /**
   * Returns what the estimate is of: an item name for weights and loadings, {@code "from -> to"} for a path, a
   * block name for R2.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the estimate on the full sample.
   *
   * @return the estimate, finite
   */
  public abstract double estimate();

  /**
   * Returns the mean over the resamples.
   *
   * @return the mean, finite
   */
  public abstract double mean();

  /**
   * Returns the bootstrap standard error, the standard deviation (n - 1 divisor) over the resamples.
   *
   * @return the standard error, {@code >= 0}
   */
  public abstract double standardError();

  /**
   * Returns the lower end of the percentile interval.
   *
   * @return the lower bound, at most {@link #upper()}
   */
  public abstract double lower();

  /**
   * Returns the upper end of the percentile interval.
   *
   * @return the upper bound
   */
  public abstract double upper();

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
    Checks.notBlank("name", name());
    Checks.finite(name() + ".estimate", estimate());
    Checks.finite(name() + ".mean", mean());
    Checks.nonNegative(name() + ".standardError", standardError());
    Checks.finite(name() + ".lower", lower());
    if (!(upper() >= lower() && upper() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name() + ".upper must be finite and >= lower " + lower() + ": " + upper());
    }
  }

  /** Builds a {@link BootstrapParameter}; every attribute is required. */
  public static final class Builder extends ImmutableBootstrapParameter.Builder {
    Builder() {}
  }
}
