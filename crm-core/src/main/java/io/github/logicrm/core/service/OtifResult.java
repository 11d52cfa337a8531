package io.github.logicrm.core.service;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An OTIF (on time in full) figure with the definition it was computed under: the unit counted, the window
 * judged against, how early deliveries were treated, and the named profile those settings make, if any, with its
 * common target.
 */
@Value.Immutable
@ValueStyle
public abstract class OtifResult {

  OtifResult() {}

  /**
   * Returns what was counted.
   *
   * @return the unit, not null
   */
  public abstract OtifUnit unit();

  /**
   * Returns the window deliveries were judged against.
   *
   * @return the reference, not null
   */
  public abstract TimeReference reference();

  /**
   * Returns how deliveries before the window were treated.
   *
   * @return the early-delivery rule, not null
   */
  public abstract EarlyDelivery earlyDelivery();

  /**
   * Returns the named definition the settings make.
   *
   * @return the profile; empty when the settings are not those of a named profile
   */
  public abstract Optional<OtifProfile> profile();

  /**
   * Returns the target commonly used with the profile, as a reference (not a verdict).
   *
   * @return the target in (0, 1]; empty when there is none
   */
  public abstract OptionalDouble target();

  /**
   * Returns how many orders, lines or units (ordered quantity) were delivered on time in full.
   *
   * @return the count, finite, {@code >= 0} and not above {@link #total()}
   */
  public abstract double onTimeInFull();

  /**
   * Returns how many orders, lines or units were ordered.
   *
   * @return the total, finite and {@code > 0}
   */
  public abstract double total();

  /**
   * Returns the OTIF rate.
   *
   * @return {@code onTimeInFull / total}, in [0, 1]
   */
  public double rate() {
    return onTimeInFull() / total();
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
    Checks.positive("total", total());
    Checks.nonNegative("onTimeInFull", onTimeInFull());
    if (onTimeInFull() > total()) {
      throw new IllegalArgumentException("onTimeInFull must be <= total " + total() + ": " + onTimeInFull());
    }
    profile().ifPresent(p -> {
      if (!p.matches(reference(), earlyDelivery(), unit())) {
        throw new IllegalArgumentException("profile must match the settings " + unit() + ", " + reference() + ", "
            + earlyDelivery() + ": " + p);
      }
    });
    target().ifPresent(t -> {
      if (!(t > 0 && t <= 1)) {
        throw new IllegalArgumentException("target must be in (0, 1]: " + t);
      }
    });
  }

  /** Builds an {@link OtifResult}; every attribute but the profile and target is required. */
  public static final class Builder extends ImmutableOtifResult.Builder {
    Builder() {}
  }
}
