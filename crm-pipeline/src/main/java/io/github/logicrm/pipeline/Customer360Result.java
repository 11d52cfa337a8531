package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.customer.CustomerId;
import java.util.List;

/**
 * What a Customer 360 run produces: one profile per customer with orders, in customer-id order, the book summary,
 * and the account of what was left out (records after the as-of date, customers with invoices or survey answers
 * but no order).
 *
 * @param profiles one profile per customer with at least one order, sorted by customer id
 * @param summary the book summary
 * @param recordsAfterAsOf records left out because they are dated after the as-of date
 * @param customersWithoutOrders customers that have invoices or survey answers but no order, sorted
 */
public record Customer360Result(List<CustomerProfile> profiles, BookSummary summary, long recordsAfterAsOf,
    List<CustomerId> customersWithoutOrders) {

  /**
   * Makes a result, copying the lists.
   *
   * @param profiles the profiles, not null
   * @param summary the book summary, not null
   * @param recordsAfterAsOf records after the as-of date, {@code >= 0}
   * @param customersWithoutOrders customers without orders, not null
   */
  public Customer360Result {
    profiles = List.copyOf(profiles);
    java.util.Objects.requireNonNull(summary, "summary");
    customersWithoutOrders = List.copyOf(customersWithoutOrders);
  }
}
