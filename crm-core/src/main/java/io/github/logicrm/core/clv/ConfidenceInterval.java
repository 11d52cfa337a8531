package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An estimate with its confidence interval, the standard error, the confidence level and the method that made
 * it: the uncertainty of a prediction (P(alive), expected purchases, CLV, a book's equity) that comes from
 * estimating the model's parameters.
 *
 * <p>The interval covers the quantity under the true parameters; it does not describe how one customer's
 * purchases scatter around their expectation.
 */
@Value.Immutable
@ValueStyle
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /**
   * Returns the point estimate: the quantity under the fitted parameters.
   *
   * @return the estimate, finite
   */
  @Value.Parameter
  public abstract double estimate();

  /**
   * Returns the standard error of the estimate: from the delta method, or the standard deviation over the
   * bootstrap refits.
   *
   * @return the standard error, finite and {@code >= 0}
   */
  @Value.Parameter
  public abstract double standardError();

  /**
   * Returns the lower end.
   *
   * @return the lower end, finite and {@code <= upper()}
   */
  @Value.Parameter
  public abstract double lower();

  /**
   * Returns the upper end.
   *
   * @return the upper end, finite
   */
  @Value.Parameter
  public abstract double upper();

  /**
   * Returns the confidence level.
   *
   * @return the level, in (0, 1), e.g. 0.95
   */
  @Value.Parameter
  public abstract double level();

  /**
   * Returns how the interval was made.
   *
   * @return the method, not null
   */
  @Value.Parameter
  public abstract IntervalMethod method();

  /**
   * Tells whether the interval holds a value, ends included.
   *
   * @param value the value
   * @return {@code true} if {@code lower() <= value <= upper()}
   */
  public boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  /**
   * Obtains an interval.
   *
   * @param estimate the point estimate, finite
   * @param standardError its standard error, finite and {@code >= 0}
   * @param lower the lower end, finite
   * @param upper the upper end, finite and {@code >= lower}
   * @param level the confidence level, in (0, 1)
   * @param method how it was made, not null
   * @return the interval
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ConfidenceInterval of(double estimate, double standardError, double lower, double upper,
      double level, IntervalMethod method) {
    return ImmutableConfidenceInterval.of(estimate, standardError, lower, upper, level, method);
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
    Checks.finite("estimate", estimate());
    Checks.nonNegative("standardError", standardError());
    Checks.finite("lower", lower());
    Checks.finite("upper", upper());
    if (!(lower() <= upper())) {
      throw new IllegalArgumentException("lower must be <= upper " + upper() + ": " + lower());
    }
    Checks.inOpenRange("level", level(), 0, 1);
  }

  /**
   * Builds a {@link ConfidenceInterval}; every attribute is required.
   */
  public static final class Builder extends ImmutableConfidenceInterval.Builder {
    Builder() {}
  }
}
