package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.IntervalMethod;
import io.github.logicrm.core.clv.ParameterCovariance;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.numbers.gamma.InverseErf;

/**
 * Confidence intervals for each customer's P(alive), expected purchases and CLV, and for the book's equity, from
 * the asymptotic covariance V of the fitted parameters by the delta method: the variance of a prediction f is
 * g' V g, g the gradient of f in the parameters.
 *
 * <p>The gradient is taken by central differences in the log-parameters, step {@value #LOG_STEP} (the
 * predictions are smooth and accurate to about 1e-13, so the gradient is accurate to about 1e-8 relative). The
 * interval is formed on the logit scale for P(alive) and on the log scale for the expected purchases, the CLV
 * and the equity, and mapped back, so it stays within the quantity's range without clipping:
 * {@code expit(logit(f) +- z se / (f (1 - f)))} and {@code f exp(+- z se / f)}, z the normal quantile of
 * {@code (1 + level) / 2}. A prediction with no uncertainty (P(alive) = 1 of a BG/NBD customer without repeat
 * purchases, a horizon of 0) gets the interval [f, f].
 *
 * <p>With a spend model ({@link #withSpend}), the CLV's gradient also runs over the Gamma-Gamma parameters,
 * whose estimates are taken as independent of the purchase model's (the two are fitted on separate likelihoods,
 * and Gamma-Gamma assumes spend independent of the transaction process), so V is block diagonal. The equity is
 * the sum of the customers' CLVs; its gradient is the sum of theirs, so the interval reflects that every
 * customer's value rests on the same parameters.
 *
 * <p>Immutable and thread-safe; the batch method allocates nothing per customer.
 */
public final class DeltaMethodIntervals implements PredictionIntervals {

  /** The central-difference step on the log scale of each parameter. */
  public static final double LOG_STEP = 1e-4;

  private static final double DEFAULT_LEVEL = 0.95;

  private final Side<AbstractPurchaseModel> purchase;
  private final Side<GammaGamma> spend;
  private final PurchaseClv clv;
  private final double level;
  private final double z;

  /** A model's estimates, covariance and the models at the perturbed parameters. */
  private static final class Side<M> {
    final double[] theta;
    final double[][] covariance;
    final List<M> up = new ArrayList<>();
    final List<M> down = new ArrayList<>();
    final M at;

    Side(double[] theta, double[][] covariance, Function<double[], M> make) {
      this.theta = theta;
      this.covariance = covariance;
      at = make.apply(theta);
      for (int i = 0; i < theta.length; i++) {
        double[] p = theta.clone();
        p[i] = theta[i] * Math.exp(LOG_STEP);
        up.add(make.apply(p));
        p[i] = theta[i] * Math.exp(-LOG_STEP);
        down.add(make.apply(p));
      }
    }

    /** The gradient in the natural parameters from values at the perturbed points. */
    static double fromDifference(double upValue, double downValue, double theta) {
      return (upValue - downValue) / (2 * LOG_STEP * theta);
    }

    double variance(double[] gradient) {
      double sum = 0;
      for (int i = 0; i < theta.length; i++) {
        double row = 0;
        for (int j = 0; j < theta.length; j++) {
          row += covariance[i][j] * gradient[j];
        }
        sum += gradient[i] * row;
      }
      return sum;
    }
  }

  private DeltaMethodIntervals(Side<AbstractPurchaseModel> purchase, Side<GammaGamma> spend, PurchaseClv clv, double level) {
    this.purchase = purchase;
    this.spend = spend;
    this.clv = clv;
    this.level = level;
    this.z = Math.sqrt(2) * InverseErf.value(level);
  }

  /**
   * Makes the intervals of a fitted purchase model at the 95% level.
   *
   * @param fit a BG/NBD, MBG/NBD or Pareto/NBD fit, not {@code NOT_IDENTIFIED}
   * @param covariance its parameters' covariance ({@link PurchaseModelFitter#covariance})
   * @return the calculator
   * @throws IllegalArgumentException if the fit is of another model or not identified, or the covariance is of
   *     another model
   */
  public static DeltaMethodIntervals of(PurchaseModelFit fit, ParameterCovariance covariance) {
    PurchaseModel.from(fit);
    checkSameModel("covariance", covariance, fit);
    return new DeltaMethodIntervals(new Side<>(fit.parameterArray(), covariance.toArray(),
        p -> modelAt(fit, p)), null, null, DEFAULT_LEVEL);
  }

  /**
   * Returns a calculator that also gives CLV intervals, from a Gamma-Gamma spend fit and a CLV calculator.
   *
   * @param spendFit a Gamma-Gamma fit with {@code q > 1}
   * @param spendCovariance its parameters' covariance
   * @param clv the CLV calculator (horizon, discounting, margin)
   * @return a new calculator
   * @throws IllegalArgumentException if the spend fit is not Gamma-Gamma, has {@code q <= 1} or is not
   *     identified, or the covariance is of another model
   */
  public DeltaMethodIntervals withSpend(PurchaseModelFit spendFit, ParameterCovariance spendCovariance,
      PurchaseClv clv) {
    GammaGamma.from(spendFit);
    checkSameModel("spendCovariance", spendCovariance, spendFit);
    return new DeltaMethodIntervals(purchase,
        new Side<>(spendFit.parameterArray(), spendCovariance.toArray(), p -> GammaGamma.of(p[0], p[1], p[2])),
        Objects.requireNonNull(clv, "clv"), level);
  }

