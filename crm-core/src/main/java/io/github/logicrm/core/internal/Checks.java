package io.github.logicrm.core.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * Argument checks shared by the value types and the calculators.
 *
 * <p>Every check throws {@link IllegalArgumentException} whose message names the argument, the rule and the
 * bad value, e.g. {@code "discountRate must be >= 0: -0.1"}. Comparisons are written so that NaN fails them.
 * Not part of the public API.
 *
 * <p><b>Where bad input is.</b> One format names the place of a bad value:
 * <ul>
 *   <li>in an array or list, the argument with the 0-based index in brackets, {@link #at(String, long)}:
 *       {@code "recency[17] must be <= age 30.0: 31.5"}; a row of a column table is {@code answers[3][17]}
 *       (column, then row, as Java indexes it), and a whole row of it {@code answers[*][17]};
 *   <li>in a file, {@code file:line:column} counted from 1 as editors do, then the message:
 *       {@code "orders.csv:1042:3 amount must be finite and >= 0: -12.5"}.
 * </ul>
 * The indexed checks ({@code nonNegative("recency", i, v)} and the like) build the name only when they throw,
 * so they cost nothing in a loop over millions of rows.
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
   * Requires an index into a sequence of a given size.
   *
   * @param name argument name for the message
   * @param value index to check
   * @param size size of the sequence
   * @return the index
   * @throws IllegalArgumentException if the index is negative or not below the size
   */
  public static int index(String name, int value, int size) {
    if (value < 0 || value >= size) {
      throw new IllegalArgumentException(name + " must be in [0, " + size + "): " + value);
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
   * @throws NullPointerException if the collection is null, with the name as message
   */
  public static <C extends Collection<?>> C notEmpty(String name, C value) {
    if (Objects.requireNonNull(value, name).isEmpty()) {
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
   * @throws NullPointerException if the array is null, with the name as message
   */
  public static double[] notEmpty(String name, double[] values) {
    if (Objects.requireNonNull(values, name).length == 0) {
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

  /**
   * Returns the location of an element of an array or list, {@code name[index]}.
   *
   * @param name argument name
   * @param index 0-based index of the element
   * @return the location, e.g. {@code "recency[17]"}
   */
  public static String at(String name, long index) {
    return name + "[" + index + "]";
  }

  /**
   * Requires a finite element.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(String name, long index, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(at(name, index) + " must be finite: " + value);
    }
    return value;
  }

  /**
   * Requires a finite element {@code >= 0}.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public static double nonNegative(String name, long index, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(at(name, index) + " must be finite and >= 0: " + value);
    }
    return value;
  }

  /**
   * Requires a finite element {@code > 0}.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is not positive, NaN or infinite
   */
  public static double positive(String name, long index, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(at(name, index) + " must be finite and > 0: " + value);
    }
    return value;
  }

  /**
   * Requires an element in the closed interval {@code [min, max]}.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @param min lower bound, inclusive
   * @param max upper bound, inclusive
   * @return the value
   * @throws IllegalArgumentException if the value is outside the interval or NaN
   */
  public static double inClosedRange(String name, long index, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(at(name, index) + " must be in [" + min + ", " + max + "]: " + value);
    }
    return value;
  }

  /**
   * Requires an element that is a probability, a value in {@code [0, 1]}.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
   */
  public static double probability(String name, long index, double value) {
    return inClosedRange(name, index, value, 0, 1);
  }

  /**
   * Requires an element that is a count {@code >= 0}.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int nonNegative(String name, long index, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(at(name, index) + " must be >= 0: " + value);
    }
    return value;
  }

  /**
   * Requires an element that is a string with at least one non-whitespace character.
   *
   * @param name argument name for the message
   * @param index 0-based index of the element, named in the message as {@code name[index]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is null or blank
   */
  public static String notBlank(String name, long index, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(at(name, index) + " must not be blank: "
          + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  /**
   * Returns the location of an element of a two-dimensional array, {@code name[row][column]} as Java indexes
   * it.
   *
   * @param name argument name
   * @param i 0-based first index
   * @param j 0-based second index
   * @return the location, e.g. {@code "matrix[2][0]"}
   */
  public static String at(String name, long i, long j) {
    return name + "[" + i + "][" + j + "]";
  }

  /**
   * Requires a finite element {@code >= 0} of a two-dimensional array.
   *
   * @param name argument name for the message
   * @param i 0-based first index
   * @param j 0-based second index, named in the message as {@code name[i][j]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public static double nonNegative(String name, long i, long j, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(at(name, i, j) + " must be finite and >= 0: " + value);
    }
    return value;
  }

  /**
   * Requires a finite element {@code > 0} of a two-dimensional array.
   *
   * @param name argument name for the message
   * @param i 0-based first index
   * @param j 0-based second index, named in the message as {@code name[i][j]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is not positive, NaN or infinite
   */
  public static double positive(String name, long i, long j, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(at(name, i, j) + " must be finite and > 0: " + value);
    }
    return value;
  }

  /**
   * Requires an element of a two-dimensional array in the closed interval {@code [min, max]}.
   *
   * @param name argument name for the message
   * @param i 0-based first index
   * @param j 0-based second index, named in the message as {@code name[i][j]}
   * @param value value to check
   * @param min lower bound, inclusive
   * @param max upper bound, inclusive
   * @return the value
   * @throws IllegalArgumentException if the value is outside the interval or NaN
   */
  public static double inClosedRange(String name, long i, long j, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(at(name, i, j) + " must be in [" + min + ", " + max + "]: " + value);
    }
    return value;
  }

  /**
   * Requires a finite element of a two-dimensional array.
   *
   * @param name argument name for the message
   * @param i 0-based first index
   * @param j 0-based second index, named in the message as {@code name[i][j]}
   * @param value value to check
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(String name, long i, long j, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(at(name, i, j) + " must be finite: " + value);
    }
    return value;
  }

  /**
   * Requires a value in the open interval {@code (min, max)}.
   *
   * @param name argument name for the message
   * @param value value to check
   * @param min lower bound, exclusive
   * @param max upper bound, exclusive
   * @return the value
   * @throws IllegalArgumentException if the value is outside the interval or NaN
   */
  public static double inOpenRange(String name, double value, double min, double max) {
    if (!(value > min && value < max)) {
      throw new IllegalArgumentException(name + " must be in (" + min + ", " + max + "): " + value);
    }
    return value;
  }
}
