package io.github.logicrm.core.customer;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/** One way to reach a contact: a kind and its address or number. */
@Value.Immutable
@ValueStyle
public abstract class ContactChannel {

  ContactChannel() {}

  /**
   * Returns the kind of channel.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract ChannelKind kind();

  /**
   * Returns the address, number or handle.
   *
   * @return the value, not blank
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains a channel.
   *
   * @param kind the kind of channel, not null
   * @param value the address, number or handle, not blank
   * @return the channel
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ContactChannel of(ChannelKind kind, String value) {
    return ImmutableContactChannel.of(kind, value);
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
    Checks.notBlank("channel.value", value());
  }

  /** Builds a {@link ContactChannel}; {@code kind} and {@code value} are required. */
  public static final class Builder extends ImmutableContactChannel.Builder {
    Builder() {}
  }
}
