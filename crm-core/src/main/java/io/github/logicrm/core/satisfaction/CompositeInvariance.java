package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * MICOM steps 2 and 3 for one construct (Henseler, Ringle and Sarstedt 2016, doi:10.1108/IMR-09-2014-0304):
 * the correlation c between the composite formed with the first group's weights and with the second group's, both
 * on the pooled standardized data, against the 5% quantile of its permutation distribution; and the differences of
 * the composite's mean and log variance between the groups (pooled weights and standardization) against their
 * permutation intervals.
 */
@Value.Immutable
@ValueStyle
public abstract class CompositeInvariance {

  CompositeInvariance() {}

  /**
   * Returns the construct.
   *
   * @return its block name, not blank
   */
  public abstract String construct();

  /**
   * Returns c, the correlation of the composite scores under the two groups' weights.
   *
   * @return c, at most 1
   */
  public abstract double correlation();

  /**
   * Returns the 5% quantile of c under permutation: compositional invariance holds when c is not below it.
   *
   * @return the quantile
   */
  public abstract double correlationQuantile();

  /**
   * Returns the first group's composite mean minus the second's, in pooled standard deviations.
   *
   * @return the difference
   */
  public abstract double meanDifference();

  /**
   * Returns the lower end of the permutation interval of the mean difference.
   *
   * @return the 2.5% quantile (for 95%)
   */
  public abstract double meanLower();

  /**
   * Returns the upper end of the permutation interval of the mean difference.
   *
   * @return the 97.5% quantile (for 95%)
   */
  public abstract double meanUpper();

  /**
   * Returns log(first group's composite variance / second group's).
   *
   * @return the log ratio
   */
  public abstract double logVarianceRatio();

  /**
   * Returns the lower end of the permutation interval of the log variance ratio.
   *
   * @return the quantile
   */
  public abstract double varianceLower();

  /**
   * Returns the upper end of the permutation interval of the log variance ratio.
   *
   * @return the quantile
   */
  public abstract double varianceUpper();

  /**
   * Returns the invariance established.
   *
   * @return NONE when c is below its quantile, FULL when the mean difference and log variance ratio also lie in
   *     their intervals, else PARTIAL; not null
   */
  public abstract InvarianceLevel level();

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
    Checks.notBlank("construct", construct());
    Checks.atMost(construct() + ".correlation", correlation(), 1 + 1e-12);
    Checks.finite(construct() + ".meanDifference", meanDifference());
    Checks.finite(construct() + ".logVarianceRatio", logVarianceRatio());
    InvarianceLevel expected = !(correlation() >= correlationQuantile()) ? InvarianceLevel.NONE
        : meanDifference() >= meanLower() && meanDifference() <= meanUpper()
            && logVarianceRatio() >= varianceLower() && logVarianceRatio() <= varianceUpper()
            ? InvarianceLevel.FULL : InvarianceLevel.PARTIAL;
    if (level() != expected) {
      throw new IllegalArgumentException(construct() + ".level must be " + expected + " for correlation "
          + correlation() + " (correlationQuantile " + correlationQuantile() + "), meanDifference " + meanDifference()
          + " in [meanLower, meanUpper] and logVarianceRatio " + logVarianceRatio()
          + " in [varianceLower, varianceUpper]: " + level());
    }
  }

  /** Builds a {@link CompositeInvariance}; every attribute is required. */
  public static final class Builder extends ImmutableCompositeInvariance.Builder {
    Builder() {}
  }
}
