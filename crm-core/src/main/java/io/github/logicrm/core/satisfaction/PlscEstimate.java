package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A consistent PLS (PLSc, Dijkstra and Henseler 2015, doi:10.25300/MISQ/2015/39.2.02) estimate: the PLS estimate
 * corrected for the measurement error of the reflective constructs, with its admissibility.
 *
 * <p>Each mode A block's construct correlations are divided by the square root of the product of the two blocks'
 * reliabilities rho_A (1 for mode B and one-item blocks); loadings become {@code c w} with
 * {@code c = sqrt(rho_A) / (w'w)}; paths and R2 are re-estimated by OLS from the corrected correlations. An
 * estimate is inadmissible when a corrected correlation or a consistent loading exceeds 1 in absolute value, a
 * reliability is not positive, or the corrected correlation matrix is not positive semi-definite: then
 * {@link #admissible()} is false and {@link #problems()} names each violation; the figures are reported as
 * computed, never repaired.
 */
@Value.Immutable
@ValueStyle
public abstract class PlscEstimate {

  PlscEstimate() {}

  /**
   * Returns whether the estimate is admissible.
   *
   * @return true exactly when {@link #problems()} is empty
   */
  public abstract boolean admissible();

  /**
   * Returns every violation that makes the estimate inadmissible, e.g.
   * {@code "Satisfaction / Loyalty: corrected correlation 1.034"}.
   *
   * @return the problems; empty for an admissible estimate
   */
  public abstract List<String> problems();

  /**
   * Returns the reliability rho_A used to correct each block: rho_A for a mode A block of two or more items, 1 for
   * the others.
   *
   * @return by block name, in model order
   */
  public abstract Map<String, Double> reliabilities();

  /**
   * Returns the consistent loadings of the items of mode A blocks of two or more items, and the PLS loadings of
   * the other items (mode B blocks, one-item blocks).
   *
   * @return by item name, block by block
   */
  public abstract Map<String, Double> loadings();

  /**
   * Returns the corrected construct correlations.
   *
   * @return by block, then by block, both in model order; empty when a reliability is not positive
   */
  public abstract Map<String, Map<String, Double>> constructCorrelations();

  /**
   * Returns the smallest eigenvalue of the corrected construct correlation matrix; negative means it is not
   * positive semi-definite.
   *
   * @return the eigenvalue; empty when a reliability is not positive
   */
  public abstract OptionalDouble smallestEigenvalue();

  /**
   * Returns the path coefficients re-estimated from the corrected correlations, in the model's path order.
   *
   * @return the paths; empty when they cannot be computed (a reliability not positive, or the drivers' corrected
   *     correlation matrix singular)
   */
  public abstract List<PathEstimate> paths();

  /**
   * Returns the R2 of each endogenous construct from the corrected correlations.
   *
   * @return by block name; empty when the paths cannot be computed
   */
  public abstract Map<String, Double> rSquared();

  /**
   * Returns the PLS iterations run before the correction.
   *
   * @return the count, {@code > 0}
   */
  public abstract int iterations();

  /**
   * Returns the number of respondents.
   *
   * @return the count, {@code > 0}
   */
  public abstract int respondents();

  /**
   * Returns the number of respondents left out for missing answers.
   *
   * @return the count, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int droppedRespondents() {
    return 0;
  }

  /**
   * Returns one path coefficient.
   *
   * @param from the driving block
   * @param to the driven block
   * @return the coefficient, or empty if there is no such path or the paths could not be computed
   */
  public OptionalDouble path(String from, String to) {
    return paths().stream().filter(p -> p.from().equals(from) && p.to().equals(to))
        .mapToDouble(PathEstimate::coefficient).findFirst();
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
  void check() {
    if (admissible() != problems().isEmpty()) {
      throw new IllegalArgumentException("admissible must be " + problems().isEmpty() + " with problems "
          + problems() + ": " + admissible());
    }
    reliabilities().forEach((block, r) -> Checks.finite("reliabilities[" + block + "]", r));
    loadings().forEach((item, l) -> Checks.finite("loadings[" + item + "]", l));
    constructCorrelations().forEach((a, row) -> row.forEach((b, r) -> Checks.finite(
        "constructCorrelations[" + a + "][" + b + "]", r)));
    rSquared().forEach((block, r2) -> Checks.finite("rSquared[" + block + "]", r2));
    Checks.positive("iterations", iterations());
    Checks.positive("respondents", respondents());
    Checks.nonNegative("droppedRespondents", droppedRespondents());
  }

  /** Builds a {@link PlscEstimate}; admissible, iterations and respondents are required. */
  public static final class Builder extends ImmutablePlscEstimate.Builder {
    Builder() {}
  }
}
