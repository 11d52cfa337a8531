package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A fitted continuous-time purchase model (BG/NBD, MBG/NBD, Pareto/NBD): per-customer predictions from
 * frequency x, recency t_x and age T, all times in the unit of the data the model was fitted on.
 *
 * <p>The implementations are this library's: {@link BgNbd}, {@link MbgNbd} and {@link ParetoNbd}. They are
 * immutable and thread-safe; the per-customer methods allocate nothing, so the batch method can score millions
 * of customers without garbage.
 *
 * <p>Times (the horizon t, the recency t_x and the age T) are at most {@link #MAX_TIME}; longer ones are
 * rejected with an {@link IllegalArgumentException} naming the argument, the bound and the value.
 */
public sealed interface PurchaseModel permits AbstractPurchaseModel {

  /**
   * The longest horizon and age the methods accept, in the data's time unit: 1e9 (2.7 million years of daily
   * data). The predictions are verified against high-precision values up to it; far beyond it the rate
   * scaled by the horizon leaves the double range and the quadratures lose their accuracy.
   */
  double MAX_TIME = 1e9;

  /**
   * Returns which model this is.
   *
   * @return the model kind
   */
  PurchaseModelKind kind();

  /**
   * Returns the model's parameters.
   *
   * @return a new array, in the order of {@link PurchaseModelKind#parameterNames()}
   */
  double[] parameters();

  /**
   * Returns the log-likelihood of one customer's history.
   *
   * @param x frequency, {@code >= 0}
   * @param tx recency, {@code 0 <= tx <= T}
   * @param age age T, {@code 0 <= T <= MAX_TIME}
   * @return the log-likelihood
   */
  double logLikelihood(int x, double tx, double age);

  /**
   * Returns the probability that a customer with this history is still active at the end of the
   * calibration period.
   *
   * @param x frequency, {@code >= 0}
   * @param tx recency
   * @param age age T
   * @return P(alive), in [0, 1]
   */
  double probabilityAlive(int x, double tx, double age);

  /**
   * Returns the expected number of purchases in the next {@code t} time units of a customer with this
   * history: E[Y(t) | x, t_x, T].
   *
   * @param t horizon, {@code 0 <= t <= MAX_TIME}
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return the expected purchases
   */
  double conditionalExpectedPurchases(double t, int x, double tx, double age);

  /**
   * Returns the expected number of repeat purchases in the first {@code t} time units of a customer picked at
   * random, E[X(t)].
   *
   * @param t time since the first purchase, {@code 0 <= t <= MAX_TIME}
   * @return the expected purchases
   */
  double expectedPurchases(double t);

  /**
   * Returns the probability that a customer picked at random makes exactly {@code n} repeat purchases in the
   * first {@code t} time units, P(X(t) = n).
   *
   * @param n number of purchases, {@code >= 0}
   * @param t time, {@code 0 <= t <= MAX_TIME}
   * @return the probability
   */
  double probabilityOfPurchases(int n, double t);

  /**
   * Scores a book in columns: P(alive) and E[Y(t) | x, t_x, T] per customer. Allocates nothing.
   *
   * @param t horizon, {@code 0 <= t <= MAX_TIME}
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length, each at most {@link #MAX_TIME}
   * @param probabilityAlive output, same length
   * @param expectedPurchases output, same length
   * @throws IllegalArgumentException if lengths differ or a row is invalid (the message names the row)
   */
  void score(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases);

  /**
   * Scores a book in columns as {@link #score(double, int[], double[], double[], double[], double[])} does, on
   * the calling thread and helpers run by {@code executor}: the rows are cut into blocks of 4,096 that the
   * threads take in turn. Every figure equals the one-thread result bit for bit (each row is computed by the
   * same code, whichever thread takes it). The calling thread works too and takes whatever blocks the helpers
   * have not started, so the call finishes even if the executor never runs them (a busy or saturated pool);
   * with {@link java.util.concurrent.ForkJoinPool#commonPool()} on two cores (a pool of one thread) both cores
   * score. Allocates a few objects per call, nothing per customer.
   *
   * @param t horizon, {@code 0 <= t <= MAX_TIME}
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length, each at most {@link #MAX_TIME}
   * @param probabilityAlive output, same length
   * @param expectedPurchases output, same length
   * @param executor runs the helpers (one fewer than the available processors), not null
   * @throws IllegalArgumentException if lengths differ or a row is invalid (the message names the row); the
   *     columns are checked before any thread starts
   * @throws NullPointerException if an argument is null
   */
  default void score(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    score(t, x, tx, age, probabilityAlive, expectedPurchases);
  }

  /**
   * Makes the model a fit describes.
   *
   * @param fit a fit of BG/NBD, MBG/NBD or Pareto/NBD, converged or stopped at its iteration limit
   * @return the model
   * @throws IllegalArgumentException if the fit is of another model (an Erlang-k fit goes to
   *     {@link ErlangPurchaseModel#from}) or its status is
   *     {@link io.github.logicrm.core.clv.PurchaseFitStatus#NOT_IDENTIFIED} (its parameters are not fit for
   *     prediction; give trusted ones to the model's {@code of(..)} instead)
   */
  static PurchaseModel from(PurchaseModelFit fit) {
    double[] p = Rows.checkIdentified(fit).parameterArray();
    return switch (fit.model()) {
      case BG_NBD -> BgNbd.of(p[0], p[1], p[2], p[3]);
      case MBG_NBD -> MbgNbd.of(p[0], p[1], p[2], p[3]);
      case PARETO_NBD -> ParetoNbd.of(p[0], p[1], p[2], p[3]);
      case BG_BB, GAMMA_GAMMA -> throw new IllegalArgumentException(
          "fit must be of BG_NBD, MBG_NBD or PARETO_NBD for a purchase model: " + fit.model());
      case BG_CNBD_K, MBG_CNBD_K -> throw new IllegalArgumentException("fit must be of BG_NBD, MBG_NBD or"
          + " PARETO_NBD for a purchase model (ErlangPurchaseModel.from makes Erlang-k models): " + fit.model());
    };
  }
}
