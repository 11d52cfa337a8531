package io.github.logicrm.metrics.clv;

/**
 * Shared argument checking of the continuous-time models: public methods check, then call the unchecked
 * formulas, which the batch method calls directly after checking the columns once.
 */
abstract sealed class AbstractPurchaseModel implements PurchaseModel permits BetaGeometricModel, ParetoNbd {

  abstract double logLikelihoodUnchecked(int x, double tx, double age);

  abstract double probabilityAliveUnchecked(int x, double tx, double age);

  /** E[Y(t) | x, T, alive at T]; the conditional expectation is this times P(alive). */
  abstract double expectedIfAlive(double t, int x, double age);

  final double conditionalUnchecked(double t, int x, double tx, double age) {
    return t == 0 ? 0 : expectedIfAlive(t, x, age) * probabilityAliveUnchecked(x, tx, age);
  }

  @Override
  public final double logLikelihood(int x, double tx, double age) {
    Rows.check(x, tx, age);
    return logLikelihoodUnchecked(x, tx, age);
  }

  @Override
  public final double probabilityAlive(int x, double tx, double age) {
    Rows.check(x, tx, age);
    return probabilityAliveUnchecked(x, tx, age);
  }

  @Override
  public final double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    Rows.checkHorizon(t);
    Rows.check(x, tx, age);
    return conditionalUnchecked(t, x, tx, age);
  }

  @Override
  public final void score(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases) {
    Rows.checkBatch(t, x, tx, age, probabilityAlive, expectedPurchases);
    for (int i = 0; i < x.length; i++) {
      double alive = probabilityAliveUnchecked(x[i], tx[i], age[i]);
      probabilityAlive[i] = alive;
      expectedPurchases[i] = t == 0 ? 0 : expectedIfAlive(t, x[i], age[i]) * alive;
    }
  }

  static void checkCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0: " + n);
    }
  }
}
