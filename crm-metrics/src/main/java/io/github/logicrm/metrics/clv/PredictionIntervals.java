package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.CustomerIntervals;

/**
 * Confidence intervals for a customer's P(alive), expected purchases and CLV, and for a book's equity, from the
 * uncertainty of a fitted purchase model (and spend model): by the delta method ({@link DeltaMethodIntervals}) or
 * from a bootstrap ({@link BootstrapIntervals}).
 */
public sealed interface PredictionIntervals permits DeltaMethodIntervals, BootstrapIntervals {

  /**
   * Returns the confidence level.
   *
   * @return the level, in (0, 1)
   */
  double level();

  /**
   * Tells whether a spend model was given, so that CLV and equity intervals are available.
   *
   * @return {@code true} with a spend model
   */
  boolean hasSpend();

  /**
   * Returns the interval of a customer's P(alive).
   *
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return the estimate and interval
   * @throws IllegalArgumentException if the history is invalid
   */
  ConfidenceInterval probabilityAlive(int x, double tx, double age);

  /**
   * Returns the interval of a customer's expected purchases over a horizon, E[Y(t) | x, t_x, T].
   *
   * @param t horizon, {@code 0 <= t <= MAX_TIME}
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return the estimate and interval
   * @throws IllegalArgumentException if the horizon or the history is invalid
   */
  ConfidenceInterval expectedPurchases(double t, int x, double tx, double age);

  /**
   * Returns the interval of a customer's discounted lifetime value.
   *
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @param meanSpend mean repeat spend (0 without repeat purchases), finite and {@code >= 0}
   * @return the estimate and interval
   * @throws IllegalArgumentException if no spend model was given or an argument is invalid
   */
  ConfidenceInterval clv(int x, double tx, double age, double meanSpend);

  /**
   * Returns the interval of the book's equity, the sum of the customers' lifetime values.
   *
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length
   * @param meanSpend mean repeat spends, same length
   * @return the estimate and interval
   * @throws IllegalArgumentException if no spend model was given, the book is empty, lengths differ or a row is
   *     invalid
   */
  ConfidenceInterval equity(int[] x, double[] tx, double[] age, double[] meanSpend);

  /**
   * Returns a customer's P(alive) and expected purchases with their intervals, and the CLV's when a spend model
   * was given.
   *
   * @param t horizon of the expected purchases
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @param meanSpend mean repeat spend (0 without repeat purchases; ignored without a spend model)
   * @return the intervals
   * @throws IllegalArgumentException if an argument is invalid
   */
  default CustomerIntervals customer(double t, int x, double tx, double age, double meanSpend) {
    CustomerIntervals.Builder b = CustomerIntervals.builder().horizon(t)
        .probabilityAlive(probabilityAlive(x, tx, age)).expectedPurchases(expectedPurchases(t, x, tx, age));
    if (hasSpend()) {
      b.clv(clv(x, tx, age, meanSpend));
    }
    return b.build();
  }
}
