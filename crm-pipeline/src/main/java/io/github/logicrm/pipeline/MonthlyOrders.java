package io.github.logicrm.pipeline;

import io.github.logicrm.core.customer.CustomerId;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * One customer's orders per calendar month, from the month of its first order to the last complete month on or
 * before the as-of date (the as-of month itself when the as-of date is its last day): the series the lifecycle stage
 * is read from. A month without orders counts 0. Compact (one int per month) and immutable.
 */
public final class MonthlyOrders {

  private final CustomerId customerId;
  private final YearMonth firstMonth;
  private final int[] orders;

  private MonthlyOrders(CustomerId customerId, YearMonth firstMonth, int[] orders) {
    this.customerId = customerId;
    this.firstMonth = firstMonth;
    this.orders = orders;
  }

  /**
   * Makes a series.
   *
   * @param customerId the customer, not null
   * @param firstMonth the month of the first count, not null
   * @param orders the orders of each month from {@code firstMonth} on, not null, each {@code >= 0}, at least one
   *     month; copied
   * @return the series
   * @throws IllegalArgumentException if there is no month or a count is negative
   */
  public static MonthlyOrders of(CustomerId customerId, YearMonth firstMonth, int... orders) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(orders, "orders");
    if (!(orders.length > 0)) {
      throw new IllegalArgumentException("orders must hold at least one month: " + orders.length);
    }
    for (int k = 0; k < orders.length; k++) {
      if (!(orders[k] >= 0)) {
        throw new IllegalArgumentException("orders[" + k + "] must be >= 0: " + orders[k]);
      }
    }
    return new MonthlyOrders(customerId, firstMonth, orders.clone());
  }

  /**
   * Returns the customer.
   *
   * @return the customer id, not null
   */
  public CustomerId customerId() {
    return customerId;
  }

  /**
   * Returns the first month of the series, the month of the customer's first order.
   *
   * @return the month, not null
   */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /**
   * Returns the last month of the series.
   *
   * @return the month, not null
   */
  public YearMonth lastMonth() {
    return firstMonth.plusMonths(orders.length - 1L);
  }

  /**
   * Returns the number of months in the series.
   *
   * @return the count, {@code >= 1}
   */
  public int months() {
    return orders.length;
  }

  /**
   * Returns the orders of one month of the series.
   *
   * @param month the month, not null
   * @return the count; 0 for a month outside the series
   */
  public int orders(YearMonth month) {
    long k = firstMonth.until(Objects.requireNonNull(month, "month"), java.time.temporal.ChronoUnit.MONTHS);
    return k >= 0 && k < orders.length ? orders[(int) k] : 0;
  }

  /**
   * Returns the counts, one per month from {@link #firstMonth()}.
   *
   * @return a fresh copy
   */
  public int[] toArray() {
    return orders.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlyOrders m && customerId.equals(m.customerId) && firstMonth.equals(m.firstMonth)
        && Arrays.equals(orders, m.orders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, firstMonth, Arrays.hashCode(orders));
  }

  @Override
  public String toString() {
    return "MonthlyOrders[" + customerId + " from " + firstMonth + ": " + Arrays.toString(orders) + "]";
  }
}
