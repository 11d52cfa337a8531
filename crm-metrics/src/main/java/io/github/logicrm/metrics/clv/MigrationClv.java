package io.github.logicrm.metrics.clv;

import java.util.Objects;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.MigrationClvResult;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.clv.TransitionEstimate;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.metrics.internal.LinearAlgebra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Migration ("always a share") customer lifetime value after Pfeifer and Carraway (2000), and the estimation
 * of the transition matrix from observed state sequences.
 *
 * <p>With transition matrix {@code P}, rewards {@code R} and discount rate {@code d} per period of the chain,
 * the expected present value of a customer starting in each state is
 *
 * <pre>
 * V_T   = sum_{t=0..T-1} (P / (1 + d))^t R      over a finite horizon of T periods
 * V_inf = (I - P / (1 + d))^-1 R                 over the infinite horizon (requires d &gt; 0)
 * </pre>
 *
 * <p>for rewards received at the start of each period, and both divided by {@code (1 + d)} once more for
 * rewards at its end. The finite sum is evaluated by Horner's rule ({@code T} matrix-vector products), the
 * infinite one by an LU solve.
 *
 * <p>Stateless and thread-safe.
 */
public final class MigrationClv {

  private MigrationClv() {}

  /**
   * Values a customer in each starting state.
   *
   * @param model the chain and rewards, not null
   * @param rate the discount rate, in any period (converted to the model's period), not null
   * @param horizon how many periods to count, not null
   * @return the value per starting state
   * @throws IllegalArgumentException if the horizon is infinite and the discount rate per period is 0: a
   *     stochastic matrix has spectral radius 1, so {@code I - P} is singular and the undiscounted sum does not
   *     converge
   */
  public static MigrationClvResult of(MigrationModel model, DiscountRate rate, Horizon horizon) {
    DiscountRate perPeriod = rate.per(model.period());
    double v = 1 / (1 + perPeriod.rate());
    double[][] p = model.transitionArray();
    double[] r = model.rewardArray();
    int n = r.length;
    double[] values;
    if (horizon.isInfinite()) {
      if (!(perPeriod.rate() > 0)) {
        throw new IllegalArgumentException("discountRate must be > 0 for an infinite horizon: the transition "
            + "matrix is stochastic, so the undiscounted sum of P^t R diverges: " + perPeriod.rate());
      }
      double[][] a = LinearAlgebra.identity(n);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] -= v * p[i][j];
        }
      }
      values = LinearAlgebra.solve(a, r);
    } else {
      values = r.clone();
      double[] next = new double[n];
      for (int t = 1; t < horizon.periods().getAsInt(); t++) {
        for (int i = 0; i < n; i++) {
          double s = 0;
          for (int j = 0; j < n; j++) {
            s += p[i][j] * values[j];
          }
          next[i] = r[i] + v * s;
        }
        double[] swap = values;
        values = next;
        next = swap;
      }
    }
    double scale = Math.pow(v, model.timing().offset());
    List<Double> result = new ArrayList<>(n);
    for (double value : values) {
      result.add(value * scale);
    }
    return MigrationClvResult.builder().states(model.states()).values(result).horizon(horizon)
        .discountRate(perPeriod).build();
  }

  /**
   * Estimates a transition matrix from observed state sequences given as state indices: each sequence is one
   * customer's state in consecutive periods.
   *
   * @param states the state names, in matrix order, unique, not empty
   * @param sequences one array of state indices per customer, each index in {@code [0, states.size())};
   *     sequences of length 0 or 1 contribute no move
   * @param absorbing the names of absorbing states (such as "former customer"), whose row is set to stay put
   *     with probability 1; may be empty
   * @return the counts and the maximum-likelihood estimate {@code n[i][j] / n[i]}
   * @throws IllegalArgumentException if an index is out of range (the message names the sequence and
   *     position), a sequence leaves an absorbing state, an absorbing name is not a state, or a state that is
   *     not absorbing has no observed move out of it
   */
  public static TransitionEstimate estimate(List<String> states, int[][] sequences, Set<String> absorbing) {
    int n = Checks.notEmpty("states", states).size();
    boolean[] isAbsorbing = new boolean[n];
    for (String name : Objects.requireNonNull(absorbing, "absorbing")) {
      int i = states.indexOf(Objects.requireNonNull(name, "absorbing must not contain null"));
      if (i < 0) {
        throw new IllegalArgumentException("absorbing state must be one of " + states + ": '" + name + "'");
      }
      isAbsorbing[i] = true;
    }
    long[][] counts = new long[n][n];
    for (int s = 0; s < sequences.length; s++) {
      int[] sequence = sequences[s];
      for (int k = 0; k < sequence.length; k++) {
        if (sequence[k] < 0 || sequence[k] >= n) {
          throw new IllegalArgumentException(
              "sequences[" + s + "][" + k + "] must be a state index in [0, " + n + "): " + sequence[k]);
        }
        if (k > 0) {
          int from = sequence[k - 1];
          if (isAbsorbing[from] && sequence[k] != from) {
            throw new IllegalArgumentException("sequences[" + s + "][" + k + "] leaves absorbing state '"
                + states.get(from) + "' for '" + states.get(sequence[k]) + "'");
          }
          counts[from][sequence[k]]++;
        }
      }
    }
    List<List<Integer>> countRows = new ArrayList<>(n);
    List<List<Double>> probabilityRows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long total = 0;
      List<Integer> countRow = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        total += counts[i][j];
        if (counts[i][j] > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("sequences hold more than " + Integer.MAX_VALUE + " moves from '"
              + states.get(i) + "' to '" + states.get(j) + "': " + counts[i][j]);
        }
        countRow.add((int) counts[i][j]);
      }
      if (total == 0 && !isAbsorbing[i]) {
        throw new IllegalArgumentException("state '" + states.get(i) + "' has no observed move out of it: "
            + "declare it absorbing or supply sequences that pass through it");
      }
      List<Double> probabilityRow = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        probabilityRow.add(isAbsorbing[i] ? (i == j ? 1.0 : 0.0) : (double) counts[i][j] / total);
      }
      countRows.add(List.copyOf(countRow));
      probabilityRows.add(List.copyOf(probabilityRow));
    }
    return TransitionEstimate.builder().states(states).counts(countRows).probabilities(probabilityRows).build();
  }

  /**
   * Estimates a transition matrix from observed state sequences given by state name.
   *
   * @param states the state names, in matrix order, unique, not empty
   * @param sequences one list of state names per customer, in period order
   * @param absorbing the names of absorbing states; may be empty
   * @return the counts and the maximum-likelihood estimate
   * @throws IllegalArgumentException if a name is not a state (the message names the sequence and position),
   *     or as {@link #estimate(List, int[][], Set)}
   */
  public static TransitionEstimate estimateByName(
      List<String> states, List<List<String>> sequences, Set<String> absorbing) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      index.put(states.get(i), i);
    }
    int[][] indices = new int[sequences.size()][];
    for (int s = 0; s < indices.length; s++) {
      List<String> sequence = Objects.requireNonNull(sequences.get(s), "sequences[" + s + "]");
      indices[s] = new int[sequence.size()];
      for (int k = 0; k < sequence.size(); k++) {
        Integer i = index.get(sequence.get(k));
        if (i == null) {
          throw new IllegalArgumentException("sequences[" + s + "][" + k + "] must be one of " + states + ": '"
              + sequence.get(k) + "'");
        }
        indices[s][k] = i;
      }
    }
    return estimate(states, indices, absorbing);
  }
}
