package io.github.logicrm.metrics.loyalty;

import io.github.logicrm.core.internal.Checks;
import java.util.Arrays;

/**
 * Behavioural loyalty measures: repeat purchase and share of wallet.
 *
 * <p>Stateless; every method allocates nothing.
 */
public final class LoyaltyMeasures {

  private LoyaltyMeasures() {}

  /**
   * Returns one customer's repeat purchase rate from its orders per period: of the periods after the first one
   * with an order, the share in which it ordered again. Orders {@code (2, 0, 1, 1, 0)}: three periods after
   * the first, two with orders, rate 2/3.
   *
   * @param ordersPerPeriod the customer's order count in each period, oldest first, each {@code >= 0}
   * @return the rate in [0, 1]
   * @throws IllegalArgumentException if a count is negative, or there is no order before the last period (so no
   *     period in which a repeat could happen)
   */
  public static double repeatPurchaseRate(int[] ordersPerPeriod) {
    int first = -1;
    int repeats = 0;
    for (int t = 0; t < ordersPerPeriod.length; t++) {
      Checks.nonNegative("ordersPerPeriod", t, ordersPerPeriod[t]);
      if (ordersPerPeriod[t] > 0) {
        if (first < 0) {
          first = t;
        } else {
          repeats++;
        }
      }
    }
    int after = first < 0 ? 0 : ordersPerPeriod.length - 1 - first;
    if (after == 0) {
      throw new IllegalArgumentException(
          "ordersPerPeriod must have an order before its last period: " + Arrays.toString(ordersPerPeriod));
    }
    return (double) repeats / after;
  }

  /**
   * Returns the repeat-customer rate of a book: of the customers who bought at least once, the share who bought
   * at least twice.
   *
   * @param purchases the number of purchases of each customer in the period, each {@code >= 0}
   * @return the rate in [0, 1]
   * @throws IllegalArgumentException if a count is negative or no customer bought
   */
  public static double repeatCustomerRate(int[] purchases) {
    int buyers = 0;
    int repeaters = 0;
    for (int i = 0; i < purchases.length; i++) {
      Checks.nonNegative("purchases", i, purchases[i]);
      buyers += purchases[i] > 0 ? 1 : 0;
      repeaters += purchases[i] > 1 ? 1 : 0;
    }
    if (buyers == 0) {
      throw new IllegalArgumentException("purchases must include at least one customer who bought");
    }
    return (double) repeaters / buyers;
  }

  /**
   * Returns the share of wallet: the provider's share of the customer's spend on the services it offers.
   *
   * @param spendWithProvider the customer's spend with the provider, finite and {@code >= 0}
   * @param categorySpend the customer's total spend on those services with all providers, finite and
   *     {@code >= spendWithProvider} and {@code > 0}
   * @return the share in [0, 1]
   * @throws IllegalArgumentException if a spend is negative, NaN or infinite, the total is 0 or less than the
   *     provider's spend
   */
  public static double shareOfWallet(double spendWithProvider, double categorySpend) {
    Checks.nonNegative("spendWithProvider", spendWithProvider);
    Checks.positive("categorySpend", categorySpend);
    if (spendWithProvider > categorySpend) {
      throw new IllegalArgumentException(
          "categorySpend must be >= spendWithProvider " + spendWithProvider + ": " + categorySpend);
    }
    return spendWithProvider / categorySpend;
  }
}
