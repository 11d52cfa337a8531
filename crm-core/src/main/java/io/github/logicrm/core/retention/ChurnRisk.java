package io.github.logicrm.core.retention;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A customer's churn risk: a 0-100 score, its level, every signal evaluated with what it contributed, and the
 * reasons in words, so the account manager sees why.
 */
@Value.Immutable
@ValueStyle
public abstract class ChurnRisk {

  ChurnRisk() {}

  /**
   * Returns the customer.
   *
   * @return the customer, not null
   */
  public abstract CustomerId customerId();

  /**
   * Returns the risk score: the weighted mean strength of the available signals, times 100, raised to 100 times
   * the strength of a decisive signal (inactivity or low P(alive) by default) when that is higher.
   *
   * @return the score, in [0, 100]
   */
  public abstract double score();

  /**
   * Returns the score put in words.
   *
   * @return the level, not null
   */
  public abstract RiskLevel level();

  /**
   * Returns every signal evaluated, in {@link ChurnSignalKind} order; signals without data are absent.
   *
   * @return the signals, possibly empty
   */
  public abstract List<ChurnSignal> signals();

  /**
   * Returns the reasons in words: each fired signal, a score raised by a decisive signal, and the signals left out
   * for lack of data.
   *
   * @return the reasons, possibly empty
   */
  public abstract List<String> reasons();

  /**
   * Returns the signals that fired.
   *
   * @return the fired signals, in kind order
   */
  public List<ChurnSignal> fired() {
    return signals().stream().filter(ChurnSignal::fired).collect(Collectors.toUnmodifiableList());
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
    Checks.inClosedRange("score", score(), 0, 100);
  }

  /** Builds a {@link ChurnRisk}; every attribute but the reasons is required. */
  public static final class Builder extends ImmutableChurnRisk.Builder {
    Builder() {}
  }
}
