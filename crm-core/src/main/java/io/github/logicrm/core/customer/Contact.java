package io.github.logicrm.core.customer;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person at the customer the provider deals with: a buyer, a logistics manager, an accounts clerk.
 *
 * <p>The customer database keeps each contact's background as well as their channels, so that whoever picks
 * up the account knows whom they are talking to.
 */
@Value.Immutable
@ValueStyle
public abstract class Contact {

  Contact() {}

  /**
   * Returns the contact's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the contact's role at the customer, e.g. "logistics manager".
   *
   * @return the role, if known; never blank when present
   */
  public abstract Optional<String> role();

  /**
   * Returns what the provider knows of the contact's background: tenure, preferences, decision power.
   *
   * @return the background notes, if any; never blank when present
   */
  public abstract Optional<String> background();

  /**
   * Returns the ways to reach the contact, in the order given.
   *
   * @return the channels, possibly empty
   */
  public abstract List<ContactChannel> channels();

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
    Checks.notBlank("contact.name", name());
    role().ifPresent(r -> Checks.notBlank("contact.role", r));
    background().ifPresent(b -> Checks.notBlank("contact.background", b));
  }

  /** Builds a {@link Contact}; {@code name} is required. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
