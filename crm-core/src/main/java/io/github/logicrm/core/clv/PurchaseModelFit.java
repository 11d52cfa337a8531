package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A purchase or spend model fitted by maximum likelihood, with the evidence of the fit: log-likelihood,
 * standard errors, iterations and convergence status.
 *
 * <p>A fit is a plain value: store it as JSON (crm-jackson) and rebuild the model for scoring later, without
 * the data. Parameters and standard errors are keyed by the names of {@link PurchaseModelKind#parameterNames()};
 * they may be given in any order and are kept in the model's order.
 */
@Value.Immutable
@ValueStyle
public abstract class PurchaseModelFit {

  PurchaseModelFit() {}

  /**
   * Returns which model was fitted.
   *
   * @return the model, not null
   */
  public abstract PurchaseModelKind model();

  /**
   * Returns the estimated parameters by name, in the model's parameter order.
   *
   * @return the parameters, each finite and {@code > 0}; exactly the model's parameter names
   */
  public abstract Map<String, Double> parameters();

  /**
   * Returns the standard errors of the parameters, from the inverse Hessian of the log-likelihood at the
   * optimum.
   *
   * @return the standard errors by parameter name, or empty when the Hessian could not be inverted (see
   *     {@link #status()})
   */
  public abstract Map<String, Double> standardErrors();

  /**
   * Returns the log-likelihood of the data at the estimates, without the penalty, summed over customers with
   * their weights.
   *
   * @return the log-likelihood, finite and {@code <= 0} for the discrete BG/BB model
   */
  public abstract double logLikelihood();

  /**
   * Returns the L2 penalty coefficient the fit used (0 for a plain maximum-likelihood fit).
   *
   * @return the coefficient, {@code >= 0}
   */
  @Value.Default
  public double penalty() {
    return 0;
  }

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
   * Returns one parameter by name.
   *
   * @param name a name from {@link PurchaseModelKind#parameterNames()}
   * @return the estimate
   * @throws IllegalArgumentException if the model has no such parameter
   */
  public double parameter(String name) {
    Double value = parameters().get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "parameter must be one of " + model().parameterNames() + ": " + name);
    }
    return value;
  }

  /**
   * Returns the parameters as an array in the model's parameter order.
   *
   * @return a new array of the estimates
   */
  public double[] parameterArray() {
    List<String> names = model().parameterNames();
    double[] values = new double[names.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameters().get(names.get(i));
    }
    return values;
  }

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
  PurchaseModelFit check() {
    List<String> names = model().parameterNames();
    if (!new HashSet<>(parameters().keySet()).equals(new HashSet<>(names))) {
      throw new IllegalArgumentException(
          "parameters must be " + names + " for " + model() + ": " + parameters().keySet());
    }
    parameters().forEach((name, value) -> Checks.positive("parameters." + name, value));
    if (!standardErrors().isEmpty()) {
      if (!new HashSet<>(standardErrors().keySet()).equals(new HashSet<>(names))) {
        throw new IllegalArgumentException("standardErrors must be empty or " + names + " for " + model() + ": "
            + standardErrors().keySet());
      }
      standardErrors().forEach((name, value) -> Checks.nonNegative("standardErrors." + name, value));
    }
    Checks.finite("logLikelihood", logLikelihood());
    Checks.nonNegative("penalty", penalty());
    Checks.positive("customers", customers());
    Checks.nonNegative("iterations", iterations());
    if (inOrder(parameters(), names) && (standardErrors().isEmpty() || inOrder(standardErrors(), names))) {
      return this;
    }
    return builder().from(this).parameters(ordered(parameters(), names))
        .standardErrors(ordered(standardErrors(), names)).build();
  }

  private static boolean inOrder(Map<String, Double> map, List<String> names) {
    return new ArrayList<>(map.keySet()).equals(names);
  }

  private static Map<String, Double> ordered(Map<String, Double> map, List<String> names) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!map.isEmpty()) {
      names.forEach(name -> out.put(name, map.get(name)));
    }
    return out;
  }

  /**
   * Builds a {@link PurchaseModelFit}; {@code model}, {@code parameters}, {@code logLikelihood},
   * {@code customers}, {@code iterations} and {@code status} are required.
   */
  public static final class Builder extends ImmutablePurchaseModelFit.Builder {
    Builder() {}
  }
}
