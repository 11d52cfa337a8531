package io.github.logicrm.hostile;

import java.util.List;
import java.util.Optional;

/**
 * Entry points that fail the hostile-input suite for reasons tracked in an open issue: their failures are
 * reported, not counted; an entry that no longer fails is reported too, so the list is emptied as the fixes land.
 * Calls marked {@code hangs} are not made at all (they would keep a core busy long after their time limit).
 *
 * <p>Empty: every entry point passes. Nothing but a failure with an open issue belongs here.
 */
final class KnownFailures {

  private KnownFailures() {}

  /**
   * One known failure: the class declaring the method, the method (any overload), the calls it covers (those
   * whose label starts with {@code call}, e.g. {@code "n = 2147483647"}; null for every call), the issue item,
   * whether those calls hang, and what goes wrong.
   */
  record Known(String type, String method, String call, int item, boolean hangs, String what) {

    boolean matches(String typeName, String methodName, String callLabel) {
      return type.equals(typeName) && method.equals(methodName)
          && (call == null || callLabel == null || callLabel.startsWith(call));
    }

    @Override
    public String toString() {
      return type + "." + method + (call == null ? "" : " [" + call + "]") + " (#11 item " + item + "): " + what;
    }
  }


  static final List<Known> LIST = List.of();

  static Optional<Known> find(String typeName, String methodName, String callLabel) {
    return LIST.stream().filter(k -> k.matches(typeName, methodName, callLabel))
        .sorted((a, b) -> Boolean.compare(b.hangs(), a.hangs())).findFirst();
  }
}
