package io.github.logicrm.core.clv;

/** How a {@link ConfidenceInterval} was made. */
public enum IntervalMethod {
  /**
   * The delta method: the estimate's variance is g' V g, with g the gradient of the quantity in the model's
   * parameters and V their asymptotic covariance (the inverse Hessian of the log-likelihood). The interval is
   * formed on the logit scale for a probability and on the log scale for a positive quantity, so it stays within
   * the quantity's range, and mapped back.
   */
  DELTA_METHOD,
  /**
   * The percentile bootstrap: customers resampled with replacement, the model refitted on each resample, and the
   * interval's ends the lower and upper (1 - level) / 2 quantiles of the quantity over the refits.
   */
  BOOTSTRAP_PERCENTILE
}
