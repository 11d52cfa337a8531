package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.KotlerAssessment;
import io.github.logicrm.core.satisfaction.KotlerVerdict;

/**
 * Kotler's satisfaction ratio C = perceived performance / expectation, judged with a tolerance band around 1 so
 * that a ratio of 0.99 is not called dissatisfied.
 *
 * <p>C &gt; 1 + tolerance: {@link KotlerVerdict#DELIGHTED}; C &lt; 1 - tolerance: {@link KotlerVerdict#DISSATISFIED};
 * otherwise (band edges included) {@link KotlerVerdict#ACCEPTABLE}. Default tolerance 0.05. Immutable and
 * thread-safe.
 */
public final class KotlerRatio {

  private static final KotlerRatio DEFAULTS = new KotlerRatio(0.05);

  private final double tolerance;

  private KotlerRatio(double tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * Returns the calculator with the default tolerance 0.05.
   *
   * @return the calculator
   */
  public static KotlerRatio withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator with another tolerance.
   *
   * @param tolerance half-width of the acceptable band around 1, in [0, 1)
   * @return the calculator
   * @throws IllegalArgumentException if the tolerance is outside [0, 1)
   */
  public KotlerRatio withTolerance(double tolerance) {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
    }
    return new KotlerRatio(tolerance);
  }

  /**
   * Returns the tolerance.
   *
   * @return the half-width of the acceptable band
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Assesses one customer.
   *
   * @param perceived perceived performance, finite and {@code >= 0}
   * @param expected expectation on the same scale, finite and {@code > 0}
   * @return the ratio, the verdict and the figures behind them
   * @throws IllegalArgumentException if an argument is out of range
   */
  public KotlerAssessment assess(double perceived, double expected) {
    return KotlerAssessment.builder().perceived(perceived).expected(expected).tolerance(tolerance).build();
  }

  /**
   * Returns the verdict only, without allocating.
   *
   * @param perceived perceived performance, finite and {@code >= 0}
   * @param expected expectation on the same scale, finite and {@code > 0}
   * @return the verdict
   * @throws IllegalArgumentException if an argument is out of range
   */
  public KotlerVerdict verdict(double perceived, double expected) {
    Checks.nonNegative("perceived", perceived);
    Checks.positive("expected", expected);
    double c = perceived / expected;
    if (c > 1 + tolerance) {
      return KotlerVerdict.DELIGHTED;
    }
    return c < 1 - tolerance ? KotlerVerdict.DISSATISFIED : KotlerVerdict.ACCEPTABLE;
  }
}
