package io.github.logicrm.core.book;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.service.ServiceSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One customer's row of the Customer 360 table: every figure derived once from the customer's own records, with
 * the evidence behind the classifications (the lifecycle assessment, the churn signals, the win-back reasons).
 *
 * <p>Units: money in the book's currency; recency and age in weeks; CLV and expected orders over the horizon the
 * {@link BookSummary} states, discounted at its rate.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerProfile {

  CustomerProfile() {}

  /**
   * Returns the customer.
   *
   * @return the id, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the name from the customer master.
   *
   * @return the name; empty without a master row or name
   */
  public abstract Optional<String> name();

  /**
   * Returns the segment from the customer master.
   *
   * @return the segment; empty without one
   */
  public abstract Optional<String> segment();

  /**
   * Returns the customer's status derived from its orders and lifecycle stage.
   *
   * @return the status: FIRST_TIME, REPEAT, LOYAL or LOST
   */
  public abstract CustomerStatus status();

  /**
   * Returns the day of the first order.
   *
   * @return the first order day, not null
   */
  public abstract LocalDate firstOrder();

  /**
   * Returns the day of the last order on or before the as-of date.
   *
   * @return the last order day, not before {@link #firstOrder()}
   */
  public abstract LocalDate lastOrder();

  /**
   * Returns the number of orders up to the as-of date.
   *
   * @return the orders, {@code >= 1}
   */
  public abstract long orders();

  /**
   * Returns the revenue of all orders up to the as-of date.
   *
   * @return the revenue, {@code >= 0}
   */
  public abstract double revenue();

  /**
   * Returns the revenue of the twelve months up to the as-of date.
   *
   * @return the trailing twelve-month revenue, {@code >= 0}
   */
  public abstract double revenue12m();

  /**
   * Returns the margin rate used for this customer: revenue less cost over revenue of the orders whose cost is
   * known, or the configured rate when no order carried a cost.
   *
   * @return the margin rate, at most 1; negative for a customer who costs more than it brings
   */
  public abstract double marginRate();

  /**
   * Returns the repeat purchase frequency x: order days after the first.
   *
   * @return x, {@code >= 0}
   */
  public abstract int frequency();

  /**
   * Returns the recency t_x: time from the first to the last order day, in weeks.
   *
   * @return t_x, {@code >= 0}
   */
  public abstract double recency();

  /**
   * Returns the age T: time from the first order day to the as-of date, in weeks.
   *
   * @return T, {@code >= recency}
   */
  public abstract double age();

  /**
   * Returns the mean revenue of the repeat order days (the first order day left out), the figure the spend model
   * is fitted on.
   *
   * @return the mean repeat spend; empty when {@code frequency} is 0
   */
  public abstract OptionalDouble meanRepeatSpend();

  /**
   * Returns the probability that the customer is still active, from the book's purchase model.
   *
   * @return P(alive) in [0, 1]
   */
  public abstract double pAlive();

  /**
   * Returns the expected number of orders over the horizon.
   *
   * @return expected orders, {@code >= 0}
   */
  public abstract double expectedOrders();

  /**
   * Returns the expected revenue per order from the spend model (the customer's own mean when no spend model
   * could be fitted).
   *
   * @return expected revenue per order, {@code >= 0}
   */
  public abstract double expectedOrderValue();

  /**
   * Returns the customer lifetime value: margin rate x expected order value x discounted expected orders over
   * the horizon.
   *
   * @return the CLV, finite; negative when the margin rate is
   */
  public abstract double clv();

  /**
   * Returns the ABC tier, on the book's one value basis.
   *
   * @return the tier, not null
   */
  public abstract ValueTier abcTier();

  /**
   * Returns the customer's value on the basis the tiers were cut on.
   *
   * @return the tier value
   */
  public abstract double tierValue();

  /**
   * Returns the RFM scores.
   *
   * @return the scores, not null
   */
  public abstract RfmScore rfm();

  /**
   * Returns the lifecycle stage with its evidence, from the monthly order series.
   *
   * @return the assessment, not null
   */
  public abstract LifecycleAssessment lifecycle();

  /**
   * Returns the service record: 7R pass counts, perfect orders both ways, OTIF under the configured profile and
   * complaints.
   *
   * @return the service summary; empty for a purchase-only log
   */
  public abstract Optional<ServiceSummary> service();

  /**
   * Returns the mean hours from shipping to delivery over the customer's orders.
   *
   * @return the mean delivery cycle in hours; empty for a purchase-only log
   */
  public abstract OptionalDouble meanDeliveryHours();

  /**
   * Returns the invoices open at the as-of date.
   *
   * @return the outstanding amount; empty when no invoices were given
   */
  public abstract OptionalDouble receivablesOutstanding();

  /**
   * Returns the part of the outstanding amount past its due date at the as-of date.
   *
   * @return the overdue amount; empty when no invoices were given
   */
  public abstract OptionalDouble receivablesOverdue();

  /**
   * Returns days sales outstanding: outstanding receivables over the invoiced amount of the last 90 days, times 90.
   *
   * @return DSO in days; empty when no invoices were given or none was issued in the last 90 days
   */
  public abstract OptionalDouble daysSalesOutstanding();

  /**
   * Returns the customer's satisfaction index on 0-100 (weighted CSI of its respondents' mean answers).
   *
   * @return the CSI; empty without survey answers
   */
  public abstract OptionalDouble csi();

  /**
   * Returns the customer's net promoter score over its respondents.
   *
   * @return NPS in [-100, 100]; empty without recommend answers
   */
  public abstract OptionalDouble nps();

  /**
   * Returns the number of survey respondents at the customer.
   *
   * @return respondents, {@code >= 0}
   */
  public abstract int respondents();

  /**
   * Returns the churn risk with the signals and reasons that decided it.
   *
   * @return the risk; empty for a LOST customer, who has churned already (see {@link #winBack()})
   */
  public abstract Optional<ChurnRisk> churn();

  /**
   * Returns the customers this one depends on that are lost or whose own churn risk is HIGH (the triangular-link
   * signal).
   *
   * @return the at-risk customers depended on, possibly empty
   */
  public abstract List<CustomerId> atRiskDependencies();

  /**
   * Returns the win-back advice, for a lost or at-risk customer.
   *
   * @return the advice; empty for a customer neither lost nor at HIGH churn risk
   */
  public abstract Optional<WinBackAdvice> winBack();

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
    if (lastOrder().isBefore(firstOrder())) {
      throw new IllegalArgumentException("lastOrder must not be before firstOrder " + firstOrder() + ": " + lastOrder());
    }
    if (!(orders() >= 1)) {
      throw new IllegalArgumentException("orders must be >= 1: " + orders());
    }
    Checks.nonNegative("revenue", revenue());
    Checks.nonNegative("revenue12m", revenue12m());
    if (!(marginRate() <= 1)) {
      throw new IllegalArgumentException("marginRate must be <= 1: " + marginRate());
    }
    Checks.probability("pAlive", pAlive());
    Checks.nonNegative("expectedOrders", expectedOrders());
    Checks.finite("clv", clv());
  }

  /** Builds a {@link CustomerProfile}. */
  public static final class Builder extends ImmutableCustomerProfile.Builder {
    Builder() {}
  }
}
