package io.github.logicrm.core.retention;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What is known about one customer for churn early warning, for the recent period: how long since its last
 * shipment against its own usual interval, its shipment volume against its own baseline, P(alive) from a fitted
 * model when there is one, its shipments and complaints and how fast they were resolved, receivables, and service
 * failures.
 *
 * <p>Volumes are shipments (or any volume measure) per period, the same period length for baseline and recent.
 * Complaints and service failures are read per shipment of the recent period, so a customer without shipments in
 * it has no complaint or service signal (no data, not good news).
 */
@Value.Immutable
@ValueStyle
public abstract class ChurnSignals {

  ChurnSignals() {}

  /**
   * Returns the customer.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the customer's usual volume per period, e.g. the mean over the previous year.
   *
   * @return the baseline, finite and {@code >= 0}; 0 means there is no baseline and no volume signal
   */
  public abstract double baselineVolume();

  /**
   * Returns the volume in the recent period.
   *
   * @return the recent volume, finite and {@code >= 0}
   */
  public abstract double recentVolume();

  /**
   * Returns the number of shipments in the recent period, the denominator of the complaint rate.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int recentShipments();

  /**
   * Returns the time since the customer's last shipment, at the valuation date.
   *
   * @return the time, not negative; empty when unknown (then {@link #typicalInterval()} must be empty too)
   */
  public abstract Optional<Duration> timeSinceLastShipment();

  /**
   * Returns the customer's own usual time between shipments, e.g. the median gap over the previous year.
   *
   * @return the interval, positive; empty when unknown (then {@link #timeSinceLastShipment()} must be empty too)
   */
  public abstract Optional<Duration> typicalInterval();

  /**
   * Returns the probability that the customer is still active, from a fitted buy-till-you-die model.
   *
   * @return P(alive) in [0, 1]; empty when no model was fitted
   */
  public abstract OptionalDouble pAlive();

  /**
   * Returns the number of complaints in the recent period.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int complaints();

  /**
   * Returns the mean time it took to resolve those complaints.
   *
   * @return the mean, not negative; empty when none was resolved
   */
  public abstract Optional<Duration> meanResolutionTime();

  /**
   * Returns the receivables outstanding, in the caller's currency.
   *
   * @return the amount, finite and {@code >= 0}
   */
  public abstract double outstandingReceivables();

  /**
   * Returns the part of the outstanding receivables that is overdue.
   *
   * @return the amount, finite, {@code >= 0} and not above the outstanding amount
   */
  public abstract double overdueReceivables();

  /**
   * Returns the share of the recent period's shipments that were not perfect orders.
   *
   * @return the failure rate in [0, 1]; empty when not measured
   */
  public abstract OptionalDouble serviceFailureRate();

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
    Checks.nonNegative("baselineVolume", baselineVolume());
    Checks.nonNegative("recentVolume", recentVolume());
    pAlive().ifPresent(p -> Checks.probability("pAlive", p));
    Checks.nonNegative("recentShipments", recentShipments());
    Checks.nonNegative("complaints", complaints());
    timeSinceLastShipment().ifPresent(d -> {
      if (d.isNegative()) {
        throw new IllegalArgumentException("timeSinceLastShipment must not be negative: " + d);
      }
    });
    typicalInterval().ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("typicalInterval must be positive: " + d);
      }
    });
    if (timeSinceLastShipment().isPresent() != typicalInterval().isPresent()) {
      throw new IllegalArgumentException("timeSinceLastShipment and typicalInterval must be given together: "
          + timeSinceLastShipment() + ", " + typicalInterval());
    }
    meanResolutionTime().ifPresent(d -> {
      if (d.isNegative()) {
        throw new IllegalArgumentException("meanResolutionTime must not be negative: " + d);
      }
    });
    Checks.nonNegative("outstandingReceivables", outstandingReceivables());
    Checks.nonNegative("overdueReceivables", overdueReceivables());
    if (overdueReceivables() > outstandingReceivables()) {
      throw new IllegalArgumentException("overdueReceivables must be <= outstandingReceivables "
          + outstandingReceivables() + ": " + overdueReceivables());
    }
    serviceFailureRate().ifPresent(r -> Checks.probability("serviceFailureRate", r));
  }

  /**
   * Builds a {@link ChurnSignals}; {@code customerId}, the volumes, {@code recentShipments}, {@code complaints} and
   * the receivables are required.
   */
  public static final class Builder extends ImmutableChurnSignals.Builder {
    Builder() {}
  }
}
