package io.github.logicrm.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the scorecard: left-aligned text, right-aligned numbers. */
final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row must have " + headers.size() + " cells: " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    boolean[] numeric = new boolean[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
        numeric[c] &= row.get(c).matches("[-+]?[0-9.,%]+|-");
      }
    }
    printRow(out, headers, widths, numeric);
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append("-".repeat(w)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    rows.forEach(r -> printRow(out, r, widths, numeric));
  }

  private static void printRow(PrintStream out, List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String fmt = numeric[c] ? "%" + widths[c] + "s  " : "%-" + widths[c] + "s  ";
      line.append(String.format(fmt, cells.get(c)));
    }
    out.println(line.toString().stripTrailing());
  }
}
