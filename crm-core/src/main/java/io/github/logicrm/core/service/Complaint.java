package io.github.logicrm.core.service;

import java.util.Objects;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** A complaint the customer raised about a shipment: what it was about and how long it took to resolve. */
@Value.Immutable
@ValueStyle
public abstract class Complaint {

  Complaint() {}

  /**
   * Returns what the complaint was about.
   *
   * @return the category, not null
   */
  @Value.Parameter
  public abstract ComplaintCategory category();

  /**
   * Returns the time from the complaint being raised to its resolution.
   *
   * @return the resolution time, not negative; empty while the complaint is open
   */
  @Value.Parameter
  public abstract Optional<Duration> resolutionTime();

  /**
   * Obtains a resolved complaint.
   *
   * @param category what it was about, not null
   * @param resolutionTime time to resolve, not null and not negative
   * @return the complaint
   * @throws IllegalArgumentException if the resolution time is negative
   */
  public static Complaint resolved(ComplaintCategory category, Duration resolutionTime) {
    return ImmutableComplaint.of(category, Optional.of(Objects.requireNonNull(resolutionTime, "resolutionTime")));
  }

  /**
   * Obtains a complaint not yet resolved.
   *
   * @param category what it was about, not null
   * @return the complaint
   */
  public static Complaint open(ComplaintCategory category) {
    return ImmutableComplaint.of(category, Optional.empty());
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
    resolutionTime().ifPresent(d -> {
      if (d.isNegative()) {
        throw new IllegalArgumentException("resolutionTime must not be negative: " + d);
      }
    });
  }

  /** Builds a {@link Complaint}; {@code category} is required. */
  public static final class Builder extends ImmutableComplaint.Builder {
    Builder() {}
  }
}
