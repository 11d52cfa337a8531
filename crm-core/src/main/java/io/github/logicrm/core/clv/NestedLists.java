package io.github.logicrm.core.clv;

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

  /** Copies every row into an unmodifiable list. */
  static <T> List<List<T>> copyRows(List<List<T>> rows) {
    List<List<T>> copy = new ArrayList<>(rows.size());
    rows.forEach(row -> copy.add(List.copyOf(row)));
    return copy;
  }
}
