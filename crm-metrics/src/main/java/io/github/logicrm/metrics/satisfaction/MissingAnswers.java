package io.github.logicrm.metrics.satisfaction;

/** What a calculator does with a respondent who skipped an item it needs. The caller chooses; nothing is imputed. */
public enum MissingAnswers {
  /** Fail with an {@link IllegalArgumentException} naming the first respondent and item with no answer. */
  REJECT,
  /** Leave out every respondent who skipped an item the calculation needs, and report how many were left out. */
  DROP_RESPONDENT
}