  /**
   * Returns a calculator with another confidence level.
   *
   * @param level the level, in (0, 1)
   * @return a new calculator
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public DeltaMethodIntervals withLevel(double level) {
    return new DeltaMethodIntervals(purchase, spend, clv, Checks.inOpenRange("level", level, 0, 1));
  }

  @Override
  public double level() {
    return level;
  }

  @Override
  public boolean hasSpend() {
    return spend != null;
  }

  @Override
  public ConfidenceInterval probabilityAlive(int x, double tx, double age) {
    Rows.check(x, tx, age);
    double[] g = new double[purchase.theta.length];
    double f = aliveGradient(x, tx, age, g);
    double se = Math.sqrt(purchase.variance(g));
    return ConfidenceInterval.of(f, se, logitLower(f, se), logitUpper(f, se), level, IntervalMethod.DELTA_METHOD);
  }

  @Override
  public ConfidenceInterval expectedPurchases(double t, int x, double tx, double age) {
    Rows.checkHorizon(t);
    Rows.check(x, tx, age);
    double[] g = new double[purchase.theta.length];
    double f = expectedGradient(t, x, tx, age, g);
    double se = Math.sqrt(purchase.variance(g));
    return ConfidenceInterval.of(f, se, logLower(f, se), logUpper(f, se), level, IntervalMethod.DELTA_METHOD);
  }

  @Override
  public ConfidenceInterval clv(int x, double tx, double age, double meanSpend) {
    double[] gp = new double[purchase.theta.length];
    double[] gs = new double[3];
    double f = clvGradient(x, tx, age, meanSpend, gp, gs);
    double se = Math.sqrt(purchase.variance(gp) + spend.variance(gs));
    return ConfidenceInterval.of(f, se, logLower(f, se), logUpper(f, se), level, IntervalMethod.DELTA_METHOD);
  }

  @Override
  public ConfidenceInterval equity(int[] x, double[] tx, double[] age, double[] meanSpend) {
    checkBook(hasSpend(), x, tx, age, meanSpend);
    double[] gp = new double[purchase.theta.length];
    double[] gs = new double[3];
    double[] sumP = new double[gp.length];
    double[] sumS = new double[3];
    double f = 0;
    for (int i = 0; i < x.length; i++) {
      Checks.nonNegative("meanSpend", i, meanSpend[i]);
      f += clvGradient(x[i], tx[i], age[i], meanSpend[i], gp, gs);
      for (int j = 0; j < gp.length; j++) {
        sumP[j] += gp[j];
      }
      for (int j = 0; j < 3; j++) {
        sumS[j] += gs[j];
      }
    }
    double se = Math.sqrt(purchase.variance(sumP) + spend.variance(sumS));
    return ConfidenceInterval.of(f, se, logLower(f, se), logUpper(f, se), level, IntervalMethod.DELTA_METHOD);
  }

  /**
   * Scores a book in columns: the interval ends of P(alive) and of E[Y(t) | x, t_x, T] per customer (the
   * estimates themselves come from {@link PurchaseModel#score}). Allocates nothing per customer.
   *
   * @param t horizon, {@code 0 <= t <= MAX_TIME}
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length
   * @param aliveLower output, lower ends of P(alive), same length
   * @param aliveUpper output, upper ends of P(alive), same length
   * @param expectedLower output, lower ends of the expected purchases, same length
   * @param expectedUpper output, upper ends of the expected purchases, same length
   * @throws IllegalArgumentException if lengths differ or a row is invalid (the message names the row)
   */
  public void score(double t, int[] x, double[] tx, double[] age, double[] aliveLower, double[] aliveUpper,
      double[] expectedLower, double[] expectedUpper) {
    Rows.checkBatch(t, x, tx, age, aliveLower, aliveUpper);
    Rows.checkLength("expectedLower", Objects.requireNonNull(expectedLower, "expectedLower").length, x.length);
    Rows.checkLength("expectedUpper", Objects.requireNonNull(expectedUpper, "expectedUpper").length, x.length);
    int n = purchase.theta.length;
    double[] ga = new double[n];
    double[] ge = new double[n];
    AbstractPurchaseModel at = purchase.at;
    for (int i = 0; i < x.length; i++) {
      double alive = at.probabilityAliveUnchecked(x[i], tx[i], age[i]);
      double ifAlive = t == 0 ? 0 : at.expectedIfAlive(t, x[i], age[i]);
      for (int j = 0; j < n; j++) {
        AbstractPurchaseModel up = purchase.up.get(j);
        AbstractPurchaseModel down = purchase.down.get(j);
        double aliveUp = up.probabilityAliveUnchecked(x[i], tx[i], age[i]);
        double aliveDown = down.probabilityAliveUnchecked(x[i], tx[i], age[i]);
        ga[j] = Side.fromDifference(aliveUp, aliveDown, purchase.theta[j]);
        ge[j] = t == 0 ? 0 : Side.fromDifference(up.expectedIfAlive(t, x[i], age[i]) * aliveUp,
            down.expectedIfAlive(t, x[i], age[i]) * aliveDown, purchase.theta[j]);
      }
      double seAlive = Math.sqrt(purchase.variance(ga));
      double expected = ifAlive * alive;
      double seExpected = Math.sqrt(purchase.variance(ge));
      aliveLower[i] = logitLower(alive, seAlive);
      aliveUpper[i] = logitUpper(alive, seAlive);
      expectedLower[i] = logLower(expected, seExpected);
      expectedUpper[i] = logUpper(expected, seExpected);
    }
  }

