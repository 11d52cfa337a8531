package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A customer migration ("always a share") model after Pfeifer and Carraway (2000): a Markov chain over customer
 * states with a reward per state.
 *
 * <p>A customer is in one of {@link #states()} each period, for example recency classes "bought this year",
 * "bought last year", ... and an absorbing "former customer" state. From state {@code i} it moves to state
 * {@code j} next period with probability {@code transitionMatrix().get(i).get(j)}, and while in state
 * {@code i} it brings {@code rewards().get(i)} in the period (margin less marketing spend; may be negative),
 * received as {@link #timing()} says.
 *
 * <p>Each row of the transition matrix must sum to 1 within {@value #ROW_SUM_TOLERANCE}.
 */
@Value.Immutable
@ValueStyle
public abstract class MigrationModel {

  /** How far a row of the transition matrix may sum from 1 (absolute), to allow for rounded input. */
  public static final double ROW_SUM_TOLERANCE = 1e-6;

  MigrationModel() {}

  /**
   * Returns the names of the states, in matrix order.
   *
   * @return the state names, unique and not blank, at least one
   */
  public abstract List<String> states();

  /**
   * Returns the transition matrix, one row per state: entry {@code [i][j]} is the probability of moving from
   * state {@code i} to state {@code j} in one period.
   *
   * @return the square, row-stochastic matrix, as unmodifiable lists
   */
  public abstract List<List<Double>> transitionMatrix();

  /**
   * Returns the reward per period of a customer in each state.
   *
   * @return one finite reward per state, in money
   */
  public abstract List<Double> rewards();

  /**
   * Returns the length of one period of the chain.
   *
   * @return the period, not null
   */
  public abstract CashFlowPeriod period();

  /**
   * Returns when within a period the reward is received.
   *
   * @return the convention; {@link TimingConvention#START_OF_PERIOD} (Pfeifer and Carraway's) by default
   */
  @Value.Default
  public TimingConvention timing() {
    return TimingConvention.START_OF_PERIOD;
  }

  /**
   * Returns the index of a state.
   *
   * @param state the state name, not null
   * @return its index in {@link #states()}
   * @throws IllegalArgumentException if there is no such state
   */
  public int indexOf(String state) {
    int i = states().indexOf(state);
    if (i < 0) {
      throw new IllegalArgumentException("state must be one of " + states() + ": '" + state + "'");
    }
    return i;
  }

  /**
   * Returns the transition matrix as a new array.
   *
   * @return a new {@code n x n} array holding the matrix
   */
  public double[][] transitionArray() {
    int n = states().size();
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = transitionMatrix().get(i).get(j);
      }
    }
    return p;
  }

  /**
   * Returns the rewards as a new array.
   *
   * @return a new array of one reward per state
   */
  public double[] rewardArray() {
    return rewards().stream().mapToDouble(Double::doubleValue).toArray();
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
  MigrationModel check() {
    Checks.notEmpty("states", states());
    int n = states().size();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Checks.notBlank("states", i, states().get(i));
      if (!seen.add(states().get(i))) {
        throw new IllegalArgumentException("states must be unique, duplicate: '" + states().get(i) + "'");
      }
    }
    Checks.sameLength("rewards", rewards().size(), "states", n);
    for (int i = 0; i < n; i++) {
      Checks.finite("rewards", i, rewards().get(i));
    }
    Checks.sameLength("transitionMatrix", transitionMatrix().size(), "states", n);
    for (int i = 0; i < n; i++) {
      List<Double> row = transitionMatrix().get(i);
      double sum = NestedLists.probabilityRowSum("transitionMatrix", i, row, n);
      if (!(Math.abs(sum - 1) <= ROW_SUM_TOLERANCE)) {
        throw new IllegalArgumentException(Checks.at("transitionMatrix", i) + " (state '" + states().get(i)
            + "') must sum to 1 within " + ROW_SUM_TOLERANCE + ": " + sum + " " + row);
      }
    }
    return NestedLists.rowsUnmodifiable(transitionMatrix())
        ? this
        : builder().from(this).transitionMatrix(NestedLists.copyRows(transitionMatrix())).build();
  }

  /**
   * Builds a {@link MigrationModel}; {@code states}, {@code transitionMatrix}, {@code rewards} and {@code period}
   * are required.
   */
  public static final class Builder extends ImmutableMigrationModel.Builder {
    Builder() {}
  }
}
