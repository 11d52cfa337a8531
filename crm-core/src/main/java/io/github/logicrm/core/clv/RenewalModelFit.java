package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A shifted-beta-geometric contract renewal model (Fader and Hardie 2007) fitted by maximum likelihood to
 * cohort survival counts, with the evidence of the fit: log-likelihood, standard errors, the data's size,
 * iterations and convergence status.
 *
 * <p>Each customer churns at the end of a period with a constant probability theta, and theta follows a
 * Beta({@link #alpha()}, {@link #beta()}) distribution across customers. A fit is a plain value: store it as
 * JSON (crm-jackson) and rebuild the model from it later without the data.
 */
@Value.Immutable
@ValueStyle
public abstract class RenewalModelFit {

  RenewalModelFit() {}

  /**
   * Returns the first parameter of the beta distribution of the churn probability.
   *
   * @return alpha, finite and {@code > 0}
   */
  public abstract double alpha();

  /**
   * Returns the second parameter of the beta distribution of the churn probability.
   *
   * @return beta, finite and {@code > 0}
   */
  public abstract double beta();

  /**
   * Returns the standard error of alpha, from the inverse Hessian of the log-likelihood at the optimum.
   *
   * @return the standard error, finite and {@code >= 0}; empty when the Hessian could not be inverted (see
   *     {@link #status()})
   */
  public abstract OptionalDouble alphaStandardError();

  /**
   * Returns the standard error of beta, from the inverse Hessian of the log-likelihood at the optimum.
   *
   * @return the standard error, finite and {@code >= 0}; empty when the Hessian could not be inverted
   */
  public abstract OptionalDouble betaStandardError();

  /**
   * Returns the log-likelihood of the survival counts at the estimates.
   *
   * @return the log-likelihood, finite and {@code <= 0}
   */
  public abstract double logLikelihood();

  /**
   * Returns the number of cohorts the model was fitted on.
   *
   * @return the cohorts, {@code > 0}
   */
  public abstract int cohorts();

  /**
   * Returns the number of customers the model was fitted on: the sum of the cohorts' sizes.
   *
   * @return the customers, {@code > 0}
   */
  public abstract long customers();

  /**
   * Returns the longest run of renewal periods observed in a cohort.
   *
   * @return the periods, {@code > 0}
   */
  public abstract int periods();

  /**
   * Returns the optimizer's iterations.
   *
   * @return the iterations, {@code >= 0}
   */
  public abstract int iterations();

  /**
   * Returns how the fit ended.
   *
   * @return the status, not null
   */
  public abstract PurchaseFitStatus status();

  /**
   * Tells whether the fit converged.
   *
   * @return {@code true} if the status is {@link PurchaseFitStatus#CONVERGED}
   */
  public boolean isConverged() {
    return status() == PurchaseFitStatus.CONVERGED;
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
    Checks.positive("alpha", alpha());
    Checks.positive("beta", beta());
    alphaStandardError().ifPresent(e -> Checks.nonNegative("alphaStandardError", e));
    betaStandardError().ifPresent(e -> Checks.nonNegative("betaStandardError", e));
    if (alphaStandardError().isPresent() != betaStandardError().isPresent()) {
      throw new IllegalArgumentException("alphaStandardError and betaStandardError must be both present or both "
          + "empty: " + alphaStandardError() + ", " + betaStandardError());
    }
    Checks.finite("logLikelihood", logLikelihood());
    Checks.atMost("logLikelihood", logLikelihood(), 0);
    Checks.positive("cohorts", cohorts());
    if (customers() <= 0) {
      throw new IllegalArgumentException("customers must be > 0: " + customers());
    }
    Checks.positive("periods", periods());
    Checks.nonNegative("iterations", iterations());
  }

  /**
   * Builds a {@link RenewalModelFit}; every attribute but the standard errors is required.
   */
  public static final class Builder extends ImmutableRenewalModelFit.Builder {
    Builder() {}
  }
}
