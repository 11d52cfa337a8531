package io.github.logicrm.report.internal;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report's one set of number formats: thousands separators, money in whole units of the book currency, rates
 * as percentages with one decimal. Vega-Lite axes use the same patterns ({@link #MONEY_D3}, {@link #COUNT_D3}).
 */
public final class Formats {

  /** The d3-format pattern of money on chart axes: whole units with thousands separators. */
  public static final String MONEY_D3 = ",.0f";

  /** The d3-format pattern of counts on chart axes. */
  public static final String COUNT_D3 = ",d";

  /** The d3-format pattern of rates (0-1) on chart axes, as percentages. */
  public static final String PERCENT_D3 = ".0%";

  /** What the report writes for a figure the data does not give. */
  public static final String NONE = "-";

  private Formats() {}

  /**
   * Formats money in whole units of the book currency.
   *
   * @param amount the amount
   * @return e.g. {@code 1,234,568} or {@code -2,500}
   */
  public static String money(double amount) {
    return String.format(Locale.ROOT, "%,.0f", amount);
  }

  /**
   * Formats a count.
   *
   * @param count the count
   * @return e.g. {@code 12,345}
   */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /**
   * Formats a rate in [0, 1] as a percentage with one decimal.
   *
   * @param rate the rate
   * @return e.g. {@code 93.4%}
   */
  public static String percent(double rate) {
    return String.format(Locale.ROOT, "%,.1f%%", 100 * rate);
  }

  /**
   * Formats a plain figure with the given decimals and thousands separators.
   *
   * @param value the figure
   * @param decimals digits after the point, {@code >= 0}
   * @return e.g. {@code 1,234.57}
   */
  public static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /**
   * Formats an optional amount of money.
   *
   * @param amount the amount
   * @return the amount formatted, or {@link #NONE}
   */
  public static String money(OptionalDouble amount) {
    return amount.isPresent() ? money(amount.getAsDouble()) : NONE;
  }

  /**
   * Formats an optional figure.
   *
   * @param value the figure
   * @param decimals digits after the point
   * @return the figure formatted, or {@link #NONE}
   */
  public static String decimal(OptionalDouble value, int decimals) {
    return value.isPresent() ? decimal(value.getAsDouble(), decimals) : NONE;
  }
}
