package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.CustomerIntervals;
import io.github.logicrm.core.clv.IntervalMethod;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Percentile bootstrap intervals for each customer's P(alive), expected purchases and CLV, and for the book's
 * equity, from the refits of a {@link PurchaseModelBootstrap}.
 *
 * <p>The quantity is evaluated under every refit's parameters; the interval's ends are the {@code (1 - level) / 2}
 * and {@code (1 + level) / 2} quantiles of those values (linear interpolation between order statistics,
 * Hyndman and Fan's type 7), the standard error their standard deviation, and the estimate the quantity under
 * the full fit's parameters. The CLV of a refit uses its own Gamma-Gamma parameters, drawn on the same resample.
 *
 * <p>Immutable and thread-safe.
 */
public final class BootstrapIntervals {

  private static final double DEFAULT_LEVEL = 0.95;

  private final AbstractPurchaseModel fitted;
  private final List<AbstractPurchaseModel> models;
  private final GammaGamma fittedSpend;
  private final List<GammaGamma> spends;
  private final PurchaseClv clv;
  private final double level;

  private BootstrapIntervals(AbstractPurchaseModel fitted, List<AbstractPurchaseModel> models,
      GammaGamma fittedSpend, List<GammaGamma> spends, PurchaseClv clv, double level) {
    this.fitted = fitted;
    this.models = models;
    this.fittedSpend = fittedSpend;
    this.spends = spends;
    this.clv = clv;
    this.level = level;
  }

  /**
   * Makes the intervals at the 95% level.
   *
   * @param fit the purchase model fit on the whole book, whose estimates are the point estimates
   * @param draws its bootstrap ({@link PurchaseModelBootstrap#fit})
   * @return the calculator
   * @throws IllegalArgumentException if the fit is not identified or the draws are of another model
   */
  public static BootstrapIntervals of(PurchaseModelFit fit, BootstrapFits draws) {
    AbstractPurchaseModel fitted = (AbstractPurchaseModel) PurchaseModel.from(fit);
    Objects.requireNonNull(draws, "draws");
    if (draws.purchaseModel() != fit.model()) {
      throw new IllegalArgumentException("draws must be of the fit's model " + fit.model() + ": "
          + draws.purchaseModel());
    }
    List<AbstractPurchaseModel> models = new ArrayList<>();
    for (List<Double> row : draws.purchaseDraws()) {
      models.add(DeltaMethodIntervals.modelAt(fit, row.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    List<GammaGamma> spends = new ArrayList<>();
    for (List<Double> row : draws.spendDraws()) {
      spends.add(GammaGamma.of(row.get(0), row.get(1), row.get(2)));
    }
    return new BootstrapIntervals(fitted, List.copyOf(models), null, List.copyOf(spends), null, DEFAULT_LEVEL);
  }

  /**
   * Returns a calculator that also gives CLV intervals.
   *
   * @param spendFit the Gamma-Gamma fit on the whole book ({@code q > 1})
   * @param clv the CLV calculator
   * @return a new calculator
   * @throws IllegalArgumentException if the draws hold no spend refits or the spend fit is not Gamma-Gamma
   */
  public BootstrapIntervals withSpend(PurchaseModelFit spendFit, PurchaseClv clv) {
    GammaGamma spend = GammaGamma.from(spendFit);
    if (spends.isEmpty()) {
      throw new IllegalArgumentException("draws must hold spend refits for CLV intervals: bootstrap with "
          + "PurchaseModelBootstrap.fit(fit, spendFit, data)");
    }
    return new BootstrapIntervals(fitted, models, spend, spends, Objects.requireNonNull(clv, "clv"), level);
  }

  /**
   * Returns a calculator with another confidence level.
   *
   * @param level the level, in (0, 1)
   * @return a new calculator
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public BootstrapIntervals withLevel(double level) {
    return new BootstrapIntervals(fitted, models, fittedSpend, spends, clv, Checks.inOpenRange("level", level, 0, 1));
  }

  /**
   * Returns the interval of a customer's P(alive).
   *
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return the estimate and interval
   * @throws IllegalArgumentException if the history is invalid
   */
  public ConfidenceInterval probabilityAlive(int x, double tx, double age) {
    Rows.check(x, tx, age);
    double[] values = new double[models.size()];
    for (int b = 0; b < values.length; b++) {
      values[b] = models.get(b).probabilityAliveUnchecked(x, tx, age);
    }
    return interval(fitted.probabilityAliveUnchecked(x, tx, age), values);
  }

  /**
   * Returns the interval of a customer's expected purchases over a horizon.
   *
   * @param t horizon, {@code 0 <= t <= MAX_TIME}
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @return the estimate and interval
   * @throws IllegalArgumentException if the horizon or the history is invalid
   */
  public ConfidenceInterval expectedPurchases(double t, int x, double tx, double age) {
    Rows.checkHorizon(t);
    Rows.check(x, tx, age);
    double[] values = new double[models.size()];
    for (int b = 0; b < values.length; b++) {
      values[b] = models.get(b).conditionalUnchecked(t, x, tx, age);
    }
    return interval(fitted.conditionalUnchecked(t, x, tx, age), values);
  }

  /**
   * Returns the interval of a customer's discounted lifetime value.
   *
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @param meanSpend mean repeat spend (0 without repeat purchases), finite and {@code >= 0}
   * @return the estimate and interval
   * @throws IllegalArgumentException if no spend model was given ({@link #withSpend}) or an argument is invalid
   */
  public ConfidenceInterval clv(int x, double tx, double age, double meanSpend) {
    requireSpend();
    double[] values = new double[models.size()];
    for (int b = 0; b < values.length; b++) {
      values[b] = clv.value(models.get(b), spends.get(b).conditionalExpectedSpend(x, meanSpend), x, tx, age);
    }
    return interval(clv.value(fitted, fittedSpend.conditionalExpectedSpend(x, meanSpend), x, tx, age), values);
  }

  /**
   * Returns a customer's P(alive) and expected purchases with their intervals, and the CLV's when a spend model
   * was given.
   *
   * @param t horizon of the expected purchases
   * @param x frequency
   * @param tx recency
   * @param age age T
   * @param meanSpend mean repeat spend (ignored without a spend model)
   * @return the intervals
   * @throws IllegalArgumentException if an argument is invalid
   */
  public CustomerIntervals customer(double t, int x, double tx, double age, double meanSpend) {
    CustomerIntervals.Builder b = CustomerIntervals.builder().horizon(t)
        .probabilityAlive(probabilityAlive(x, tx, age)).expectedPurchases(expectedPurchases(t, x, tx, age));
    if (clv != null) {
      b.clv(clv(x, tx, age, meanSpend));
    }
    return b.build();
  }

  /**
   * Returns the interval of the book's equity, the sum of the customers' lifetime values, each refit's equity
   * summed under its own parameters.
   *
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length
   * @param meanSpend mean repeat spends, same length
   * @return the estimate and interval
   * @throws IllegalArgumentException if no spend model was given, the book is empty, lengths differ or a row is
   *     invalid
   */
  public ConfidenceInterval equity(int[] x, double[] tx, double[] age, double[] meanSpend) {
    requireSpend();
    Rows.checkRows(x, tx, age);
    Rows.checkLength("meanSpend", Objects.requireNonNull(meanSpend, "meanSpend").length, x.length);
    if (x.length == 0) {
      throw new IllegalArgumentException("x must hold at least one customer: 0");
    }
    double[] values = new double[models.size()];
    double[] one = new double[x.length];
    for (int b = 0; b < values.length; b++) {
      clv.values(models.get(b), spends.get(b), x, tx, age, meanSpend, one);
      values[b] = sum(one);
    }
    clv.values(fitted, fittedSpend, x, tx, age, meanSpend, one);
    return interval(sum(one), values);
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  private ConfidenceInterval interval(double estimate, double[] values) {
    Arrays.sort(values);
    double mean = sum(values) / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double se = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    return ConfidenceInterval.of(estimate, se, quantile(values, (1 - level) / 2), quantile(values, (1 + level) / 2),
        level, IntervalMethod.BOOTSTRAP_PERCENTILE);
  }

  /** The type 7 quantile of sorted values. */
  static double quantile(double[] sorted, double probability) {
    double h = (sorted.length - 1) * probability;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private void requireSpend() {
    if (clv == null) {
      throw new IllegalArgumentException("spend model must be given for CLV intervals: use withSpend(..)");
    }
  }
}
