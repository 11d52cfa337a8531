package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The out-of-sample prediction errors of one indicator of an endogenous construct (PLSpredict, Shmueli et al.
 * 2016 and 2019): the PLS model's and the linear-model benchmark's, on the item's own scale.
 */
@Value.Immutable
@ValueStyle
public abstract class IndicatorPrediction {

  IndicatorPrediction() {}

  /**
   * Returns the item.
   *
   * @return its name, not blank
   */
  public abstract String item();

  /**
   * Returns the endogenous construct the item measures.
   *
   * @return its block name, not blank
   */
  public abstract String construct();

  /**
   * Returns Q2_predict = 1 - sum (y - yhat)^2 / sum (y - mean of the training fold)^2: above 0 when the PLS
   * prediction beats the training mean.
   *
   * @return Q2_predict, at most 1
   */
  public abstract double q2Predict();

  /**
   * Returns the root mean squared error of the PLS predictions.
   *
   * @return RMSE, {@code >= 0}
   */
  public abstract double rmse();

  /**
   * Returns the mean absolute error of the PLS predictions.
   *
   * @return MAE, {@code >= 0}
   */
  public abstract double mae();

  /**
   * Returns the RMSE of the linear-model benchmark: OLS of the item on every item of the exogenous constructs.
   *
   * @return RMSE, {@code >= 0}
   */
  public abstract double lmRmse();

  /**
   * Returns the MAE of the linear-model benchmark.
   *
   * @return MAE, {@code >= 0}
   */
  public abstract double lmMae();

  /**
   * Returns whether PLS predicts this item better than the linear model, by RMSE.
   *
   * @return true when {@link #rmse()} is below {@link #lmRmse()}
   */
  public boolean beatsLinearModel() {
    return rmse() < lmRmse();
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
    Checks.notBlank("prediction.item", item());
    Checks.notBlank("prediction.construct", construct());
    Checks.atMost(item() + ".q2Predict", q2Predict(), 1);
    Checks.nonNegative(item() + ".rmse", rmse());
    Checks.nonNegative(item() + ".mae", mae());
    Checks.nonNegative(item() + ".lmRmse", lmRmse());
    Checks.nonNegative(item() + ".lmMae", lmMae());
  }

  /** Builds an {@link IndicatorPrediction}; every attribute is required. */
  public static final class Builder extends ImmutableIndicatorPrediction.Builder {
    Builder() {}
  }
}
