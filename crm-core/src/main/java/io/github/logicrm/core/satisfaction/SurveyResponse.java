package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One respondent's answers to a survey: who answered (the customer), when, and the answer to each item.
 *
 * <p>An item the respondent skipped is simply absent from {@link #answers()}; what a calculator does with such a
 * respondent is the caller's choice (see the missing-answers policy of the calculators). Answers are checked
 * against the items' scales when the response is put in a {@link Survey}.
 */
@Value.Immutable
@ValueStyle
public abstract class SurveyResponse {

  SurveyResponse() {}

  /**
   * Returns the customer the respondent speaks for.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customer();

  /**
   * Returns the date the answers were given.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the answers by item name, in the order given.
   *
   * @return the answers, each finite; skipped items are absent
   */
  public abstract Map<String, Double> answers();

  /**
   * Returns the answer to one item.
   *
   * @param item the item's name
   * @return the answer, or empty if the respondent skipped the item
   */
  public OptionalDouble answer(String item) {
    Double value = answers().get(item);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
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
    answers().forEach((item, value) -> {
      Checks.notBlank("answer item", item);
      Checks.finite("answer to '" + item + "'", value);
    });
  }

  /** Builds a {@link SurveyResponse}; {@code customer} and {@code date} are required. */
  public static final class Builder extends ImmutableSurveyResponse.Builder {
    Builder() {}
  }
}
