package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.internal.Checks;

/** Argument checks for the per-customer and batch prediction methods. */
final class Rows {

  private Rows() {}

  static void check(int x, double tx, double age) {
    Checks.nonNegative("frequency", x);
    Checks.nonNegative("age", age);
    if (!(tx >= 0 && tx <= age)) {
      throw new IllegalArgumentException("recency must be in [0, age " + age + "]: " + tx);
    }
    if (x == 0 && tx != 0) {
      throw new IllegalArgumentException("recency must be 0 when frequency is 0: " + tx);
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
    Checks.nonNegative("t", t);
  }

  static void checkBatch(double t, int[] x, double[] tx, double[] age, double[] out1, double[] out2) {
    checkHorizon(t);
    int n = x.length;
    checkLength("recency", tx.length, n);
    checkLength("age", age.length, n);
    checkLength("probabilityAlive", out1.length, n);
    checkLength("expectedPurchases", out2.length, n);
    for (int i = 0; i < n; i++) {
      Checks.nonNegative("frequency", i, x[i]);
      Checks.nonNegative("age", i, age[i]);
      if (!(tx[i] >= 0 && tx[i] <= age[i])) {
        throw new IllegalArgumentException("recency[" + i + "] must be in [0, age " + age[i] + "]: " + tx[i]);
      }
      if (x[i] == 0 && tx[i] != 0) {
        throw new IllegalArgumentException("recency[" + i + "] must be 0 when frequency is 0: " + tx[i]);
      }
    }
  }

  static void checkLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " length must equal frequency length " + expected + ": " + length);
    }
  }
}
