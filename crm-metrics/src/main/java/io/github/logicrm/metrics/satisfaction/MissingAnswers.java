package io.github.logicrm.metrics.satisfaction;

/**
 * What a calculator does with a respondent who skipped an item it needs. The caller chooses; the result reports
 * what was done. Every calculator supports {@link #REJECT} and {@link #DROP_RESPONDENT}; the PLS calculators also
 * {@link #MEAN_REPLACEMENT}, and {@link PlsPathModeling#estimate(io.github.logicrm.core.satisfaction.PathModel,
 * java.util.List, double[][])} also {@link #PAIRWISE_DELETION}. A calculator given an option it does not support
 * rejects it rather than falling back to another.
 */
public enum MissingAnswers {
  /** Fail with an {@link IllegalArgumentException} naming the first respondent and item with no answer. */
  REJECT,
  /** Leave out every respondent who skipped an item the calculation needs, and report how many were left out. */
  DROP_RESPONDENT,
  /**
   * Keep every respondent and replace each missing answer by the mean of the item's given answers (on the item's
   * recoded scale); the number of replaced answers is reported. Simple, and it shrinks the item's variance.
   */
  MEAN_REPLACEMENT,
  /**
   * Keep every respondent and compute each covariance from the respondents who answered both items (R's
   * {@code use = "pairwise.complete.obs"}); a score treats a missing answer as the item's mean. The resulting
   * correlation matrix need not be positive definite.
   */
  PAIRWISE_DELETION;

  /**
   * Rejects the options that keep respondents with missing answers, for a calculator that supports only
   * {@link #REJECT} and {@link #DROP_RESPONDENT}.
   *
   * @param calculator the calculator's name, for the message
   * @return this option
   * @throws IllegalArgumentException for {@link #MEAN_REPLACEMENT} or {@link #PAIRWISE_DELETION}
   */
  MissingAnswers requireRespondentLevel(String calculator) {
    if (this == MEAN_REPLACEMENT || this == PAIRWISE_DELETION) {
      throw new IllegalArgumentException("missingAnswers of " + calculator
          + " must be REJECT or DROP_RESPONDENT: " + this);
    }
    return this;
  }
}
