package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A BG/NBD or Pareto/NBD model with static covariates, fitted by maximum likelihood, with the evidence of the
 * fit: log-likelihood, standard errors, iterations and convergence status.
 *
 * <p>Each customer i has covariates z_i for the purchase process and d_i for the dropout process (they may be
 * the same or different columns); the coefficients act on the base parameters through exp(gamma'z), with the
 * parameterization and signs of CLVTools' static-covariate models:
 * <ul>
 *   <li>both models: {@code alpha_i = alpha * exp(-purchase' z_i)}, so a positive purchase coefficient raises
 *       the mean purchase rate r / alpha_i;
 *   <li>Pareto/NBD: {@code beta_i = beta * exp(-dropout' d_i)}, so a positive dropout coefficient raises the
 *       mean dropout rate s / beta_i (shorter lifetimes);
 *   <li>BG/NBD: {@code a_i = a * exp(dropout' d_i)} and {@code b_i = b * exp(dropout' d_i)}, the same factor on
 *       both beta parameters: the mean dropout probability a / (a + b) stays, and a positive coefficient makes
 *       customers more alike in it.
 * </ul>
 * r (and s for Pareto/NBD) are shared by all customers. With every coefficient 0 the model is the plain one.
 *
 * <p>A fit is a plain value: store it as JSON (crm-jackson) and rebuild the model for scoring later. The base
 * parameters are keyed by {@link PurchaseModelKind#parameterNames()} and kept in the model's order; the
 * coefficients are keyed by covariate name and kept in the order of the covariate columns.
 */
@Value.Immutable
@ValueStyle
public abstract class CovariateModelFit {

  CovariateModelFit() {}

  /**
   * Returns which model was fitted.
   *
   * @return {@link PurchaseModelKind#BG_NBD} or {@link PurchaseModelKind#PARETO_NBD}, not null
   */
  public abstract PurchaseModelKind model();

  /**
   * Returns the base parameters by name, in the model's parameter order: a customer's own parameters when all
   * their covariates are 0.
   *
   * @return the parameters, each finite and {@code > 0}; exactly the model's parameter names
   */
  public abstract Map<String, Double> parameters();

  /**
   * Returns the coefficients of the purchase-process covariates (on alpha), by covariate name.
   *
   * @return the coefficients, each finite, in column order; empty when the purchase process has no covariates
   */
  public abstract Map<String, Double> purchaseCoefficients();

  /**
   * Returns the coefficients of the dropout-process covariates (on beta for Pareto/NBD, on a and b for BG/NBD),
   * by covariate name.
   *
   * @return the coefficients, each finite, in column order; empty when the dropout process has no covariates
   */
  public abstract Map<String, Double> dropoutCoefficients();

  /**
   * Returns the standard errors of the base parameters, from the inverse Hessian of the log-likelihood at the
   * optimum (all base parameters and coefficients together).
   *
   * @return the standard errors by parameter name, or empty when the Hessian could not be inverted (see
   *     {@link #status()})
   */
  public abstract Map<String, Double> standardErrors();

  /**
   * Returns the standard errors of the purchase coefficients, from the same inverse Hessian.
   *
   * @return the standard errors by covariate name, or empty when {@link #standardErrors()} is
   */
  public abstract Map<String, Double> purchaseStandardErrors();

  /**
   * Returns the standard errors of the dropout coefficients, from the same inverse Hessian.
   *
   * @return the standard errors by covariate name, or empty when {@link #standardErrors()} is
   */
  public abstract Map<String, Double> dropoutStandardErrors();

  /**
   * Returns the log-likelihood of the data at the estimates, summed over customers with their weights.
   *
   * @return the log-likelihood, finite
   */
  public abstract double logLikelihood();

  /**
   * Returns the number of customers the model was fitted on: the sum of the weights.
   *
   * @return the number of customers, {@code > 0}
   */
  public abstract double customers();

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
   * Returns the base parameters as an array in the model's parameter order.
   *
   * @return a new array of the estimates
   */
  public double[] parameterArray() {
    return parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
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
  CovariateModelFit check() {
    if (model() != PurchaseModelKind.BG_NBD && model() != PurchaseModelKind.PARETO_NBD) {
      throw new IllegalArgumentException("model must be BG_NBD or PARETO_NBD for a covariate fit: " + model());
    }
    List<String> names = model().parameterNames();
    if (!new HashSet<>(parameters().keySet()).equals(new HashSet<>(names))) {
      throw new IllegalArgumentException(
          "parameters must be " + names + " for " + model() + ": " + parameters().keySet());
    }
    parameters().forEach((name, value) -> Checks.positive("parameters." + name, value));
    purchaseCoefficients().forEach((name, value) -> {
      Checks.notBlank("purchaseCoefficients name", name);
      Checks.finite("purchaseCoefficients." + name, value);
    });
    dropoutCoefficients().forEach((name, value) -> {
      Checks.notBlank("dropoutCoefficients name", name);
      Checks.finite("dropoutCoefficients." + name, value);
    });
    boolean withErrors = !standardErrors().isEmpty();
    checkErrors("standardErrors", standardErrors(), "parameters", parameters().keySet(), withErrors);
    checkErrors("purchaseStandardErrors", purchaseStandardErrors(), "purchaseCoefficients",
        purchaseCoefficients().keySet(), withErrors);
    checkErrors("dropoutStandardErrors", dropoutStandardErrors(), "dropoutCoefficients",
        dropoutCoefficients().keySet(), withErrors);
    Checks.finite("logLikelihood", logLikelihood());
    Checks.positive("customers", customers());
    Checks.nonNegative("iterations", iterations());
    if (new ArrayList<>(parameters().keySet()).equals(names)
        && (!withErrors || new ArrayList<>(standardErrors().keySet()).equals(names))) {
      return this;
    }
    return builder().from(this).parameters(ordered(parameters(), names))
        .standardErrors(ordered(standardErrors(), names)).build();
  }

  /** The errors must be empty when the base errors are, else have exactly the estimates' names. */
  private static void checkErrors(String field, Map<String, Double> errors, String estimates, Set<String> names,
      boolean withErrors) {
    if (withErrors && !errors.keySet().equals(names)) {
      throw new IllegalArgumentException(
          field + " must have the names of " + estimates + " " + names + ": " + errors.keySet());
    }
    if (!withErrors && !errors.isEmpty()) {
      throw new IllegalArgumentException(field + " must be empty when standardErrors is: " + errors.keySet());
    }
    errors.forEach((name, value) -> Checks.nonNegative(field + "." + name, value));
  }

  private static Map<String, Double> ordered(Map<String, Double> map, List<String> names) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!map.isEmpty()) {
      names.forEach(name -> out.put(name, map.get(name)));
    }
    return out;
  }

  /**
   * Builds a {@link CovariateModelFit}; {@code model}, {@code parameters}, {@code logLikelihood},
   * {@code customers}, {@code iterations} and {@code status} are required; coefficients and standard errors
   * default to empty.
   */
  public static final class Builder extends ImmutableCovariateModelFit.Builder {
    Builder() {}
  }
}
