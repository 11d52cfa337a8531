package io.github.logicrm.core.satisfaction;

/**
 * Shmueli et al.'s (2019) reading of PLSpredict: for how many indicators of the key endogenous constructs PLS
 * predicts better (lower RMSE) than the linear-model benchmark.
 */
public enum PredictivePower {
  /** PLS beats the linear model on no indicator (or Q2_predict is not positive for some): no predictive power. */
  NONE,
  /** PLS beats the linear model on a minority of the indicators. */
  LOW,
  /** PLS beats the linear model on most of the indicators. */
  MEDIUM,
  /** PLS beats the linear model on every indicator. */
  HIGH
}
