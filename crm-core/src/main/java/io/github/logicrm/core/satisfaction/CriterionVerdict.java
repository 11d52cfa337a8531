package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** Whether an estimate meets one {@link QualityCriterion}, with the rule applied and every case that fails it. */
@Value.Immutable
@ValueStyle
public abstract class CriterionVerdict {

  CriterionVerdict() {}

  /**
   * Returns the criterion.
   *
   * @return the criterion, not null
   */
  public abstract QualityCriterion criterion();

  /**
   * Returns the rule as applied, with its thresholds and the blocks it covers.
   *
   * @return the rule, not blank
   */
  public abstract String rule();

  /**
   * Returns each failing case with its figure, e.g. {@code "Value: AVE 0.41"}.
   *
   * @return the failures; empty when the criterion is met
   */
  public abstract List<String> failures();

  /**
   * Returns whether the criterion is met.
   *
   * @return true exactly when {@link #failures()} is empty
   */
  public abstract boolean met();

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
    Checks.notBlank(criterion() + ".rule", rule());
    if (met() != failures().isEmpty()) {
      throw new IllegalArgumentException(criterion() + ".met must be " + failures().isEmpty() + " with failures "
          + failures() + ": " + met());
    }
  }

  /** Builds a {@link CriterionVerdict}; criterion, rule and met are required. */
  public static final class Builder extends ImmutableCriterionVerdict.Builder {
    Builder() {}
  }
}
