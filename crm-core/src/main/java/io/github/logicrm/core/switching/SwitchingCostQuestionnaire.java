package io.github.logicrm.core.switching;

import java.util.Objects;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A switching-cost questionnaire: the Likert items asked, covering all eight
 * {@link SwitchingCostFacet facets}.
 *
 * <p>Item ids are unique and every facet has at least one item, so every facet can be scored. Items may use
 * different scales and may be reverse-coded. The order of {@link #items()} is the order of the columns in the
 * array forms of the scoring methods.
 */
@Value.Immutable
@ValueStyle
public abstract class SwitchingCostQuestionnaire {

  SwitchingCostQuestionnaire() {}

  /**
   * Returns the items, in the order given.
   *
   * @return the items, with unique ids, at least one per facet
   */
  public abstract List<SwitchingCostItem> items();

  /**
   * Finds the position of an item in {@link #items()}.
   *
   * @param id the item id, not null
   * @return the index, or empty if no item has that id
   */
  public OptionalInt indexOf(String id) {
    Integer index = indexById().get(Objects.requireNonNull(id, "id"));
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  @Value.Lazy
  Map<String, Integer> indexById() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items().size(); i++) {
      index.put(items().get(i).id(), i);
    }
    return Map.copyOf(index);
  }

  /**
   * Obtains a questionnaire.
   *
   * @param items the items, at least one per facet, with unique ids
   * @return the questionnaire
   * @throws IllegalArgumentException if ids repeat or a facet has no item
   */
  public static SwitchingCostQuestionnaire of(List<SwitchingCostItem> items) {
    return builder().addAllItems(Objects.requireNonNull(items, "items")).build();
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
    Checks.notEmpty("items", items());
    Set<String> ids = new HashSet<>();
    Set<SwitchingCostFacet> missing = EnumSet.allOf(SwitchingCostFacet.class);
    for (SwitchingCostItem item : items()) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("items must have unique ids, duplicate: " + item.id());
      }
      missing.remove(item.facet());
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("items must cover every facet, missing: " + missing);
    }
  }

  /** Builds a {@link SwitchingCostQuestionnaire}; at least one item per facet is required. */
  public static final class Builder extends ImmutableSwitchingCostQuestionnaire.Builder {
    Builder() {}
  }
}
