package io.github.logicrm.report.internal;

import io.github.logicrm.pipeline.MonthlyOrders;

/**
 * A customer's orders per month as a small bar chart drawn in inline SVG by the template: one path holds every bar,
 * so a page costs about a kilobyte however long the series, and the listed customers' pages draw nothing until opened.
 */
public final class OrderSeriesSvg {

  static final int WIDTH = 520;
  static final int HEIGHT = 130;
  private static final int LEFT = 36;
  private static final int TOP = 8;
  private static final int BOTTOM = 22;

  private OrderSeriesSvg() {}

  /**
   * Lays out the bars of a series.
   *
   * @param series the customer's monthly orders, not null
   * @return the chart's figures, ready for the template
   */
  public static Page.OrderBars of(MonthlyOrders series) {
    int[] orders = series.toArray();
    int most = 1;
    int total = 0;
    for (int count : orders) {
      most = Math.max(most, count);
      total += count;
    }
    double plotWidth = WIDTH - LEFT - 4;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double step = plotWidth / orders.length;
    double barWidth = Math.max(1, step * 0.8);
    int base = HEIGHT - BOTTOM;
    StringBuilder path = new StringBuilder(orders.length * 24);
    StringBuilder counts = new StringBuilder(orders.length * 3);
    for (int k = 0; k < orders.length; k++) {
      counts.append(k == 0 ? "" : ", ").append(orders[k]);
      if (orders[k] > 0) {
        double height = plotHeight * orders[k] / most;
        path.append('M');
        tenths(path, LEFT + k * step).append(' ');
        tenths(path, base - height).append('h');
        tenths(path, barWidth).append('V').append(base).append("h-");
        tenths(path, barWidth).append('Z');
      }
    }
    String label = "Orders per month, " + series.firstMonth() + " to " + series.lastMonth() + " ("
        + Formats.count(total) + " orders): " + counts;
    return new Page.OrderBars(label, WIDTH, HEIGHT, path.toString(), LEFT, base, TOP, WIDTH - 4,
        series.firstMonth().toString(), series.lastMonth().toString(), Formats.count(most), base + 15);
  }

  /** Appends a non-negative coordinate with one decimal, without a formatter (a report draws thousands of bars). */
  private static StringBuilder tenths(StringBuilder out, double value) {
    long tenths = Math.round(value * 10);
    return out.append(tenths / 10).append('.').append(tenths % 10);
  }
}
