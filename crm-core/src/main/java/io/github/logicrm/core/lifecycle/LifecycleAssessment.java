package io.github.logicrm.core.lifecycle;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The lifecycle stage of one customer and the figures that decided it.
 *
 * <p>All figures are measured on the customer's periodic volume series (shipments, revenue or a composite of
 * both), in the caller's period (month, week, ...). The classifier that produces an assessment documents how
 * each figure is computed and which thresholds map them to a stage.
 */
@Value.Immutable
@ValueStyle
public abstract class LifecycleAssessment {

  LifecycleAssessment() {}

  /**
   * Returns the stage.
   *
   * @return the stage, not null
   */
  public abstract LifecycleStage stage();

  /**
   * Returns the tenure: the number of periods from the first period with volume to the last period of the
   * series, both included.
   *
   * @return the tenure in periods, {@code >= 1}
   */
  public abstract int tenure();

  /**
   * Returns the number of periods since the last period with volume (0 when the last period has volume).
   *
   * @return the idle periods, {@code >= 0} and {@code < tenure}
   */
  public abstract int periodsSinceLastOrder();

  /**
   * Returns the robust trend: the Theil-Sen slope of the trend window divided by the window's mean volume, a
   * fraction of the level per period (0.02 means growing by about 2% of the level each period).
   *
   * @return the relative trend per period, finite; 0 when the window has fewer than two periods or no volume
   */
  public abstract double trend();

  /**
   * Returns the recent level against the customer's own peak: the mean of the last level-window periods
   * divided by the highest mean of any level-window periods since the first order.
   *
   * @return the ratio, in [0, 1]
   */
  public abstract double levelToPeak();

  /**
   * Returns the volatility: the coefficient of variation (population standard deviation over mean) of the
   * trend window.
   *
   * @return the volatility, finite and {@code >= 0}; 0 when the window has no volume
   */
  public abstract double volatility();

  /**
   * Returns the recent level: the mean volume of the last level-window periods.
   *
   * @return the level, finite and {@code >= 0}
   */
  public abstract double recentLevel();

  /**
   * Returns the peak level: the highest mean volume of any level-window consecutive periods since the first
   * order.
   *
   * @return the peak, finite and {@code > 0}
   */
  public abstract double peakLevel();

  /**
   * Returns the strategy recommended for the stage, {@link LifecycleStage#recommendedStrategy()}.
   *
   * @return the strategy, not blank
   */
  public String recommendedStrategy() {
    return stage().recommendedStrategy();
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
    Checks.positive("tenure", tenure());
    Checks.nonNegative("periodsSinceLastOrder", periodsSinceLastOrder());
    if (periodsSinceLastOrder() >= tenure()) {
      throw new IllegalArgumentException(
          "periodsSinceLastOrder must be < tenure " + tenure() + ": " + periodsSinceLastOrder());
    }
    Checks.finite("trend", trend());
    Checks.probability("levelToPeak", levelToPeak());
    Checks.nonNegative("volatility", volatility());
    Checks.nonNegative("recentLevel", recentLevel());
    Checks.positive("peakLevel", peakLevel());
  }

  /** Builds a {@link LifecycleAssessment}; every attribute is required. */
  public static final class Builder extends ImmutableLifecycleAssessment.Builder {
    Builder() {}
  }
}
