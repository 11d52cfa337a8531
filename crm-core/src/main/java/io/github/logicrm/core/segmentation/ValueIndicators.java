package io.github.logicrm.core.segmentation;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The indicators a logistics provider ranks a shipper by: current value from the financials, potential value
 * from the market, and the operating costs the customer's freight causes.
 *
 * <p>Current value: shipment volume, revenue, revenue contribution share, receivables collection rate.
 * Potential value: planned volume, planned growth rate, loyalty. Operating efficiency (counted against the
 * customer): truck waiting fees, storage fees, seasonal volatility. All figures cover the same period (a
 * year, say) in the caller's units; they are compared only across customers of one book, so the units need
 * only be the same for every customer.
 */
@Value.Immutable
@ValueStyle
public abstract class ValueIndicators {

  ValueIndicators() {}

  /**
   * Returns the customer the indicators belong to.
   *
   * @return the customer id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the shipment volume handled for the customer (shipments, tonnes or TEU).
   *
   * @return the volume, finite and {@code >= 0}
   */
  public abstract double volume();

  /**
   * Returns the revenue earned from the customer, in the caller's currency.
   *
   * @return the revenue, finite and {@code >= 0}
   */
  public abstract double revenue();

  /**
   * Returns the customer's contribution share: its contribution margin (or revenue) as a fraction of the
   * provider's total.
   *
   * @return the share, in [0, 1]
   */
  public abstract double contributionShare();

  /**
   * Returns the receivables collection rate: the fraction of the customer's invoices collected on time.
   *
   * @return the rate, in [0, 1]
   */
  public abstract double receivablesCollectionRate();

  /**
   * Returns the volume the customer plans to ship with the provider next period, in the unit of
   * {@link #volume()}.
   *
   * @return the planned volume, finite and {@code >= 0}
   */
  public abstract double plannedVolume();

  /**
   * Returns the customer's planned growth rate as a fraction (0.1 for 10%).
   *
   * @return the growth rate, finite and {@code > -1}
   */
  public abstract double plannedGrowth();

  /**
   * Returns the customer's loyalty score.
   *
   * @return the score, in [0, 100]
   */
  public abstract double loyalty();

  /**
   * Returns the truck waiting (detention) fees the customer's freight caused, in the caller's currency.
   *
   * @return the fees, finite and {@code >= 0}
   */
  public abstract double truckWaitingFees();

  /**
   * Returns the storage fees the customer's freight caused beyond contract, in the caller's currency.
   *
   * @return the fees, finite and {@code >= 0}
   */
  public abstract double storageFees();

  /**
   * Returns the seasonal volatility of the customer's volume, e.g. the coefficient of variation of its
   * monthly volume.
   *
   * @return the volatility, finite and {@code >= 0}
   */
  public abstract double seasonalVolatility();

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
    Checks.nonNegative("volume", volume());
    Checks.nonNegative("revenue", revenue());
    Checks.probability("contributionShare", contributionShare());
    Checks.probability("receivablesCollectionRate", receivablesCollectionRate());
    Checks.nonNegative("plannedVolume", plannedVolume());
    if (!(plannedGrowth() > -1 && plannedGrowth() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("plannedGrowth must be finite and > -1: " + plannedGrowth());
    }
    Checks.inClosedRange("loyalty", loyalty(), 0, 100);
    Checks.nonNegative("truckWaitingFees", truckWaitingFees());
    Checks.nonNegative("storageFees", storageFees());
    Checks.nonNegative("seasonalVolatility", seasonalVolatility());
  }

  /** Builds {@link ValueIndicators}; every attribute is required. */
  public static final class Builder extends ImmutableValueIndicators.Builder {
    Builder() {}
  }
}
