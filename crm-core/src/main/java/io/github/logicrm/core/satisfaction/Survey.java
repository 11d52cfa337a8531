package io.github.logicrm.core.satisfaction;

import java.util.Objects;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A satisfaction survey: its items and the responses collected.
 *
 * <p>Item names are unique, and every answer names a declared item and lies on that item's scale, so a
 * calculator never meets an answer it cannot place. Responses may skip items.
 */
@Value.Immutable
@ValueStyle
public abstract class Survey {

  Survey() {}

  /**
   * Returns the items, in the order given.
   *
   * @return the items, with unique names; not empty
   */
  public abstract List<SurveyItem> items();

  /**
   * Returns the responses, in the order given.
   *
   * @return the responses, possibly empty
   */
  public abstract List<SurveyResponse> responses();

  /**
   * Finds an item by name.
   *
   * @param name the item's name
   * @return the item, or empty if the survey has no item of that name
   */
  public Optional<SurveyItem> item(String name) {
    return Optional.ofNullable(itemsByName().get(name));
  }

  /**
   * Returns a survey with the same items and the given responses, e.g. one segment's or one quarter's.
   *
   * @param responses the responses to keep, not null
   * @return a new survey
   * @throws IllegalArgumentException if a response does not fit the items
   */
  public Survey withResponses(List<SurveyResponse> responses) {
    return builder().items(items()).responses(Objects.requireNonNull(responses, "responses")).build();
  }

  @Value.Lazy
  Map<String, SurveyItem> itemsByName() {
    Map<String, SurveyItem> byName = new LinkedHashMap<>();
    items().forEach(i -> byName.put(i.name(), i));
    return byName;
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
    if (items().isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
    Map<String, SurveyItem> byName = new LinkedHashMap<>();
    for (SurveyItem item : items()) {
      if (byName.put(item.name(), item) != null) {
        throw new IllegalArgumentException("items must have unique names, duplicate: " + item.name());
      }
    }
    for (int r = 0; r < responses().size(); r++) {
      for (Map.Entry<String, Double> answer : responses().get(r).answers().entrySet()) {
        SurveyItem item = byName.get(answer.getKey());
        if (item == null) {
          throw new IllegalArgumentException("responses[" + r + "] answers unknown item '" + answer.getKey()
              + "'; the survey's items are " + byName.keySet());
        }
        double x = answer.getValue();
        if (!(x >= item.min() && x <= item.max())) {
          throw new IllegalArgumentException("responses[" + r + "] answer to '" + item.name() + "' must be in ["
              + item.min() + ", " + item.max() + "]: " + x);
        }
      }
    }
  }

  /** Builds a {@link Survey}; at least one item is required. */
  public static final class Builder extends ImmutableSurvey.Builder {
    Builder() {}
  }
}
