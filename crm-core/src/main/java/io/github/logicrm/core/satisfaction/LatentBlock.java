package io.github.logicrm.core.satisfaction;

import java.util.Objects;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** A latent variable of a path model and the survey items that measure it. */
@Value.Immutable
@ValueStyle
public abstract class LatentBlock {

  LatentBlock() {}

  /**
   * Returns the latent variable's name, e.g. {@code "Satisfaction"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the names of the items measuring the variable, in the order given.
   *
   * @return the item names, unique and not empty
   */
  public abstract List<String> items();

  /**
   * Returns how the block's outer weights are estimated.
   *
   * @return the mode; {@link OuterMode#A} (reflective) by default
   */
  @Value.Default
  public OuterMode mode() {
    return OuterMode.A;
  }

  /**
   * Obtains a reflective (mode A) block.
   *
   * @param name the latent variable's name, not blank
   * @param items the item names, not empty
   * @return the block
   * @throws IllegalArgumentException if the name is blank or the items are empty, blank or repeated
   */
  public static LatentBlock of(String name, String... items) {
    return builder().name(name).addItems(Objects.requireNonNull(items, "items")).build();
  }

  /**
   * Returns this block with another outer mode.
   *
   * @param mode the mode, not null
   * @return the block with the mode
   */
  public LatentBlock withMode(OuterMode mode) {
    return builder().name(name()).items(items()).mode(mode).build();
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
    Checks.notBlank("block.name", name());
    if (items().isEmpty()) {
      throw new IllegalArgumentException("block '" + name() + "' items must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (String item : items()) {
      Checks.notBlank("block '" + name() + "' item", item);
      if (!seen.add(item)) {
        throw new IllegalArgumentException("block '" + name() + "' items must be unique, duplicate: " + item);
      }
    }
  }

  /** Builds a {@link LatentBlock}; {@code name} and at least one item are required. */
  public static final class Builder extends ImmutableLatentBlock.Builder {
    Builder() {}
  }
}
