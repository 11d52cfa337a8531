package io.github.logicrm.core.lifecycle;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A customer's periodic business volume, oldest period first: shipments and, when known, revenue.
 *
 * <p>The period (month, week, quarter) is the caller's and is the same for both series. A period with no
 * business has volume 0. Revenue is in the caller's currency.
 */
@Value.Immutable
@ValueStyle
public abstract class VolumeHistory {

  VolumeHistory() {}

  /**
   * Returns the customer the history belongs to.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the shipments per period (count, tonnes, TEU: the caller's unit), oldest first.
   *
   * @return the shipments, not empty; each finite and {@code >= 0}
   */
  public abstract List<Double> shipments();

  /**
   * Returns the revenue per period, oldest first, aligned with {@link #shipments()}.
   *
   * @return the revenue, empty when not known, else as long as the shipments; each finite and {@code >= 0}
   */
  public abstract List<Double> revenue();

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
    Checks.notEmpty("shipments", shipments());
    checkSeries("shipments", shipments());
    if (!revenue().isEmpty()) {
      Checks.sameLength("revenue", revenue().size(), "shipments", shipments().size());
      checkSeries("revenue", revenue());
    }
  }

  private static void checkSeries(String name, List<Double> series) {
    for (int i = 0; i < series.size(); i++) {
      Checks.nonNegative(name, i, series.get(i));
    }
  }

  /** Builds a {@link VolumeHistory}; {@code customerId} and at least one shipment period are required. */
  public static final class Builder extends ImmutableVolumeHistory.Builder {
    Builder() {}
  }
}
