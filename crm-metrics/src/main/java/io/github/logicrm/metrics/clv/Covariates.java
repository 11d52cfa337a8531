package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Static covariates of a book: one row per customer (in the order of the {@link PurchaseData} rows they go
 * with), one named column per covariate, e.g. {@code contract} (1 for a contract shipper, 0 for spot) or one
 * dummy column per industry but one. Covariates are numbers; code categories as 0/1 dummies.
 *
 * <p>Immutable: the rows are copied in and never handed out. A column that has the same value in every row
 * is rejected: it cannot be told apart from the base parameter it acts on.
 */
public final class Covariates {

  private static final double[] EMPTY = new double[0];
  private static final Covariates NONE = new Covariates(List.of(), new double[0][]);

  private final List<String> names;
  private final double[][] rows;

  private Covariates(List<String> names, double[][] rows) {
    this.names = names;
    this.rows = rows;
  }

  /**
   * Returns the empty set of covariates: the process it is given for has the same parameters for every
   * customer. It goes with data of any size.
   *
   * @return the covariates without columns
   */
  public static Covariates none() {
    return NONE;
  }

  /**
   * Makes covariates from rows.
   *
   * @param names the column names, not empty, each not blank and distinct
   * @param rows one row per customer, at least two, each with one finite value per name
   * @return the covariates
   * @throws IllegalArgumentException if the names are empty, blank or repeated, there are fewer than two rows,
   *     a row has the wrong length or a non-finite value (named as {@code rows[i][j]}), or a column is
   *     constant (named as {@code rows[*][j]})
   * @throws NullPointerException if an argument or a row is null
   */
  public static Covariates of(List<String> names, double[][] rows) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(rows, "rows");
    Checks.notEmpty("names", names);
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < names.size(); j++) {
      Checks.notBlank("names", j, names.get(j));
      if (!seen.add(names.get(j))) {
        throw new IllegalArgumentException(Checks.at("names", j) + " must be unique: '" + names.get(j) + "'");
      }
    }
    if (rows.length < 2) {
      throw new IllegalArgumentException("rows must have at least 2 rows: " + rows.length);
    }
    int k = names.size();
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      Objects.requireNonNull(rows[i], Checks.at("rows", i));
      Checks.sameLength(Checks.at("rows", i), rows[i].length, "names", k);
      for (int j = 0; j < k; j++) {
        Checks.finite("rows", i, j, rows[i][j]);
      }
      copy[i] = rows[i].clone();
    }
    for (int j = 0; j < k; j++) {
      double first = copy[0][j];
      boolean varies = false;
      for (int i = 1; i < copy.length && !varies; i++) {
        varies = copy[i][j] != first;
      }
      if (!varies) {
        throw new IllegalArgumentException("rows[*][" + j + "] ('" + names.get(j)
            + "') must not be constant, it cannot be told apart from the base parameter: " + first);
      }
    }
    return new Covariates(List.copyOf(names), copy);
  }

  /**
   * Returns the column names.
   *
   * @return the names, in column order; empty for {@link #none()}
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the number of columns.
   *
   * @return the columns, {@code >= 0}
   */
  public int columns() {
    return names.size();
  }

  /**
   * Returns the number of rows.
   *
   * @return the rows; 0 for {@link #none()}
   */
  public int rows() {
    return rows.length;
  }

  /**
   * Returns one value.
   *
   * @param row the row, {@code 0 <= row < rows()}
   * @param column the column, {@code 0 <= column < columns()}
   * @return the value
   * @throws IllegalArgumentException if the row or column is out of range
   */
  public double value(int row, int column) {
    return rows[Checks.index("row", row, rows.length)][Checks.index("column", column, names.size())];
  }

  /** The row, shared (not copied); an empty array for {@link #none()}. */
  double[] row(int row) {
    return names.isEmpty() ? EMPTY : rows[row];
  }

  /** Requires one row per customer row, unless there are no columns. */
  Covariates checkRowsMatch(String name, int customerRows) {
    if (!names.isEmpty() && rows.length != customerRows) {
      throw new IllegalArgumentException(
          name + " must have one row per customer, " + customerRows + ": " + rows.length);
    }
    return this;
  }

  @Override
  public String toString() {
    return "Covariates" + names + " x " + rows.length + " rows";
  }
}
