package io.github.logicrm.metrics.segmentation;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.segmentation.ValueIndicators;
import io.github.logicrm.core.segmentation.ValueLevel;
import io.github.logicrm.core.segmentation.ValueScore;
import io.github.logicrm.metrics.internal.OrderStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Scores customers on current and potential value from the logistics indicators of {@link ValueIndicators},
 * grades each axis HIGH / MEDIUM / LOW and places the customer in the 3x3 current-by-potential matrix.
 *
 * <p><b>Axes.</b> Current value: volume, revenue, contribution share, receivables collection rate (in the
 * order of {@link #CURRENT_INDICATORS}). Potential value: planned volume, planned growth, loyalty, and the
 * operating costs truck waiting fees, storage fees and seasonal volatility (order of
 * {@link #POTENTIAL_INDICATORS}); the three costs count against the customer.
 *
 * <p><b>Normalization.</b> Each indicator is replaced by its mid-rank percentile across the book: 0 for the
 * lowest value, 1 for the highest, ties sharing the mean of their ranks, 0.5 for a book of one customer or an
 * indicator equal for everyone. A cost indicator scores {@code 1 - percentile}. Ranks make the score immune
 * to outliers (a customer with ten times the next revenue counts as the top customer, not as ten) and to
 * units, so indicators in tonnes, money and fractions mix freely.
 *
 * <p><b>Scores and levels.</b> An axis score is {@code 100 x sum(weight x normalized) / sum(weight)}, on
 * 0-100. Weights are the caller's (default: equal); each must be finite and {@code >= 0} and their sum
 * positive. Weights from pairwise comparisons, such as an AHP priority vector computed with the satisfaction
 * package, can be passed in as they are, since only their ratios matter. A score {@code >= highFrom}
 * (default 60) is HIGH, a score {@code < lowBelow} (default 40) is LOW, the rest MEDIUM.
 *
 * <p>Immutable and thread-safe. Scores depend on the whole book but not on its order.
 */
public final class ValueMatrix {

  /** Names of the current-value indicators, in the order of the current weights. */
  public static final List<String> CURRENT_INDICATORS =
      List.of("volume", "revenue", "contributionShare", "receivablesCollectionRate");

  /** Names of the potential-value indicators, in the order of the potential weights; the last three are costs. */
  public static final List<String> POTENTIAL_INDICATORS = List.of(
      "plannedVolume", "plannedGrowth", "loyalty", "truckWaitingFees", "storageFees", "seasonalVolatility");

  private static final boolean[] POTENTIAL_IS_COST = {false, false, false, true, true, true};

  private static final List<ToDoubleFunction<ValueIndicators>> CURRENT = List.of(
      ValueIndicators::volume, ValueIndicators::revenue, ValueIndicators::contributionShare,
      ValueIndicators::receivablesCollectionRate);

  private static final List<ToDoubleFunction<ValueIndicators>> POTENTIAL = List.of(
      ValueIndicators::plannedVolume, ValueIndicators::plannedGrowth, ValueIndicators::loyalty,
      ValueIndicators::truckWaitingFees, ValueIndicators::storageFees, ValueIndicators::seasonalVolatility);

  private static final ValueMatrix DEFAULTS =
      new ValueMatrix(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1}, 40, 60);

  private final double[] currentWeights;
  private final double[] potentialWeights;
  private final double lowBelow;
  private final double highFrom;

  private ValueMatrix(double[] currentWeights, double[] potentialWeights, double lowBelow, double highFrom) {
    this.currentWeights = checkWeights("currentWeights", currentWeights, CURRENT_INDICATORS.size());
    this.potentialWeights = checkWeights("potentialWeights", potentialWeights, POTENTIAL_INDICATORS.size());
    Checks.inClosedRange("lowBelow", lowBelow, 0, 100);
    Checks.inClosedRange("highFrom", highFrom, lowBelow, 100);
    this.lowBelow = lowBelow;
    this.highFrom = highFrom;
  }

  private static double[] checkWeights(String name, double[] weights, int expected) {
    Checks.sameLength(name, weights.length, "indicators", expected);
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += Checks.nonNegative(name, i, weights[i]);
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(name + " must sum to > 0: " + sum);
    }
    return weights.clone();
  }

  /**
   * Returns the matrix with equal weights, LOW below 40 and HIGH from 60.
   *
   * @return the default matrix
   */
  public static ValueMatrix withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with other weights, e.g. an AHP priority vector per axis.
   *
   * @param current weights of {@link #CURRENT_INDICATORS}, 4 values, each finite and {@code >= 0}, sum {@code > 0}
   * @param potential weights of {@link #POTENTIAL_INDICATORS}, 6 values, each finite and {@code >= 0}, sum
   *     {@code > 0}
   * @return the new matrix
   * @throws IllegalArgumentException if a weight array has the wrong length, a negative or non-finite weight,
   *     or does not sum to a positive number
   */
  public ValueMatrix withWeights(double[] current, double[] potential) {
    return new ValueMatrix(current, potential, lowBelow, highFrom);
  }

  /**
   * Returns a copy with other level thresholds.
   *
   * @param lowBelow scores below this are LOW, in [0, 100]; default 40
   * @param highFrom scores from this up are HIGH, in [lowBelow, 100]; default 60
   * @return the new matrix
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public ValueMatrix withLevelThresholds(double lowBelow, double highFrom) {
    return new ValueMatrix(currentWeights, potentialWeights, lowBelow, highFrom);
  }

  /**
   * Grades a score.
   *
   * @param score a score on 0-100
   * @return HIGH from {@code highFrom}, LOW below {@code lowBelow}, else MEDIUM
   * @throws IllegalArgumentException if the score is outside [0, 100] or NaN
   */
  public ValueLevel level(double score) {
    Checks.inClosedRange("score", score, 0, 100);
    if (score >= highFrom) {
      return ValueLevel.HIGH;
    }
    return score < lowBelow ? ValueLevel.LOW : ValueLevel.MEDIUM;
  }

  /**
   * Scores a book.
   *
   * @param book every customer's indicators, not empty
   * @return each customer's scores, levels and cell, in book order
   * @throws IllegalArgumentException if the book is empty
   */
  public List<ValueScore> score(List<ValueIndicators> book) {
    Checks.notEmpty("book", book);
    int n = book.size();
    double[][] current = columns(book, CURRENT);
    double[][] potential = columns(book, POTENTIAL);
    double[] currentScores = new double[n];
    double[] potentialScores = new double[n];
    score(current, potential, currentScores, potentialScores);
    List<ValueScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(ValueScore.builder()
          .customerId(book.get(i).customerId())
          .currentScore(currentScores[i])
          .potentialScore(potentialScores[i])
          .currentLevel(level(currentScores[i]))
          .potentialLevel(level(potentialScores[i]))
          .build());
    }
    return scores;
  }

  private static double[][] columns(List<ValueIndicators> book, List<ToDoubleFunction<ValueIndicators>> getters) {
    double[][] columns = new double[getters.size()][book.size()];
    for (int i = 0; i < book.size(); i++) {
      ValueIndicators row = Objects.requireNonNull(book.get(i), "book element");
      for (int k = 0; k < getters.size(); k++) {
        columns[k][i] = getters.get(k).applyAsDouble(row);
      }
    }
    return columns;
  }

  /**
   * Scores a book stored by column: {@code current[k][i]} is indicator {@code k} of
   * {@link #CURRENT_INDICATORS} for customer {@code i}, {@code potential[k][i]} likewise. Costs are given as
   * they are (larger = costlier); the calculator turns them around.
   *
   * @param current 4 columns of equal length {@code n >= 1}, finite values
   * @param potential 6 columns of length {@code n}, finite values
   * @param currentScores receives the current-value scores, length {@code n}
   * @param potentialScores receives the potential-value scores, length {@code n}
   * @throws IllegalArgumentException if a shape does not match or a value is not finite (the message names
   *     the indicator and the row)
   */
  public void score(double[][] current, double[][] potential, double[] currentScores, double[] potentialScores) {
    Checks.sameLength("current", current.length, "indicators", CURRENT_INDICATORS.size());
    Checks.sameLength("potential", potential.length, "indicators", POTENTIAL_INDICATORS.size());
    int n = currentScores.length;
    Checks.positive("customers", n);
    Checks.sameLength("potentialScores", potentialScores.length, "currentScores", n);
    axis(current, CURRENT_INDICATORS, new boolean[current.length], currentWeights, currentScores);
    axis(potential, POTENTIAL_INDICATORS, POTENTIAL_IS_COST, potentialWeights, potentialScores);
  }

  private static void axis(double[][] columns, List<String> names, boolean[] cost, double[] weights,
      double[] scores) {
    int n = scores.length;
    double[] percentiles = new double[n];
    Arrays.fill(scores, 0);
    double weightSum = 0;
    for (int k = 0; k < columns.length; k++) {
      double[] column = columns[k];
      Checks.sameLength(names.get(k), column.length, "scores", n);
      for (int i = 0; i < n; i++) {
        Checks.finite(names.get(k), i, column[i]);
      }
      weightSum += weights[k];
      if (weights[k] == 0) {
        continue;
      }
      OrderStatistics.midRankPercentiles(column, percentiles);
      for (int i = 0; i < n; i++) {
        scores[i] += weights[k] * (cost[k] ? 1 - percentiles[i] : percentiles[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      scores[i] = 100 * (scores[i] / weightSum); // ratio first: never above 100 by rounding
    }
  }

  @Override
  public String toString() {
    return "ValueMatrix[currentWeights=" + Arrays.toString(currentWeights) + ", potentialWeights="
        + Arrays.toString(potentialWeights) + ", lowBelow=" + lowBelow + ", highFrom=" + highFrom + "]";
  }
}
