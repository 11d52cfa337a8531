package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An importance-performance map (IPMA, Ringle and Sarstedt 2016, doi:10.1108/IMDS-10-2015-0449) of one target
 * construct of an estimated path model: for every construct with a path (direct or indirect) to the target and
 * for each of its items, how much the target gains per point of improvement (importance) and where the construct
 * or item stands today (performance, 0-100).
 *
 * <p>Items are rescaled to 0-100 from their declared scales; a construct's 0-100 score is the weighted sum of its
 * rescaled items with the rescaled weights {@link #rescaledWeights()} (standardized outer weight over the
 * rescaled item's standard deviation, normalized to sum 1 per block). A construct's importance is its
 * unstandardized total effect on the target's 0-100 score; an item's importance is its rescaled weight times its
 * construct's importance. The points with high importance and low performance are the ones to fix first.
 */
@Value.Immutable
@ValueStyle
public abstract class ImportancePerformance {

  ImportancePerformance() {}

  /**
   * Returns the target construct.
   *
   * @return its block name, not blank
   */
  public abstract String target();

  /**
   * Returns the target's own performance: its mean 0-100 score.
   *
   * @return the performance in [0, 100]
   */
  public abstract double targetPerformance();

  /**
   * Returns the constructs that drive the target, directly or indirectly, in the model's block order.
   *
   * @return the construct points, at least one
   */
  public abstract List<IpmaPoint> constructs();

  /**
   * Returns the items of the constructs of {@link #constructs()}, block by block.
   *
   * @return the item points
   */
  public abstract List<IpmaPoint> indicators();

  /**
   * Returns the rescaled outer weight of every item of the model: what a construct's 0-100 score is made of.
   *
   * @return the weights by item name, each {@code >= 0}, summing to 1 per block
   */
  public abstract Map<String, Double> rescaledWeights();

  /**
   * Returns the number of respondents the map was estimated on.
   *
   * @return the count, {@code > 0}
   */
  public abstract int respondents();

  /**
   * Returns the number of respondents left out for missing answers.
   *
   * @return the count, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int droppedRespondents() {
    return 0;
  }

  /**
   * Returns the iterations the PLS estimation took to converge.
   *
   * @return the count, {@code > 0}
   */
  public abstract int iterations();

  /**
   * Returns one construct's point.
   *
   * @param name the construct's name
   * @return the point, or empty if the construct does not drive the target
   */
  public Optional<IpmaPoint> construct(String name) {
    return constructs().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns one item's point.
   *
   * @param name the item's name
   * @return the point, or empty if the item does not measure a construct that drives the target
   */
  public Optional<IpmaPoint> indicator(String name) {
    return indicators().stream().filter(p -> p.name().equals(name)).findFirst();
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
    Checks.notBlank("target", target());
    Checks.inClosedRange("targetPerformance", targetPerformance(), 0, 100);
    Checks.notEmpty("constructs", constructs());
    rescaledWeights().forEach((item, w) -> Checks.nonNegative("rescaledWeights[" + item + "]", w));
    Checks.positive("respondents", respondents());
    Checks.nonNegative("droppedRespondents", droppedRespondents());
    Checks.positive("iterations", iterations());
  }

  /**
   * Builds an {@link ImportancePerformance}; target, target performance, respondents and iterations are required,
   * and at least one construct.
   */
  public static final class Builder extends ImmutableImportancePerformance.Builder {
    Builder() {}
  }
}
