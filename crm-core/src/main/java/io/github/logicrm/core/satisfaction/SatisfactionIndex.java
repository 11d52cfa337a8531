package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A customer satisfaction index on 0-100 with how it was made: the method, the item weights, the item scores
 * it combines and the method's parameters.
 *
 * <p>score = sum over items of weight * component, where each component is the item's mean answer (recoded for
 * reverse-coded items) rescaled to 0-100 from its declared scale, and the weights sum to 1.
 */
@Value.Immutable
@ValueStyle
public abstract class SatisfactionIndex {

  SatisfactionIndex() {}

  /**
   * Returns the index.
   *
   * @return the score in [0, 100]
   */
  public abstract double score();

  /**
   * Returns how the index was computed.
   *
   * @return the method, not null
   */
  public abstract IndexMethod method();

  /**
   * Returns the number of respondents whose answers went into the index.
   *
   * @return the count, {@code > 0}
   */
  public abstract int respondents();

  /**
   * Returns the weight of each item, in item order.
   *
   * @return the weights, summing to 1
   */
  public abstract Map<String, Double> weights();

  /**
   * Returns the components: each item's mean answer rescaled to 0-100, in item order.
   *
   * @return the item scores, each in [0, 100]
   */
  public abstract Map<String, Double> components();

  /**
   * Returns the method's parameters and evidence by name, e.g. {@code consistencyRatio} for {@link IndexMethod#AHP}
   * or {@code iterations} for the PLS methods.
   *
   * @return the parameters, possibly empty
   */
  public abstract Map<String, Double> parameters();

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
    Checks.inClosedRange("score", score(), 0, 100);
    Checks.positive("respondents", respondents());
    if (!weights().keySet().equals(components().keySet())) {
      throw new IllegalArgumentException(
          "weights and components must name the same items: " + weights().keySet() + " vs " + components().keySet());
    }
    components().forEach((item, s) -> Checks.inClosedRange("components[" + item + "]", s, 0, 100));
    weights().forEach((item, w) -> Checks.finite("weights[" + item + "]", w));
    parameters().forEach((name, p) -> Checks.finite("parameters[" + name + "]", p));
  }

  /** Builds a {@link SatisfactionIndex}; {@code score}, {@code method} and {@code respondents} are required. */
  public static final class Builder extends ImmutableSatisfactionIndex.Builder {
    Builder() {}
  }
}
