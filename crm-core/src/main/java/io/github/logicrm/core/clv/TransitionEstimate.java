package io.github.logicrm.core.clv;

import java.util.Objects;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A transition matrix estimated from observed state sequences, with the counts it rests on.
 *
 * <p>The maximum-likelihood estimate of a Markov chain: {@code p[i][j] = n[i][j] / sum_j n[i][j]}, where
 * {@code n[i][j]} counts the observed moves from state {@code i} to state {@code j}. States declared absorbing
 * keep a row that stays in the state with probability 1.
 */
@Value.Immutable
@ValueStyle
public abstract class TransitionEstimate {

  TransitionEstimate() {}

  /**
   * Returns the state names, in matrix order.
   *
   * @return the states, not empty
   */
  public abstract List<String> states();

  /**
   * Returns the observed number of moves from each state (row) to each state (column).
   *
   * @return the counts, a square matrix of non-negative numbers
   */
  public abstract List<List<Integer>> counts();

  /**
   * Returns the estimated transition probabilities.
   *
   * @return the row-stochastic matrix, one row per state: each entry in [0, 1], each row summing to 1 within
   *     {@link MigrationModel#ROW_SUM_TOLERANCE}
   */
  public abstract List<List<Double>> probabilities();

  /**
   * Returns the number of observed moves out of a state.
   *
   * @param state the state index, in {@code [0, states().size())}
   * @return the row total of {@link #counts()}
   * @throws IllegalArgumentException if the index is out of range
   */
  public long observedMovesFrom(int state) {
    Checks.index("state", state, states().size());
    return counts().get(state).stream().mapToLong(Integer::longValue).sum();
  }

  /**
   * Builds the migration model with these transition probabilities.
   *
   * @param rewards the reward per period in each state, one per state
   * @param period the period of the observed sequences, not null
   * @return the model
   * @throws IllegalArgumentException if the rewards do not match the states
   */
  public MigrationModel toModel(List<Double> rewards, CashFlowPeriod period) {
    return MigrationModel.builder().states(states()).transitionMatrix(probabilities())
        .rewards(Objects.requireNonNull(rewards, "rewards"))
        .period(period).build();
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
  TransitionEstimate check() {
    int n = Checks.notEmpty("states", states()).size();
    Checks.sameLength("counts", counts().size(), "states", n);
    Checks.sameLength("probabilities", probabilities().size(), "states", n);
    for (int i = 0; i < n; i++) {
      Checks.sameLength(Checks.at("counts", i), counts().get(i).size(), "states", n);
      for (int j = 0; j < n; j++) {
        if (counts().get(i).get(j) < 0) {
          throw new IllegalArgumentException(Checks.at("counts", i, j) + " must be >= 0: " + counts().get(i).get(j));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      double sum = NestedLists.probabilityRowSum("probabilities", i, probabilities().get(i), n);
      if (!(Math.abs(sum - 1) <= MigrationModel.ROW_SUM_TOLERANCE)) {
        throw new IllegalArgumentException("probabilities row " + i + " must sum to 1 within "
            + MigrationModel.ROW_SUM_TOLERANCE + ": " + sum);
      }
    }
    if (NestedLists.rowsUnmodifiable(counts()) && NestedLists.rowsUnmodifiable(probabilities())) {
      return this;
    }
    return builder().from(this).counts(NestedLists.copyRows(counts()))
        .probabilities(NestedLists.copyRows(probabilities())).build();
  }

  /** Builds a {@link TransitionEstimate}; every attribute is required. */
  public static final class Builder extends ImmutableTransitionEstimate.Builder {
    Builder() {}
  }
}
