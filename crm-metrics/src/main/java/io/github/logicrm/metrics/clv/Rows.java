package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.internal.Checks;
import java.util.Objects;

/** Argument checks for the per-customer and batch prediction methods. */
final class Rows {

  private Rows() {}

  /** Checks one history, naming the public parameters x, tx and age. */
  static void check(int x, double tx, double age) {
    Checks.nonNegative("x", x);
    checkTime("age", age);
    if (!(tx >= 0 && tx <= age)) {
      throw new IllegalArgumentException("tx must be in [0, age " + age + "]: " + tx);
    }
    if (x == 0 && tx != 0) {
      throw new IllegalArgumentException("tx must be 0 when x is 0: " + tx);
    }
  }

  /**
   * Rejects a fit whose parameters the data did not determine: a model made from them would predict
   * garbage (infinite or NaN figures) with no sign of it.
   */
  static PurchaseModelFit checkIdentified(PurchaseModelFit fit) {
    if (fit.status() == PurchaseFitStatus.NOT_IDENTIFIED) {
      throw new IllegalArgumentException("fit.status must be CONVERGED or MAX_ITERATIONS to make a model (the data"
          + " do not determine the parameters " + fit.parameters() + "): " + fit.status());
    }
    return fit;
  }

  static void checkHorizon(double t) {
    checkTime("t", t);
  }

  /** Checks a time: finite, {@code >= 0} and at most {@link PurchaseModel#MAX_TIME}. */
  static void checkTime(String name, double value) {
    Checks.nonNegative(name, value);
    if (!(value <= PurchaseModel.MAX_TIME)) {
      throw new IllegalArgumentException(name + " must be <= PurchaseModel.MAX_TIME " + PurchaseModel.MAX_TIME
          + ": " + value);
    }
  }

  /** Checks the columns of a batch and its two outputs, naming the public parameters. */
  static void checkBatch(double t, int[] x, double[] tx, double[] age, double[] probabilityAlive,
      double[] expectedPurchases) {
    checkHorizon(t);
    checkRows(x, tx, age);
    checkLength("probabilityAlive", Objects.requireNonNull(probabilityAlive, "probabilityAlive").length, x.length);
    checkLength("expectedPurchases", Objects.requireNonNull(expectedPurchases, "expectedPurchases").length,
        x.length);
  }

  /** Checks the history columns x, tx and age of a batch, row by row. */
  static void checkRows(int[] x, double[] tx, double[] age) {
    Objects.requireNonNull(x, "x");
    int n = x.length;
    checkLength("tx", Objects.requireNonNull(tx, "tx").length, n);
    checkLength("age", Objects.requireNonNull(age, "age").length, n);
    for (int i = 0; i < n; i++) {
      Checks.nonNegative("x", i, x[i]);
      if (!(age[i] >= 0 && age[i] <= PurchaseModel.MAX_TIME)) {
        checkTime(Checks.at("age", i), age[i]);
      }
      if (!(tx[i] >= 0 && tx[i] <= age[i])) {
        throw new IllegalArgumentException("tx[" + i + "] must be in [0, age " + age[i] + "]: " + tx[i]);
      }
      if (x[i] == 0 && tx[i] != 0) {
        throw new IllegalArgumentException("tx[" + i + "] must be 0 when x is 0: " + tx[i]);
      }
    }
  }

  static void checkLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(name + " length must equal x length " + expected + ": " + length);
    }
  }
}
