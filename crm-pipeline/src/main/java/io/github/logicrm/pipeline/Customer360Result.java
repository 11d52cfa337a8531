package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.customer.CustomerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Customer 360 run produces: one profile per customer with orders, in customer-id order, the book summary,
 * the account of what was left out (records after the as-of date, customers with invoices or survey answers
 * but no order), each customer's orders per month and, when the configuration names a holdout period, the
 * validation of the purchase model on it.
 *
 * @param profiles one profile per customer with at least one order, sorted by customer id
 * @param summary the book summary
 * @param recordsAfterAsOf records left out because they are dated after the as-of date
 * @param customersWithoutOrders customers that have invoices or survey answers but no order, sorted
 * @param orderSeries the monthly order counts of each profiled customer, by customer id
 * @param validation the configured purchase model fitted on the orders before the holdout period and checked
 *     against the orders in it; empty without {@link PipelineConfig#withHoldoutFrom}
 */
public record Customer360Result(List<CustomerProfile> profiles, BookSummary summary, long recordsAfterAsOf,
    List<CustomerId> customersWithoutOrders, Map<CustomerId, MonthlyOrders> orderSeries,
    Optional<PurchaseModelComparison> validation) {

  /**
   * Makes a result, copying the lists and the map.
   *
   * @param profiles the profiles, not null
   * @param summary the book summary, not null
   * @param recordsAfterAsOf records after the as-of date, {@code >= 0}
   * @param customersWithoutOrders customers without orders, not null
   * @param orderSeries the monthly order counts by customer, not null
   * @param validation the holdout validation, not null (empty for none)
   */
  public Customer360Result {
    profiles = List.copyOf(profiles);
    java.util.Objects.requireNonNull(summary, "summary");
    customersWithoutOrders = List.copyOf(customersWithoutOrders);
    orderSeries = Map.copyOf(orderSeries);
    java.util.Objects.requireNonNull(validation, "validation");
  }

  /**
   * Makes a result without order series and without holdout validation, copying the lists.
   *
   * @param profiles the profiles, not null
   * @param summary the book summary, not null
   * @param recordsAfterAsOf records after the as-of date, {@code >= 0}
   * @param customersWithoutOrders customers without orders, not null
   */
  public Customer360Result(List<CustomerProfile> profiles, BookSummary summary, long recordsAfterAsOf,
      List<CustomerId> customersWithoutOrders) {
    this(profiles, summary, recordsAfterAsOf, customersWithoutOrders, Map.of(), Optional.empty());
  }

  /**
   * Returns one customer's orders per month.
   *
   * @param customerId the customer, not null
   * @return the series; empty for a customer without orders or a result made without series
   */
  public Optional<MonthlyOrders> orderSeries(CustomerId customerId) {
    return Optional.ofNullable(orderSeries.get(java.util.Objects.requireNonNull(customerId, "customerId")));
  }
}
