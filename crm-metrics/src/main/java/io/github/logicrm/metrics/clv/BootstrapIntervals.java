package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
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
public final class BootstrapIntervals implements PredictionIntervals {

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

  @Override
  public double level() {
    return level;
  }

  @Override
  public boolean hasSpend() {
    return clv != null;
  }

  @Override
  public ConfidenceInterval probabilityAlive(int x, double tx, double age) {
    Rows.check(x, tx, age);
    double[] values = new double[models.size()];
    for (int b = 0; b < values.length; b++) {
      values[b] = models.get(b).probabilityAliveUnchecked(x, tx, age);
    }
    return interval(fitted.probabilityAliveUnchecked(x, tx, age), values);
  }

  @Override
  public ConfidenceInterval expectedPurchases(double t, int x, double tx, double age) {
    Rows.checkHorizon(t);
    Rows.check(x, tx, age);
    double[] values = new double[models.size()];
    for (int b = 0; b < values.length; b++) {
      values[b] = models.get(b).conditionalUnchecked(t, x, tx, age);
    }
    return interval(fitted.conditionalUnchecked(t, x, tx, age), values);
  }

  @Override
  public ConfidenceInterval clv(int x, double tx, double age, double meanSpend) {
    DeltaMethodIntervals.requireSpend(hasSpend());
    double[] values = new double[models.size()];
    for (int b = 0; b < values.length; b++) {
      values[b] = clv.value(models.get(b), spends.get(b).conditionalExpectedSpend(x, meanSpend), x, tx, age);
    }
    return interval(clv.value(fitted, fittedSpend.conditionalExpectedSpend(x, meanSpend), x, tx, age), values);
  }

  @Override
  public ConfidenceInterval equity(int[] x, double[] tx, double[] age, double[] meanSpend) {
    DeltaMethodIntervals.checkBook(hasSpend(), x, tx, age, meanSpend);
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

}
