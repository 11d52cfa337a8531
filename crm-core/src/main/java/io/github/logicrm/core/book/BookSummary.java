package io.github.logicrm.core.book;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.service.ServiceSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The book at a glance, as of one date: customers by status, customer equity with the horizon and discount rate it
 * assumes, the fitted purchase and spend models, the ABC tier table with each tier's value share, the lifecycle
 * stage distribution and transitions, the service rates, and the at-risk list.
 */
@Value.Immutable
@ValueStyle
public abstract class BookSummary {

  BookSummary() {}

  /**
   * Returns the as-of date: the last day whose records count.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the number of customers with at least one order.
   *
   * @return the customers, {@code >= 1}
   */
  public abstract int customers();

  /**
   * Returns the number of orders.
   *
   * @return the orders
   */
  public abstract long orders();

  /**
   * Returns the revenue of all orders.
   *
   * @return the revenue, {@code >= 0}
   */
  public abstract double revenue();

  /**
   * Returns customer equity: the sum of the customers' CLVs.
   *
   * @return the equity, finite
   */
  public abstract double equity();

  /**
   * Returns the CLV horizon in months.
   *
   * @return the horizon
   */
  public abstract int horizonMonths();

  /**
   * Returns the yearly discount rate the CLVs use.
   *
   * @return the rate
   */
  public abstract double annualDiscountRate();

  /**
   * Returns the customers by status.
   *
   * @return counts by status; a status with no customer is absent
   */
  public abstract Map<CustomerStatus, Integer> statuses();

  /**
   * Returns the purchase model fitted on the book (x, t_x, T in weeks).
   *
   * @return the fit with its status, not null
   */
  public abstract PurchaseModelFit purchaseFit();

  /**
   * Returns the Gamma-Gamma spend model fitted on the repeat buyers with positive spend.
   *
   * @return the fit; empty when fewer than two such customers exist
   */
  public abstract Optional<PurchaseModelFit> spendFit();

  /**
   * Returns the repeat buyers left out of the spend fit because their repeat orders carried no revenue.
   *
   * @return the excluded customers, possibly empty
   */
  public abstract List<CustomerId> spendFitExcluded();

  /**
   * Returns the ABC tier table: customers and value per tier, with shares.
   *
   * @return the tiers, KEY first
   */
  public abstract List<TierSummary> tiers();

  /**
   * Returns the customers by lifecycle stage.
   *
   * @return counts by stage; a stage with no customer is absent
   */
  public abstract Map<LifecycleStage, Integer> stages();

  /**
   * Returns the stage transitions from a year before the as-of date (customers who had ordered by then).
   *
   * @return the non-empty cells of the transition matrix
   */
  public abstract List<StageFlow> stageTransitions();

  /**
   * Returns the book-wide service record; empty for a purchase-only log.
   *
   * @return the service summary
   */
  public abstract Optional<ServiceSummary> service();

  /**
   * Returns the satisfaction index over all respondents of the book (weighted CSI of the pooled item means).
   *
   * @return the CSI on 0-100; empty without survey answers
   */
  public abstract OptionalDouble csi();

  /**
   * Returns the satisfaction index per customer segment of the master (respondents pooled per segment).
   *
   * @return CSI on 0-100 by segment; a segment without answers is absent
   */
  public abstract Map<String, Double> csiBySegment();

  /**
   * Returns the net promoter score over all respondents of the book.
   *
   * @return NPS in [-100, 100]; empty without recommend answers
   */
  public abstract OptionalDouble nps();

  /**
   * Returns the customers whose churn risk is HIGH, riskiest first (ties by id).
   *
   * @return the at-risk list
   */
  public abstract List<CustomerId> atRisk();

  /**
   * Returns the service record per calendar month of the ship day, keyed {@code yyyy-MM}, in month order: the
   * perfect-order and OTIF rates over time.
   *
   * @return the monthly summaries (without customer id); empty for a purchase-only log
   */
  public abstract Map<String, ServiceSummary> serviceByMonth();

  /**
   * Returns the service record per lane, keyed by the lane, in lane order; orders that name no lane count in
   * {@link #service()} and {@link #serviceByMonth()} only.
   *
   * @return the per-lane summaries (without customer id); empty when no order names a lane
   */
  public abstract Map<String, ServiceSummary> serviceByLane();

  /**
   * Returns the satisfaction path model fitted on the book's survey responses, with the importance-performance
   * map of the drivers of satisfaction.
   *
   * @return the fit; empty when no path model is configured or it could not be fitted
   */
  public abstract Optional<SurveyModelFit> surveyModel();

  /**
   * Returns why the configured satisfaction path model was not fitted: no response answers all its items, or the
   * responses that do cannot identify it (too few, or an item without variance).
   *
   * @return the reason; empty when the model was fitted or none is configured
   */
  public abstract Optional<String> surveyModelNotFitted();

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
    if (!(customers() >= 1)) {
      throw new IllegalArgumentException("customers must be >= 1: " + customers());
    }
    Checks.nonNegative("revenue", revenue());
    Checks.finite("equity", equity());
    serviceByMonth().keySet().forEach(month -> {
      if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
        throw new IllegalArgumentException("serviceByMonth key must be a month yyyy-MM: '" + month + "'");
      }
    });
    serviceByLane().keySet().forEach(lane -> Checks.notBlank("serviceByLane key", lane));
    surveyModelNotFitted().ifPresent(reason -> Checks.notBlank("surveyModelNotFitted", reason));
    if (surveyModel().isPresent() && surveyModelNotFitted().isPresent()) {
      throw new IllegalArgumentException("surveyModelNotFitted must be empty when surveyModel is present: "
          + surveyModelNotFitted().get());
    }
  }

  /** Builds a {@link BookSummary}. */
  public static final class Builder extends ImmutableBookSummary.Builder {
    Builder() {}
  }
}
