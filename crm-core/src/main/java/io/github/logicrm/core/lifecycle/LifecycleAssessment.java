package io.github.logicrm.core.lifecycle;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The lifecycle stage of one customer and the figures that decided it.
 *
 * <p>All figures are measured on the customer's periodic volume series (shipments, revenue or a composite of
 * both), in the caller's period (month, week, ...), after the seasonal adjustment when there was one (see
 * {@link #seasonalIndices()}). The classifier that produces an assessment documents how each figure is computed
 * and which thresholds map them to a stage.
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
   * Returns the recent level against the customer's own reference level: {@link #recentLevel()} over
   * {@link #peakLevel()}.
   *
   * @return the ratio, in [0, 1]
   */
  public abstract double levelToPeak();

  /**
   * Returns the volatility of the trend window: by default robust, {@code 1.4826 x} the median absolute deviation
   * over the mean; optionally the coefficient of variation (population standard deviation over mean).
   *
   * @return the volatility, finite and {@code >= 0}; 0 when the window has no volume
   */
  public abstract double volatility();

  /**
   * Returns the recent level: the median (optionally the mean) volume of the last level-window periods.
   *
   * @return the level, finite and {@code >= 0}
   */
  public abstract double recentLevel();

  /**
   * Returns the reference level, the customer's own recent peak: the highest median (optionally mean) volume of
   * any level-window consecutive periods within the reference window.
   *
   * @return the peak, finite and {@code > 0}
   */
  public abstract double peakLevel();

  /**
   * Returns the reference window: how many periods, counted back from the end of the series, the reference level
   * was sought in (the configured window, or the tenure when that is shorter).
   *
   * @return the periods, {@code >= 1} and at most the tenure
   */
  public abstract int referenceWindow();

  /**
   * Returns the seasonal indices the series was divided by before any figure was read: one per position of the
   * season, the last for the position of the series' last period, averaging 1. Empty when the series was not
   * seasonally adjusted (less than two seasons of history, or no repeating pattern).
   *
   * @return the indices, each {@code > 0}; possibly empty
   */
  public abstract List<Double> seasonalIndices();

  /**
   * Tells whether the figures were read from a seasonally adjusted series.
   *
   * @return true when {@link #seasonalIndices()} is not empty
   */
  public boolean isSeasonallyAdjusted() {
    return !seasonalIndices().isEmpty();
  }

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
    Checks.positive("referenceWindow", referenceWindow());
    if (referenceWindow() > tenure()) {
      throw new IllegalArgumentException("referenceWindow must be <= tenure " + tenure() + ": " + referenceWindow());
    }
    for (double index : seasonalIndices()) {
      Checks.positive("seasonalIndices", index);
    }
  }

  /** Builds a {@link LifecycleAssessment}; every attribute but the seasonal indices is required. */
  public static final class Builder extends ImmutableLifecycleAssessment.Builder {
    Builder() {}
  }
}
