package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The collinearity and effect size of one structural path: the inner VIF of its driver in the equation of the
 * driven construct, and Cohen's f2 = (R2 with the driver - R2 without it) / (1 - R2 with it).
 */
@Value.Immutable
@ValueStyle
public abstract class PathQuality {

  PathQuality() {}

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
   * Returns the inner variance inflation factor: 1 / (1 - R2 of the driver's scores on the other drivers' scores).
   *
   * @return the VIF, {@code >= 1}; 1 for the only driver
   */
  public abstract double innerVif();

  /**
   * Returns the effect size f2, computed on the same construct scores with and without this driver.
   *
   * @return f2, {@code >= 0}
   */
  public abstract double fSquared();

  /**
   * Returns Cohen's label of the effect size: "large" from 0.35, "medium" from 0.15, "small" from 0.02, else
   * "none".
   *
   * @return the label, not null
   */
  public String effectSize() {
    double f2 = fSquared();
    return f2 >= 0.35 ? "large" : f2 >= 0.15 ? "medium" : f2 >= 0.02 ? "small" : "none";
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
    String name = from() + " -> " + to();
    Checks.positive(name + ".innerVif", innerVif());
    Checks.nonNegative(name + ".fSquared", fSquared());
  }

  /** Builds a {@link PathQuality}; every attribute is required. */
  public static final class Builder extends ImmutablePathQuality.Builder {
    Builder() {}
  }
}
