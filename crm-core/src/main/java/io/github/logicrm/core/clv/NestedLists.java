package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/** Deep-immutable copies of the matrices value types hold as lists of rows. */
final class NestedLists {

  private NestedLists() {}

  /** Tells whether every row is already an unmodifiable JDK list, so that no copy is needed. */
  static boolean rowsUnmodifiable(List<? extends List<?>> rows) {
    for (List<?> row : rows) {
      if (List.copyOf(row) != row) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks one row of a transition matrix, {@code name[i][j]} a probability for each of the {@code n} states, and
   * returns the row's sum for the caller to compare with 1.
   */
  static double probabilityRowSum(String name, int i, List<Double> row, int n) {
    Checks.sameLength(Checks.at(name, i), row.size(), "states", n);
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += Checks.inClosedRange(name, i, j, row.get(j), 0, 1);
    }
    return sum;
  }

  /** Copies every row into an unmodifiable list. */
  static <T> List<List<T>> copyRows(List<List<T>> rows) {
    List<List<T>> copy = new ArrayList<>(rows.size());
    rows.forEach(row -> copy.add(List.copyOf(row)));
    return copy;
  }
}
