package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/** A directed path of the inner (structural) model: latent variable {@code from} drives {@code to}. */
@Value.Immutable
@ValueStyle
public abstract class StructuralPath {

  StructuralPath() {}

  /**
   * Returns the driving latent variable.
   *
   * @return its block name, not blank
   */
  @Value.Parameter
  public abstract String from();

  /**
   * Returns the driven latent variable.
   *
   * @return its block name, not blank and not {@link #from()}
   */
  @Value.Parameter
  public abstract String to();

  /**
   * Obtains a path.
   *
   * @param from the driving block's name
   * @param to the driven block's name
   * @return the path
   * @throws IllegalArgumentException if a name is blank or both are the same
   */
  public static StructuralPath of(String from, String to) {
    return ImmutableStructuralPath.of(from, to);
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
    Checks.notBlank("path.from", from());
    Checks.notBlank("path.to", to());
    if (from().equals(to())) {
      throw new IllegalArgumentException("path must join two different blocks: " + from() + " -> " + to());
    }
  }

  @Override
  public String toString() {
    return from() + " -> " + to();
  }

  /** Builds a {@link StructuralPath}; {@code from} and {@code to} are required. */
  public static final class Builder extends ImmutableStructuralPath.Builder {
    Builder() {}
  }
}
