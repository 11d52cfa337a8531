package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The asymptotic covariance of a fitted model's parameters: the inverse Hessian of the total negative
 * log-likelihood (penalized, if the fit was) at the estimates, in the natural parameters. Its diagonal is the
 * square of {@link PurchaseModelFit#standardErrors()}; the delta method needs the whole matrix.
 *
 * <p>Rows and columns follow {@link PurchaseModelKind#parameterNames()} of {@link #model()}.
 */
@Value.Immutable
@ValueStyle
public abstract class ParameterCovariance {

  ParameterCovariance() {}

  /**
   * Returns the model whose parameters these are.
   *
   * @return the model, not null
   */
  public abstract PurchaseModelKind model();

  /**
   * Returns the covariance matrix, one row per parameter in the model's order.
   *
   * @return the square, symmetric matrix with finite entries and a diagonal {@code > 0}, as unmodifiable lists
   */
  public abstract List<List<Double>> matrix();

  /**
   * Returns the matrix as a new array.
   *
   * @return a new {@code n x n} array
   */
  public double[][] toArray() {
    int n = matrix().size();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v[i][j] = matrix().get(i).get(j);
      }
    }
    return v;
  }

  /**
   * Returns one parameter's standard error, the square root of its variance.
   *
   * @param name a name from {@link PurchaseModelKind#parameterNames()}, not null
   * @return the standard error, {@code > 0}
   * @throws IllegalArgumentException if the model has no such parameter
   */
  public double standardError(String name) {
    int i = model().parameterNames().indexOf(Objects.requireNonNull(name, "name"));
    if (i < 0) {
      throw new IllegalArgumentException("name must be one of " + model().parameterNames() + ": " + name);
    }
    return Math.sqrt(matrix().get(i).get(i));
  }

  /**
   * Makes a covariance from an array.
   *
   * @param model the model, not null
   * @param matrix the {@code n x n} symmetric matrix, n the model's number of parameters
   * @return the covariance
   * @throws IllegalArgumentException if the matrix has the wrong size, is not symmetric, has a non-finite entry
   *     or a diagonal entry {@code <= 0}
   */
  public static ParameterCovariance of(PurchaseModelKind model, double[][] matrix) {
    List<List<Double>> rows = new ArrayList<>(matrix.length);
    for (double[] row : matrix) {
      List<Double> list = new ArrayList<>(row.length);
      for (double v : row) {
        list.add(v);
      }
      rows.add(List.copyOf(list));
    }
    return builder().model(model).matrix(rows).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  ParameterCovariance check() {
    int n = model().parameterNames().size();
    Checks.sameLength("matrix", matrix().size(), "parameters of " + model(), n);
    for (int i = 0; i < n; i++) {
      Checks.sameLength(Checks.at("matrix", i), matrix().get(i).size(), "parameters of " + model(), n);
      for (int j = 0; j < n; j++) {
        double v = matrix().get(i).get(j);
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(Checks.at("matrix", i, j) + " must be finite: " + v);
        }
        if (j < i && v != matrix().get(j).get(i)) {
          throw new IllegalArgumentException(Checks.at("matrix", i, j) + " must equal " + Checks.at("matrix", j, i)
              + " " + matrix().get(j).get(i) + ": " + v);
        }
      }
      Checks.positive("matrix", i, i, matrix().get(i).get(i));
    }
    return NestedLists.rowsUnmodifiable(matrix())
        ? this
        : builder().from(this).matrix(NestedLists.copyRows(matrix())).build();
  }

  /** Builds a {@link ParameterCovariance}; {@code model} and {@code matrix} are required. */
  public static final class Builder extends ImmutableParameterCovariance.Builder {
    Builder() {}
  }
}
