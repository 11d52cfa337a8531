package io.github.logicrm.io.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Parsers for the text of numbers, instants and dates, fast for the layouts exports use most.
 *
 * <p>Numbers: a sign, up to 15 digits and an optional decimal point take a fast path that gives exactly the double
 * {@link Double#parseDouble} gives (an integer below 2^53 divided by a power of ten up to 10^22 is correctly
 * rounded); anything else made only of digits, signs, a point and an exponent goes to {@link Double#parseDouble}.
 * Suffixes, hexadecimal, {@code NaN}, {@code Infinity} and decimal commas are not numbers here.
 *
 * <p>Instants: {@code yyyy-MM-ddTHH:mm:ss[.fraction]} followed by {@code Z}, {@code +hh:mm} or {@code -hh:mm}
 * (or nothing, for a local date-time) is parsed by hand; every other text goes to
 * {@link DateTimeFormatter#ISO_DATE_TIME}, so ISO-8601 forms without seconds or with a zone id still parse.
 */
public final class TextValues {

  /** Days from 0000-01-01 to 1970-01-01, as in {@code LocalDate}. */
  private static final long DAYS_0000_TO_1970 = 719_528L;
  private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
      1e19, 1e20, 1e21, 1e22};
  private static final int[] NANOS_SCALE = {
      0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private TextValues() {}

  /**
   * Parses a decimal number.
   *
   * @param text the text, not null
   * @return the number; NaN when the text is not a decimal number (also for the text {@code NaN}); infinite
   *     when it overflows
   */
  public static double parseNumber(CharSequence text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        break;
      }
    }
    if (i == n && digits > 0 && digits <= 15) {
      double value = scale > 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa;
      return negative ? -value : value;
    }
    return slowNumber(text.toString());
  }

  private static double slowNumber(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return Double.NaN;
      }
    }
    if (!digit) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * Parses a whole number written as an optional sign and up to 18 digits.
   *
   * @param text the text, not null
   * @param invalid what to return when the text is not such a number
   * @return the number, or {@code invalid}
   */
  public static long parseWhole(CharSequence text, long invalid) {
    int n = text.length();
    int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    if (n == i || n - i > 18) {
      return invalid;
    }
    long value = 0;
    for (int k = i; k < n; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return invalid;
      }
      value = value * 10 + (c - '0');
    }
    return text.charAt(0) == '-' ? -value : value;
  }

  /**
   * Parses an ISO-8601 date, {@code yyyy-MM-dd}.
   *
   * @param text the text, not null
   * @return the date, or null when the text is not a valid date in that layout
   */
  public static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * Parses an ISO-8601 date-time with an offset, or a local date-time placed in a zone.
   *
   * @param text the text, not null
   * @param zone the zone of local date-times; null when local date-times are not accepted
   * @return the instant
   * @throws LocalTimeWithoutZoneException when the text is a local date-time and {@code zone} is null
   * @throws DateTimeException when the text is not an ISO-8601 date-time
   */
  public static Instant parseInstant(String text, ZoneId zone) {
    int n = text.length();
    if (n >= 19 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      int i = 19;
      int nanos = 0;
      if (i < n && text.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        nanos = i > start ? digits(text, start, i - start) * NANOS_SCALE[i - start] : -1;
      }
      int offsetSeconds = offsetSeconds(text, i);
      boolean valid = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month)
          && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && nanos >= 0;
      if (valid && offsetSeconds != NO_OFFSET) {
        long local = epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second;
        if (offsetSeconds != LOCAL) {
          return Instant.ofEpochSecond(local - offsetSeconds, nanos);
        }
        if (zone == null) {
          throw new LocalTimeWithoutZoneException();
        }
        if (zone instanceof ZoneOffset) {
          return Instant.ofEpochSecond(local - ((ZoneOffset) zone).getTotalSeconds(), nanos);
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
      }
    }
    return slowInstant(text, zone);
  }

  private static Instant slowInstant(String text, ZoneId zone) {
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
    if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
      return Instant.from(parsed);
    }
    if (zone == null) {
      throw new LocalTimeWithoutZoneException();
    }
    return LocalDateTime.from(parsed).atZone(zone).toInstant();
  }

  private static final int LOCAL = Integer.MIN_VALUE;
  private static final int NO_OFFSET = Integer.MAX_VALUE;

  /** Reads {@code Z}, {@code +hh:mm}, {@code -hh:mm} or nothing from {@code i} to the end. */
  private static int offsetSeconds(String text, int i) {
    int rest = text.length() - i;
    if (rest == 0) {
      return LOCAL;
    }
    if (rest == 1 && text.charAt(i) == 'Z') {
      return 0;
    }
    char sign = text.charAt(i);
    if (rest != 6 || (sign != '+' && sign != '-') || text.charAt(i + 3) != ':') {
      return NO_OFFSET;
    }
    int hours = digits(text, i + 1, 2);
    int minutes = digits(text, i + 4, 2);
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || (hours == 18 && minutes > 0)) {
      return NO_OFFSET;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** Reads {@code count} decimal digits at {@code start}; -1 when one is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The epoch day of a valid date of a year {@code >= 0}, as {@code LocalDate.toEpochDay}. */
  private static long epochDay(int year, int month, int day) {
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  /** Thrown when a local date-time is read and no zone is declared for local date-times. */
  public static final class LocalTimeWithoutZoneException extends DateTimeException {

    LocalTimeWithoutZoneException() {
      super("local date-time without a declared zone");
    }
  }
}
