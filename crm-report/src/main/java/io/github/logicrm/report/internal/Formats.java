package io.github.logicrm.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    return decimal(amount, 0);
  }

  /**
   * Formats a count.
   *
   * @param count the count
   * @return e.g. {@code 12,345}
   */
  public static String count(long count) {
    return grouped(Long.toString(Math.abs(count)), count < 0, "");
  }

  /**
   * Formats a rate in [0, 1] as a percentage with one decimal.
   *
   * @param rate the rate
   * @return e.g. {@code 93.4%}
   */
  public static String percent(double rate) {
    return decimal(100 * rate, 1) + "%";
  }

  /**
   * Formats a figure with the given decimals and thousands separators, rounding half up as
   * {@code String.format(Locale.ROOT, "%,.nf", value)} does, at a fraction of its cost (a report formats tens of
   * thousands of figures).
   *
   * @param value the figure
   * @param decimals digits after the point, {@code >= 0}
   * @return e.g. {@code 1,234.57}; {@code NaN} and infinities as {@link Double#toString}
   */
  public static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String digits = rounded.abs().toPlainString();
    int point = digits.indexOf('.');
    return point < 0 ? grouped(digits, rounded.signum() < 0 || isNegativeZero(value, rounded), "")
        : grouped(digits.substring(0, point), rounded.signum() < 0 || isNegativeZero(value, rounded),
            digits.substring(point));
  }

  private static boolean isNegativeZero(double value, BigDecimal rounded) {
    // String.format keeps the sign of a negative figure that rounds to zero ("-0.0")
    return rounded.signum() == 0 && (value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE);
  }

  private static String grouped(String integer, boolean negative, String fraction) {
    StringBuilder out = new StringBuilder(integer.length() + integer.length() / 3 + fraction.length() + 1);
    if (negative) {
      out.append('-');
    }
    int head = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    out.append(integer, 0, head);
    for (int i = head; i < integer.length(); i += 3) {
      out.append(',').append(integer, i, i + 3);
    }
    return out.append(fraction).toString();
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
