package io.github.logicrm.core.book;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One survey response from a person at a customer: the answers to the rated items (on the survey's declared
 * scale, which the pipeline's configuration states) and, when asked, the 0-10 "would you recommend us" answer.
 */
@Value.Immutable
@ValueStyle
public abstract class SurveyRecord {

  SurveyRecord() {}

  /**
   * Returns the customer the respondent works for.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the respondent's id, unique within the survey.
   *
   * @return the respondent id, not blank
   */
  public abstract String respondentId();

  /**
   * Returns the day the answers were given.
   *
   * @return the date, not null
   */
  public abstract LocalDate answeredOn();

  /**
   * Returns the answers by item name, in the survey's order; a skipped item is absent.
   *
   * @return the answers, finite numbers; may be empty
   */
  public abstract Map<String, Double> answers();

  /**
   * Returns the answer to "how likely are you to recommend us" on 0-10, when asked.
   *
   * @return the answer in {@code [0, 10]}; empty when not asked or skipped
   */
  public abstract OptionalInt recommend();

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
    Checks.notBlank("respondentId", respondentId());
    answers().forEach((item, value) -> {
      Checks.notBlank("answers item", item);
      Checks.finite("answers[" + item + "]", value);
    });
    if (recommend().isPresent()) {
      Checks.inClosedRange("recommend", recommend().getAsInt(), 0, 10);
    }
  }

  /** Builds a {@link SurveyRecord}; {@code customerId}, {@code respondentId} and {@code answeredOn} are required. */
  public static final class Builder extends ImmutableSurveyRecord.Builder {
    Builder() {}
  }
}
