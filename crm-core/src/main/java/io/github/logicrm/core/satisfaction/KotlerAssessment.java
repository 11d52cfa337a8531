package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A Kotler satisfaction ratio and the verdict it gives, with the figures that decided it.
 *
 * <p>C = perceived / expected. The verdict is {@link KotlerVerdict#DELIGHTED} when {@code C > 1 + tolerance},
 * {@link KotlerVerdict#DISSATISFIED} when {@code C < 1 - tolerance}, and {@link KotlerVerdict#ACCEPTABLE} in the
 * closed band between.
 */
@Value.Immutable
@ValueStyle
public abstract class KotlerAssessment {

  KotlerAssessment() {}

  /**
   * Returns the perceived performance.
   *
   * @return the perceived performance, finite and {@code >= 0}
   */
  public abstract double perceived();

  /**
   * Returns the expectation.
   *
   * @return the expectation, finite and {@code > 0}
   */
  public abstract double expected();

  /**
   * Returns the half-width of the band around 1 that counts as acceptable.
   *
   * @return the tolerance, in [0, 1)
   */
  public abstract double tolerance();

  /**
   * Returns the ratio C = perceived / expected.
   *
   * @return the ratio, {@code >= 0}
   */
  @Value.Derived
  public double ratio() {
    return perceived() / expected();
  }

  /**
   * Returns the verdict the ratio gives under the tolerance.
   *
   * @return the verdict, not null
   */
  @Value.Derived
  public KotlerVerdict verdict() {
    double c = ratio();
    if (c > 1 + tolerance()) {
      return KotlerVerdict.DELIGHTED;
    }
    return c < 1 - tolerance() ? KotlerVerdict.DISSATISFIED : KotlerVerdict.ACCEPTABLE;
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
    Checks.nonNegative("perceived", perceived());
    Checks.positive("expected", expected());
    if (!(tolerance() >= 0 && tolerance() < 1)) {
      throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance());
    }
  }

  /** Builds a {@link KotlerAssessment}; {@code perceived}, {@code expected} and {@code tolerance} are required. */
  public static final class Builder extends ImmutableKotlerAssessment.Builder {
    Builder() {}
  }
}
