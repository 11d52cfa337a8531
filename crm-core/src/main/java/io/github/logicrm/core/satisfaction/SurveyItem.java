package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One question of a satisfaction survey, with the scale its answers are given on.
 *
 * <p>The scale is declared, never guessed from the answers: a 0-10 item is {@code [0, 10]}, a five-point Likert
 * item {@code [1, 5]}. A reverse-coded item ("I often had to chase my shipments") is asked so that a high answer
 * means low satisfaction; {@link #recode(double)} turns it around ({@code min + max - x}) so that every item
 * points the same way before it is combined with others.
 */
@Value.Immutable
@ValueStyle
public abstract class SurveyItem {

  SurveyItem() {}

  /**
   * Returns the item's name, the key its answers are stored under.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the lowest answer the scale allows.
   *
   * @return the minimum, finite and below {@link #max()}
   */
  public abstract double min();

  /**
   * Returns the highest answer the scale allows.
   *
   * @return the maximum, finite and above {@link #min()}
   */
  public abstract double max();

  /**
   * Returns whether a high answer means low satisfaction.
   *
   * @return true for a reverse-coded item; false by default
   */
  @Value.Default
  public boolean reverseCoded() {
    return false;
  }

  /**
   * Returns the question as asked.
   *
   * @return the wording, if given; never blank when present
   */
  public abstract Optional<String> label();

  /**
   * Returns the answer turned so that higher means more satisfied: {@code min + max - x} for a reverse-coded
   * item, {@code x} otherwise.
   *
   * @param answer an answer on the item's scale
   * @return the recoded answer, on the same scale
   * @throws IllegalArgumentException if the answer is outside the scale or NaN
   */
  public double recode(double answer) {
    Checks.inClosedRange("answer to '" + name() + "'", answer, min(), max());
    return reverseCoded() ? min() + max() - answer : answer;
  }

  /**
   * Returns the recoded answer rescaled to 0-100: {@code 100 (recode(x) - min) / (max - min)}.
   *
   * @param answer an answer on the item's scale
   * @return the score in [0, 100]
   * @throws IllegalArgumentException if the answer is outside the scale or NaN
   */
  public double rescale(double answer) {
    return 100 * (recode(answer) - min()) / (max() - min());
  }

  /**
   * Obtains an item that is not reverse coded.
   *
   * @param name the item's name, not blank
   * @param min the lowest answer, finite
   * @param max the highest answer, finite and {@code > min}
   * @return the item
   * @throws IllegalArgumentException if the name is blank or the scale is empty or not finite
   */
  public static SurveyItem of(String name, double min, double max) {
    return builder().name(name).min(min).max(max).build();
  }

  /**
   * Obtains a reverse-coded item.
   *
   * @param name the item's name, not blank
   * @param min the lowest answer, finite
   * @param max the highest answer, finite and {@code > min}
   * @return the item
   * @throws IllegalArgumentException if the name is blank or the scale is empty or not finite
   */
  public static SurveyItem reversed(String name, double min, double max) {
    return builder().name(name).min(min).max(max).reverseCoded(true).build();
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
    Checks.notBlank("item.name", name());
    Checks.finite(name() + ".min", min());
    Checks.finite(name() + ".max", max());
    if (!(max() > min())) {
      throw new IllegalArgumentException(name() + ".max must be > min " + min() + ": " + max());
    }
    label().ifPresent(l -> Checks.notBlank(name() + ".label", l));
  }

  /** Builds a {@link SurveyItem}; {@code name}, {@code min} and {@code max} are required. */
  public static final class Builder extends ImmutableSurveyItem.Builder {
    Builder() {}
  }
}
