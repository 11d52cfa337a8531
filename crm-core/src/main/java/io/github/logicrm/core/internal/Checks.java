package io.github.logicrm.core.internal;

import java.util.Collection;

/**
 * Argument checks shared by the value types and the calculators.
 *
 * <p>Every check throws {@link IllegalArgumentException} whose message names the argument, the rule and the
 * bad value, e.g. {@code "discountRate must be >= 0: -0.1"}. Comparisons are written so that NaN fails them.
 * Not part of the public API.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires a finite value.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite: " + value);
    }
    return value;
  }

  /**
   * Requires a finite value {@code >= 0}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
    }
    return value;
  }

  /**
   * Requires a finite value {@code > 0}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is not positive, NaN or infinite
   */
  public static double positive(String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
    }
    return value;
  }

  /**
   * Requires a value in the closed interval {@code [min, max]}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @param min lower bound, inclusive
   * @param max upper bound, inclusive
   * @return the value
   * @throws IllegalArgumentException if the value is outside the interval or NaN
   */
  public static double inClosedRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "]: " + value);
    }
    return value;
  }

  /**
   * Requires a probability, a value in {@code [0, 1]}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
   */
  public static double probability(String name, double value) {
    return inClosedRange(name, value, 0, 1);
  }

  /**
   * Requires a count {@code >= 0}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: " + value);
    }
    return value;
  }

  /**
   * Requires a count {@code > 0}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is zero or negative
   */
  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0: " + value);
    }
    return value;
  }

  /**
   * Requires an integer of at least a minimum.
   *
   * @param name argument name for the message
   * @param value value to check
   * @param min smallest allowed value
   * @return the value
   * @throws IllegalArgumentException if the value is below the minimum
   */
  public static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
    }
    return value;
  }

  /**
   * Requires a value of at most a maximum (minus infinity allowed, NaN not).
   *
   * @param name argument name for the message
   * @param value value to check
   * @param max largest allowed value
   * @return the value
   * @throws IllegalArgumentException if the value is above the maximum or NaN
   */
  public static double atMost(String name, double value, double max) {
    if (!(value <= max)) {
      throw new IllegalArgumentException(name + " must be <= " + max + ": " + value);
    }
    return value;
  }

  /**
   * Requires a string with at least one non-whitespace character.
   *
   * @param name argument name for the message
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is blank
   * @throws NullPointerException if the value is null
   */
  public static String notBlank(String name, String value) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
    }
    return value;
  }

  /**
   * Requires a non-empty collection.
   *
   * @param name argument name for the message
   * @param value value to check
   * @param <C> collection type
   * @return the value
   * @throws IllegalArgumentException if the collection is empty
   */
  public static <C extends Collection<?>> C notEmpty(String name, C value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  /**
   * Requires a non-empty array.
   *
   * @param name argument name for the message
   * @param values array to check
   * @return the array
   * @throws IllegalArgumentException if the array is empty
   */
  public static double[] notEmpty(String name, double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return values;
  }

  /**
   * Requires arrays of equal length.
   *
   * @param name name of the array being checked
   * @param length its length
   * @param otherName name of the array it must match
   * @param otherLength that array's length
   * @throws IllegalArgumentException if the lengths differ
   */
  public static void sameLength(String name, int length, String otherName, int otherLength) {
    if (length != otherLength) {
      throw new IllegalArgumentException(
          name + " length must equal " + otherName + " length " + otherLength + ": " + length);
    }
  }
}
