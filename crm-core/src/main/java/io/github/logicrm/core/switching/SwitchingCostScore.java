package io.github.logicrm.core.switching;

import java.util.Objects;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's survey-based switching-cost scores: one per facet, one per type and the overall index, all on
 * 0-100 where 100 is the highest switching cost, with the item coverage behind each facet score.
 *
 * <p>The facet score is the mean of the facet's answered items rescaled to 0-100 (reverse-coded items
 * reversed); a type score is the weighted mean of its facets' scores; the index is the weighted mean of the
 * type scores. The weights are the calculator's; see {@code SwitchingCostIndex} in crm-metrics.
 */
@Value.Immutable
@ValueStyle
public abstract class SwitchingCostScore {

  SwitchingCostScore() {}

  /**
   * Returns the customer scored.
   *
   * @return the customer id, if the answers named one
   */
  public abstract Optional<CustomerId> customerId();

  /**
   * Returns the score of each facet.
   *
   * @return all eight facets, in enum order, each in [0, 100]
   */
  public abstract Map<SwitchingCostFacet, Double> facetScores();

  /**
   * Returns the score of each type.
   *
   * @return all three types, in enum order, each in [0, 100]
   */
  public abstract Map<SwitchingCostType, Double> typeScores();

  /**
   * Returns the overall switching-cost index.
   *
   * @return the index in [0, 100]
   */
  public abstract double index();

  /**
   * Returns how many items of each facet the questionnaire asks.
   *
   * @return all eight facets, each {@code > 0}
   */
  public abstract Map<SwitchingCostFacet, Integer> itemsAsked();

  /**
   * Returns how many items of each facet the customer answered.
   *
   * @return all eight facets, each in {@code [1, itemsAsked]}
   */
  public abstract Map<SwitchingCostFacet, Integer> itemsAnswered();

  /**
   * Returns the share of a facet's items that were answered.
   *
   * @param facet the facet, not null
   * @return answered / asked, in (0, 1]
   */
  public double coverage(SwitchingCostFacet facet) {
    Objects.requireNonNull(facet, "facet");
    return (double) itemsAnswered().get(facet) / itemsAsked().get(facet);
  }

  /**
   * Returns the share of all items that were answered.
   *
   * @return answered / asked over the whole questionnaire, in (0, 1]
   */
  public double coverage() {
    int asked = itemsAsked().values().stream().mapToInt(Integer::intValue).sum();
    int answered = itemsAnswered().values().stream().mapToInt(Integer::intValue).sum();
    return (double) answered / asked;
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
    for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
      Double score = facetScores().get(facet);
      Integer asked = itemsAsked().get(facet);
      Integer answered = itemsAnswered().get(facet);
      if (score == null || asked == null || answered == null) {
        throw new IllegalArgumentException(
            "facetScores, itemsAsked and itemsAnswered must cover every facet, missing: " + facet);
      }
      Checks.inClosedRange("facetScores[" + facet + "]", score, 0, 100);
      Checks.positive("itemsAsked[" + facet + "]", asked);
      if (answered < 1 || answered > asked) {
        throw new IllegalArgumentException(
            "itemsAnswered[" + facet + "] must be in [1, " + asked + "]: " + answered);
      }
    }
    for (SwitchingCostType type : SwitchingCostType.values()) {
      Double score = typeScores().get(type);
      if (score == null) {
        throw new IllegalArgumentException("typeScores must cover every type, missing: " + type);
      }
      Checks.inClosedRange("typeScores[" + type + "]", score, 0, 100);
    }
    Checks.inClosedRange("index", index(), 0, 100);
  }

  /** Builds a {@link SwitchingCostScore}; every facet and type must be given. */
  public static final class Builder extends ImmutableSwitchingCostScore.Builder {
    Builder() {}
  }
}
