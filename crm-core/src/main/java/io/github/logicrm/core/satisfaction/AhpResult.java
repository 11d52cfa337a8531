package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Weights derived by the Analytic Hierarchy Process from a pairwise comparison matrix, with the evidence of the
 * matrix's consistency.
 *
 * <p>The weights are the principal eigenvector of the matrix, normalized to sum 1. Consistency: CI =
 * (lambdaMax - n) / (n - 1), CR = CI / RI with Saaty's random index RI for the matrix order; matrices of order 1
 * and 2 are always consistent (CI = CR = 0).
 */
@Value.Immutable
@ValueStyle
public abstract class AhpResult {

  /** How far the weights may sum from 1 (absolute), to allow for rounded input. */
  public static final double WEIGHT_SUM_TOLERANCE = 1e-6;

  AhpResult() {}

  /**
   * Returns the weights, in the order of the matrix rows.
   *
   * @return the weights, each {@code > 0}, summing to 1
   */
  public abstract List<Double> weights();

  /**
   * Returns the principal eigenvalue of the matrix.
   *
   * @return lambdaMax, {@code >= n} up to rounding
   */
  public abstract double lambdaMax();

  /**
   * Returns the consistency index (lambdaMax - n) / (n - 1).
   *
   * @return CI, 0 for n &lt;= 2
   */
  public abstract double consistencyIndex();

  /**
   * Returns Saaty's random index for the matrix order, the CI of random matrices.
   *
   * @return RI, 0 for n &lt;= 2
   */
  public abstract double randomIndex();

  /**
   * Returns the consistency ratio CI / RI; above 0.10 the judgements are usually revised.
   *
   * @return CR, 0 for n &lt;= 2
   */
  public abstract double consistencyRatio();

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
    Checks.notEmpty("weights", weights());
    double sum = 0;
    for (int i = 0; i < weights().size(); i++) {
      sum += Checks.positive("weights", i, weights().get(i));
    }
    if (!(Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE)) {
      throw new IllegalArgumentException("weights must sum to 1 within " + WEIGHT_SUM_TOLERANCE + ": " + sum);
    }
    Checks.positive("lambdaMax", lambdaMax());
    Checks.finite("consistencyIndex", consistencyIndex());
    Checks.nonNegative("randomIndex", randomIndex());
    Checks.finite("consistencyRatio", consistencyRatio());
  }

  /** Builds an {@link AhpResult}; every attribute is required. */
  public static final class Builder extends ImmutableAhpResult.Builder {
    Builder() {}
  }
}
