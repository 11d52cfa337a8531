package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The diagnostics of one purchase model on a calibration/holdout split: its fit to the calibration period
 * (log-likelihood, AIC, BIC), its holdout errors, the calibration-versus-holdout groups by calibration frequency
 * and, when the purchase dates were given, the tracking of repeat transactions per period.
 */
@Value.Immutable
@ValueStyle
public abstract class PurchaseModelValidation {

  PurchaseModelValidation() {}

  /**
   * Returns which model was validated.
   *
   * @return the model, not null
   */
  public abstract PurchaseModelKind model();

  /**
   * Returns the model's parameters by name.
   *
   * @return the parameters, exactly the model's {@link PurchaseModelKind#parameterNames()}
   */
  public abstract Map<String, Double> parameters();

  /**
   * Returns the log-likelihood of the calibration data under the model.
   *
   * @return the log-likelihood, finite
   */
  public abstract double logLikelihood();

  /**
   * Returns Akaike's information criterion, {@code 2 k - 2 logLikelihood} with k the number of parameters.
   *
   * @return the AIC, finite; lower is better
   */
  public abstract double aic();

  /**
   * Returns the Bayesian information criterion, {@code k ln(n) - 2 logLikelihood} with n the customers.
   *
   * @return the BIC, finite; lower is better
   */
  public abstract double bic();

  /**
   * Returns the errors of the holdout predictions.
   *
   * @return the errors, not null
   */
  public abstract HoldoutErrors holdoutErrors();

  /**
   * Returns the actual and expected holdout purchases grouped by calibration frequency, 0, 1, ... up to an
   * open-ended last group.
   *
   * @return the groups in frequency order, not empty; their customers and purchases add up to the book's
   */
  public abstract List<FrequencyGroup> frequencyGroups();

  /**
   * Returns the actual and expected repeat transactions per period over the calibration and holdout periods.
   *
   * @return the periods in order, empty when only per-customer summaries (no purchase dates) were given
   */
  public abstract List<TrackingPeriod> tracking();

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
    List<String> names = model().parameterNames();
    if (!new HashSet<>(parameters().keySet()).equals(new HashSet<>(names))) {
      throw new IllegalArgumentException(
          "parameters must be " + names + " for " + model() + ": " + parameters().keySet());
    }
    parameters().forEach((name, value) -> Checks.positive("parameters." + name, value));
    Checks.finite("logLikelihood", logLikelihood());
    Checks.finite("aic", aic());
    Checks.finite("bic", bic());
    Checks.notEmpty("frequencyGroups", frequencyGroups());
    int customers = 0;
    for (int i = 0; i < frequencyGroups().size(); i++) {
      FrequencyGroup group = frequencyGroups().get(i);
      if (group.frequency() != i || group.orMore() != (i == frequencyGroups().size() - 1)) {
        throw new IllegalArgumentException("frequencyGroups[" + i + "] must have frequency " + i
            + (i == frequencyGroups().size() - 1 ? " or more" : "") + ": " + group);
      }
      customers += group.customers();
    }
    if (customers != holdoutErrors().customers()) {
      throw new IllegalArgumentException("frequencyGroups must hold the " + holdoutErrors().customers()
          + " customers of holdoutErrors: " + customers);
    }
    for (int i = 0; i < tracking().size(); i++) {
      if (tracking().get(i).index() != i) {
        throw new IllegalArgumentException("tracking[" + i + "].index must be " + i + ": " + tracking().get(i).index());
      }
    }
  }

  /**
   * Builds a {@link PurchaseModelValidation}; every attribute but {@code tracking} is required.
   */
  public static final class Builder extends ImmutablePurchaseModelValidation.Builder {
    Builder() {}
  }
}
