package io.github.logicrm.core.switching;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Likert item of a switching-cost questionnaire: a statement about one {@link SwitchingCostFacet facet}
 * that the customer rates on a declared scale.
 *
 * <p>The scale is any closed interval {@code [scaleMin, scaleMax]} (1 to 5, 1 to 7, 0 to 10, ...); answers
 * are rescaled to 0-100. A reverse-coded item is worded against the facet ("I could easily move our freight to
 * another carrier" for {@link SwitchingCostFacet#SETUP}), so a high answer means a low switching cost and its
 * rescaled answer is {@code 100 (scaleMax - x) / (scaleMax - scaleMin)} instead of
 * {@code 100 (x - scaleMin) / (scaleMax - scaleMin)}.
 */
@Value.Immutable
@ValueStyle
public abstract class SwitchingCostItem {

  SwitchingCostItem() {}

  /**
   * Returns the item's identifier within its questionnaire, e.g. {@code "SETUP-2"}.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * Returns the facet the item measures.
   *
   * @return the facet, not null
   */
  public abstract SwitchingCostFacet facet();

  /**
   * Returns the statement as asked, e.g. "Moving our EDI links to another 3PL would take months".
   *
   * @return the wording, if recorded; never blank when present
   */
  public abstract Optional<String> text();

  /**
   * Returns the lowest answer the scale allows.
   *
   * @return the scale minimum, finite and {@code < scaleMax}
   */
  public abstract double scaleMin();

  /**
   * Returns the highest answer the scale allows.
   *
   * @return the scale maximum, finite and {@code > scaleMin}
   */
  public abstract double scaleMax();

  /**
   * Tells whether the item is worded against its facet, so that a high answer means a low switching cost.
   *
   * @return true for a reverse-coded item; false by default
   */
  @Value.Default
  public boolean reverseCoded() {
    return false;
  }

  /**
   * Rescales an answer to 0-100, reverse-coding it if the item is reverse-coded.
   *
   * @param answer the answer, in {@code [scaleMin, scaleMax]}
   * @return the answer on 0-100, where 100 is the highest switching cost
   * @throws IllegalArgumentException if the answer is outside the scale or NaN
   */
  public double rescale(double answer) {
    Checks.inClosedRange("answer to item " + id(), answer, scaleMin(), scaleMax());
    double range = scaleMax() - scaleMin();
    return reverseCoded() ? 100 * (scaleMax() - answer) / range : 100 * (answer - scaleMin()) / range;
  }

  /**
   * Obtains an item that is not reverse-coded.
   *
   * @param id the identifier, not blank
   * @param facet the facet measured, not null
   * @param scaleMin the lowest answer, finite
   * @param scaleMax the highest answer, finite and {@code > scaleMin}
   * @return the item
   * @throws IllegalArgumentException if the id is blank or the scale is not a finite, non-empty interval
   */
  public static SwitchingCostItem of(String id, SwitchingCostFacet facet, double scaleMin, double scaleMax) {
    return builder().id(id).facet(facet).scaleMin(scaleMin).scaleMax(scaleMax).build();
  }

  /**
   * Obtains a reverse-coded item.
   *
   * @param id the identifier, not blank
   * @param facet the facet measured, not null
   * @param scaleMin the lowest answer, finite
   * @param scaleMax the highest answer, finite and {@code > scaleMin}
   * @return the item, reverse-coded
   * @throws IllegalArgumentException if the id is blank or the scale is not a finite, non-empty interval
   */
  public static SwitchingCostItem reversed(String id, SwitchingCostFacet facet, double scaleMin, double scaleMax) {
    return builder().id(id).facet(facet).scaleMin(scaleMin).scaleMax(scaleMax).reverseCoded(true).build();
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
    Checks.notBlank("item.id", id());
    text().ifPresent(t -> Checks.notBlank("item.text", t));
    Checks.finite("scaleMin", scaleMin());
    Checks.finite("scaleMax", scaleMax());
    if (!(scaleMax() > scaleMin())) {
      throw new IllegalArgumentException(
          "scaleMax must be > scaleMin " + scaleMin() + " (item " + id() + "): " + scaleMax());
    }
  }

  /**
   * Builds a {@link SwitchingCostItem}; {@code id}, {@code facet}, {@code scaleMin} and {@code scaleMax} are
   * required, {@code text} is optional and {@code reverseCoded} defaults to false.
   */
  public static final class Builder extends ImmutableSwitchingCostItem.Builder {
    Builder() {}
  }
}
