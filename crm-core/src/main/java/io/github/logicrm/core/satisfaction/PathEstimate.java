package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/** An estimated path coefficient: the standardized OLS coefficient of {@code from} in the equation of {@code to}. */
@Value.Immutable
@ValueStyle
public abstract class PathEstimate {

  PathEstimate() {}

  /**
   * Returns the driving latent variable.
   *
   * @return its block name, not blank
   */
  @Value.Parameter
  public abstract String from();

  /**
   * Returns the driven latent variable.
   *
   * @return its block name, not blank
   */
  @Value.Parameter
  public abstract String to();

  /**
   * Returns the path coefficient.
   *
   * @return the coefficient, finite
   */
  @Value.Parameter
  public abstract double coefficient();

  /**
   * Obtains an estimate.
   *
   * @param from the driving block
   * @param to the driven block
   * @param coefficient the coefficient, finite
   * @return the estimate
   * @throws IllegalArgumentException if a name is blank or the coefficient is not finite
   */
  public static PathEstimate of(String from, String to, double coefficient) {
    return ImmutablePathEstimate.of(from, to, coefficient);
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
    Checks.notBlank("path.from", from());
    Checks.notBlank("path.to", to());
    Checks.finite("path " + from() + " -> " + to(), coefficient());
  }

  /** Builds a {@link PathEstimate}; every attribute is required. */
  public static final class Builder extends ImmutablePathEstimate.Builder {
    Builder() {}
  }
}
