package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A per-period projection of the margin a newly won ("lost for good") customer brings while it stays, and of the
 * chance it stays: the input of the retention lifetime value.
 *
 * <p>Periods are counted from 0, the first period of the relationship, in which the customer is certainly
 * active. A customer active in period {@code k} is still active in period {@code k + 1} with probability
 * {@link #retention(int) retention(k)}; once lost it never returns. While active it brings
 * {@link #margin(int) margin(k)} in period {@code k}, received as {@link #timing()} says, and costs
 * {@link #retentionSpend()} during the period (at the fraction {@link #retentionSpendTiming()} of the period)
 * to keep it into the next one; no retention spend is made in the last period of a finite horizon. The
 * acquisition cost is paid once, up front.
 *
 * <p>The lists give the first periods explicitly and their last entry carries on: margins after the list grow by
 * {@link #marginGrowth()} per period from the last listed margin, and the last listed retention rate holds
 * for every later period. A single margin and a single rate therefore describe the constant-margin,
 * constant-retention model.
 */
@Value.Immutable
@ValueStyle
public abstract class CashFlowProjection {

  CashFlowProjection() {}

  /**
   * Returns the length of one period of the projection.
   *
   * @return the period, not null
   */
  public abstract CashFlowPeriod period();

  /**
   * Returns the margins (revenue less the cost to serve) of an active customer in the first periods.
   *
   * @return the margins of periods 0, 1, ..., finite, not empty; may be negative
   */
  public abstract List<Double> margins();

  /**
   * Returns the growth of the margin per period after the last listed margin, as a fraction.
   *
   * @return the growth rate, finite and {@code > -1}; 0 by default
   */
  @Value.Default
  public double marginGrowth() {
    return 0;
  }

  /**
   * Returns the retention rates of the first periods: entry {@code k} is the probability that a customer
   * active in period {@code k} is active in period {@code k + 1}.
   *
   * @return the rates, each in [0, 1], not empty
   */
  public abstract List<Double> retentionRates();

  /**
   * Returns the amount spent per period on each active customer to keep it into the next period
   * (Berger and Nasr's promotion cost).
   *
   * @return the spend per period, finite and {@code >= 0}; 0 by default
   */
  @Value.Default
  public double retentionSpend() {
    return 0;
  }

  /**
   * Returns when within a period the retention spend is paid, as a fraction of the period.
   *
   * @return the fraction in [0, 1]; 0.5 (the middle of the period, as in Berger and Nasr) by default
   */
  @Value.Default
  public double retentionSpendTiming() {
    return 0.5;
  }

  /**
   * Returns the cost of winning the customer, paid once at the valuation date.
   *
   * @return the acquisition cost, finite and {@code >= 0}; 0 by default
   */
  @Value.Default
  public double acquisitionCost() {
    return 0;
  }

  /**
   * Returns when within each period the margin is received.
   *
   * @return the convention; {@link TimingConvention#START_OF_PERIOD} by default
   */
  @Value.Default
  public TimingConvention timing() {
    return TimingConvention.START_OF_PERIOD;
  }

  /**
   * Returns the margin of an active customer in a period.
   *
   * @param k the period, {@code >= 0}
   * @return the listed margin, or the last listed margin grown by {@link #marginGrowth()} per period after it
   * @throws IllegalArgumentException if {@code k < 0}, or the grown margin overflows the double range
   */
  public double margin(int k) {
    Checks.nonNegative("period", k);
    int last = margins().size() - 1;
    if (k <= last) {
      return margins().get(k);
    }
    double margin = margins().get(last) * Math.pow(1 + marginGrowth(), k - last);
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin of period " + k + " overflows the double range: "
          + margins().get(last) + " grown by " + marginGrowth() + " for " + (k - last) + " periods");
    }
    return margin;
  }

  /**
   * Returns the probability that a customer active in a period is active in the next one.
   *
   * @param k the period, {@code >= 0}
   * @return the listed rate, or the last listed rate for later periods
   * @throws IllegalArgumentException if {@code k < 0}
   */
  public double retention(int k) {
    Checks.nonNegative("period", k);
    return retentionRates().get(Math.min(k, retentionRates().size() - 1));
  }

  /**
   * Obtains the constant-margin, constant-retention projection.
   *
   * @param period the period length, not null
   * @param margin the margin per period of an active customer, finite
   * @param retentionRate the retention rate per period, in [0, 1]
   * @return the projection, with no retention spend or acquisition cost and cash at the start of each period
   * @throws IllegalArgumentException if a value is out of range
   */
  public static CashFlowProjection constant(CashFlowPeriod period, double margin, double retentionRate) {
    return builder().period(period).addMargins(margin).addRetentionRates(retentionRate).build();
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
    Checks.notEmpty("margins", margins());
    Checks.notEmpty("retentionRates", retentionRates());
    for (int k = 0; k < margins().size(); k++) {
      Checks.finite("margins", k, margins().get(k));
    }
    for (int k = 0; k < retentionRates().size(); k++) {
      Checks.probability("retentionRates", k, retentionRates().get(k));
    }
    if (!(marginGrowth() > -1 && marginGrowth() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("marginGrowth must be finite and > -1: " + marginGrowth());
    }
    Checks.nonNegative("retentionSpend", retentionSpend());
    Checks.probability("retentionSpendTiming", retentionSpendTiming());
    Checks.nonNegative("acquisitionCost", acquisitionCost());
  }

  /**
   * Builds a {@link CashFlowProjection}; {@code period}, at least one margin and at least one retention rate are
   * required.
   */
  public static final class Builder extends ImmutableCashFlowProjection.Builder {
    Builder() {}
  }
}