  /** P(alive) under the estimates; its gradient into g. */
  double aliveGradient(int x, double tx, double age, double[] g) {
    for (int j = 0; j < g.length; j++) {
      g[j] = Side.fromDifference(purchase.up.get(j).probabilityAliveUnchecked(x, tx, age),
          purchase.down.get(j).probabilityAliveUnchecked(x, tx, age), purchase.theta[j]);
    }
    return purchase.at.probabilityAliveUnchecked(x, tx, age);
  }

  /** E[Y(t)] under the estimates; its gradient into g. */
  double expectedGradient(double t, int x, double tx, double age, double[] g) {
    for (int j = 0; j < g.length; j++) {
      g[j] = Side.fromDifference(purchase.up.get(j).conditionalUnchecked(t, x, tx, age),
          purchase.down.get(j).conditionalUnchecked(t, x, tx, age), purchase.theta[j]);
    }
    return purchase.at.conditionalUnchecked(t, x, tx, age);
  }

  /** CLV under the estimates; its gradients in the purchase and the spend parameters into gp and gs. */
  double clvGradient(int x, double tx, double age, double meanSpend, double[] gp, double[] gs) {
    requireSpend();
    // CLV = spent * perUnit, perUnit the value of one unit of spend per transaction (margin x discounted purchases)
    double perUnit = clv.value(purchase.at, 1, x, tx, age);
    double spent = spend.at.conditionalExpectedSpend(x, meanSpend);
    for (int j = 0; j < gp.length; j++) {
      gp[j] = spent * Side.fromDifference(clv.value(purchase.up.get(j), 1, x, tx, age),
          clv.value(purchase.down.get(j), 1, x, tx, age), purchase.theta[j]);
    }
    for (int j = 0; j < gs.length; j++) {
      gs[j] = perUnit * Side.fromDifference(spend.up.get(j).conditionalExpectedSpend(x, meanSpend),
          spend.down.get(j).conditionalExpectedSpend(x, meanSpend), spend.theta[j]);
    }
    return spent * perUnit;
  }

  private void requireSpend() {
    requireSpend(hasSpend());
  }

  /** Rejects a CLV interval without a spend model. */
  static void requireSpend(boolean hasSpend) {
    if (!hasSpend) {
      throw new IllegalArgumentException("spend model must be given for CLV intervals: use withSpend(..)");
    }
  }

  /** Checks the columns of a book for an equity interval. */
  static void checkBook(boolean hasSpend, int[] x, double[] tx, double[] age, double[] meanSpend) {
    requireSpend(hasSpend);
    Rows.checkRows(x, tx, age);
    Rows.checkLength("meanSpend", Objects.requireNonNull(meanSpend, "meanSpend").length, x.length);
    if (x.length == 0) {
      throw new IllegalArgumentException("x must hold at least one customer: 0");
    }
  }

  private double logitLower(double f, double se) {
    return logit(f, se, -z);
  }

  private double logitUpper(double f, double se) {
    return logit(f, se, z);
  }

  private static double logit(double f, double se, double zz) {
    double spread = f * (1 - f);
    if (se == 0 || spread == 0) {
      return f;
    }
    double shifted = Math.log(f / (1 - f)) + zz * se / spread;
    return 1 / (1 + Math.exp(-shifted));
  }

  private double logLower(double f, double se) {
    return f == 0 ? 0 : f * Math.exp(-z * se / f);
  }

  private double logUpper(double f, double se) {
    return f == 0 ? 0 : f * Math.exp(z * se / f);
  }

  /** The model of a fit's kind at other parameters (the fit's order). */
  static AbstractPurchaseModel modelAt(PurchaseModelFit fit, double[] p) {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      named.put(fit.model().parameterNames().get(i), p[i]);
    }
    return (AbstractPurchaseModel) PurchaseModel.from(PurchaseModelFit.builder().from(fit).parameters(named).build());
  }

  private static void checkSameModel(String name, ParameterCovariance covariance, PurchaseModelFit fit) {
    Objects.requireNonNull(covariance, name);
    if (covariance.model() != fit.model()) {
      throw new IllegalArgumentException(name + " must be of the fit's model " + fit.model() + ": "
          + covariance.model());
    }
  }
}
