package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.customer.CustomerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Customer 360 run produces: one profile per customer with orders, in customer-id order, the book summary,
 * and the account of what was left out (records after the as-of date, customers with invoices or survey answers
 * but no order), and each customer's orders per month.
 *
 * @param profiles one profile per customer with at least one order, sorted by customer id
 * @param summary the book summary
 * @param recordsAfterAsOf records left out because they are dated after the as-of date
 * @param customersWithoutOrders customers that have invoices or survey answers but no order, sorted
 * @param orderSeries the monthly order counts of each profiled customer, by customer id
 */
public record Customer360Result(List<CustomerProfile> profiles, BookSummary summary, long recordsAfterAsOf,
    List<CustomerId> customersWithoutOrders, Map<CustomerId, MonthlyOrders> orderSeries) {

  /**
   * Makes a result, copying the lists.
   *
   * @param profiles the profiles, not null
   * @param summary the book summary, not null
   * @param recordsAfterAsOf records after the as-of date, {@code >= 0}
   * @param customersWithoutOrders customers without orders, not null
   * @param orderSeries the monthly order counts by customer, not null
   */
  public Customer360Result {
    profiles = List.copyOf(profiles);
    java.util.Objects.requireNonNull(summary, "summary");
    customersWithoutOrders = List.copyOf(customersWithoutOrders);
    orderSeries = Map.copyOf(orderSeries);
  }

  /**
   * Makes a result without order series.
   *
   * @param profiles the profiles, not null
   * @param summary the book summary, not null
   * @param recordsAfterAsOf records after the as-of date, {@code >= 0}
   * @param customersWithoutOrders customers without orders, not null
   */
  public Customer360Result(List<CustomerProfile> profiles, BookSummary summary, long recordsAfterAsOf,
      List<CustomerId> customersWithoutOrders) {
    this(profiles, summary, recordsAfterAsOf, customersWithoutOrders, Map.of());
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
