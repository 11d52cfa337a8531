package io.github.logicrm.metrics.segmentation;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.metrics.internal.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RFM scoring: recency, frequency and monetary quintile scores 1-5 (5 best), the three-digit cell code and a
 * weighted score, from purchase-log summaries.
 *
 * <p><b>Inputs.</b> Recency is the time since the customer's last purchase (smaller is better; in any unit,
 * the same for every customer), frequency the number of purchases (or repeat purchases), monetary the spend
 * (total or mean per purchase). All finite and {@code >= 0}.
 *
 * <p><b>Quintiles and ties.</b> Customers are ranked on each measure, worst first, and the rank's quintile is
 * the score: the customer at 0-based rank {@code k} of {@code n} scores {@code 1 + floor(5 k / n)}. Tied
 * customers are never split (that would depend on the input order): they share one score, by {@link Ties}:
 * <ul>
 *   <li>{@link Ties#MIDDLE} (default): the customers holding the best value score 5 and those holding the worst
 *       value score 1, however many they are; any other group scores the quintile of its middle rank,
 *       {@code k = worse + (tied - 1) / 2}. On monthly data where 60% of shippers ordered this month, those
 *       shippers are the most recent there can be and score R = 5; the shippers who never ordered again score
 *       F = 1. When every customer ties, all score 3.
 *   <li>{@link Ties#LOWEST}: the score of the lowest rank of the group, {@code k} = the number of customers
 *       strictly worse. A tie never lifts a customer, but a big tie at the top is pulled down: the 60% who
 *       ordered this month score 1 + floor(5 x 0.4) = 3.
 *   <li>{@link Ties#HIGHEST}: the score of the highest rank of the group, {@code k} = customers worse or tied,
 *       minus one. The big tie at the top scores 5, but a big tie at the bottom is lifted (half the book that
 *       never ordered again scores 3).
 * </ul>
 * Without ties all three give the plain quintiles when {@code n >= 5} ({@code MIDDLE} gives the best customer 5
 * and the worst 1 also for smaller books).
 *
 * <p><b>Weighted score.</b> {@code (wR R + wF F + wM M) / (wR + wF + wM)}, in [1, 5]; default weights equal.
 *
 * <p>Immutable and thread-safe. The array form ranks each measure with a radix sort (O(n), a few arrays of n
 * per call) and allocates nothing per customer.
 */
public final class RfmScoring {

  /** Which score a group of tied customers shares. */
  public enum Ties {
    /**
     * The groups holding the best and the worst value score 5 and 1; any other group the score of its middle rank.
     */
    MIDDLE,
    /** The score of the group's lowest rank: customers get credit only for those strictly worse. */
    LOWEST,
    /** The score of the group's highest rank: customers get credit for all those worse or tied. */
    HIGHEST
  }

  private static final RfmScoring DEFAULTS = new RfmScoring(1, 1, 1, Ties.MIDDLE);

  private final double recencyWeight;
  private final double frequencyWeight;
  private final double monetaryWeight;
  private final double weightSum;
  private final Ties ties;

  private RfmScoring(double recencyWeight, double frequencyWeight, double monetaryWeight, Ties ties) {
    this.ties = Objects.requireNonNull(ties, "ties");
    this.recencyWeight = Checks.nonNegative("recencyWeight", recencyWeight);
    this.frequencyWeight = Checks.nonNegative("frequencyWeight", frequencyWeight);
    this.monetaryWeight = Checks.nonNegative("monetaryWeight", monetaryWeight);
    this.weightSum = recencyWeight + frequencyWeight + monetaryWeight;
    if (!(weightSum > 0)) {
      throw new IllegalArgumentException("RFM weights must sum to > 0: " + weightSum);
    }
  }

  /**
   * Returns the scoring with equal weights and {@link Ties#MIDDLE}.
   *
   * @return the default scoring
   */
  public static RfmScoring withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with other weights for the weighted score.
   *
   * @param recency weight of the recency score, finite and {@code >= 0}
   * @param frequency weight of the frequency score, finite and {@code >= 0}
   * @param monetary weight of the monetary score, finite and {@code >= 0}
   * @return the new scoring
   * @throws IllegalArgumentException if a weight is negative or not finite, or the weights sum to 0
   */
  public RfmScoring withWeights(double recency, double frequency, double monetary) {
    return new RfmScoring(recency, frequency, monetary, ties);
  }

  /**
   * Returns a copy with another tie rule.
   *
   * @param rule which score tied customers share, not null
   * @return the new scoring
   */
  public RfmScoring withTies(Ties rule) {
    return new RfmScoring(recencyWeight, frequencyWeight, monetaryWeight, rule);
  }

  /**
   * Scores a book.
   *
   * @param recency time since each customer's last purchase, finite and {@code >= 0}
   * @param frequency each customer's number of purchases, finite and {@code >= 0}
   * @param monetary each customer's spend, finite and {@code >= 0}
   * @return each customer's scores, in input order
   * @throws IllegalArgumentException if the arrays are empty, differ in length or hold an invalid value
   */
  public List<RfmScore> score(double[] recency, double[] frequency, double[] monetary) {
    int n = recency.length;
    int[] r = new int[n];
    int[] f = new int[n];
    int[] m = new int[n];
    double[] weighted = new double[n];
    score(recency, frequency, monetary, r, f, m, weighted);
    List<RfmScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(RfmScore.builder().recency(r[i]).frequency(f[i]).monetary(m[i]).weightedScore(weighted[i])
          .build());
    }
    return scores;
  }

  /**
   * Scores a book into the caller's arrays.
   *
   * @param recency time since each customer's last purchase, finite and {@code >= 0}
   * @param frequency each customer's number of purchases, finite and {@code >= 0}
   * @param monetary each customer's spend, finite and {@code >= 0}
   * @param recencyScores receives the recency scores
   * @param frequencyScores receives the frequency scores
   * @param monetaryScores receives the monetary scores
   * @param weightedScores receives the weighted scores
   * @throws IllegalArgumentException if the arrays are empty, differ in length or hold an invalid value (the
   *     message names the array and the row)
   */
  public void score(double[] recency, double[] frequency, double[] monetary, int[] recencyScores,
      int[] frequencyScores, int[] monetaryScores, double[] weightedScores) {
    int n = recency.length;
    Checks.notEmpty("recency", recency);
    Checks.sameLength("frequency", frequency.length, "recency", n);
    Checks.sameLength("monetary", monetary.length, "recency", n);
    Checks.sameLength("recencyScores", recencyScores.length, "recency", n);
    Checks.sameLength("frequencyScores", frequencyScores.length, "recency", n);
    Checks.sameLength("monetaryScores", monetaryScores.length, "recency", n);
    Checks.sameLength("weightedScores", weightedScores.length, "recency", n);
    quintiles("recency", recency, true, recencyScores);
    quintiles("frequency", frequency, false, frequencyScores);
    quintiles("monetary", monetary, false, monetaryScores);
    for (int i = 0; i < n; i++) {
      // weights over their sum first, on (score - 1) / 4 in [0, 1]: the result cannot leave [1, 5] by rounding
      double q = (recencyWeight * (recencyScores[i] - 1) + frequencyWeight * (frequencyScores[i] - 1)
          + monetaryWeight * (monetaryScores[i] - 1)) / 4;
      weightedScores[i] = 1 + 4 * (q / weightSum);
    }
  }

  private static int quintile(int rank, int n) {
    return 1 + (int) (5L * rank / n);
  }

  private int tieScore(int worse, int tied, int n) {
    return switch (ties) {
      case LOWEST -> quintile(worse, n);
      case HIGHEST -> quintile(worse + tied - 1, n);
      case MIDDLE -> tied == n ? 3 // one group: nothing tells the customers apart, the middle score
          : worse == 0 ? 1
          : worse + tied == n ? 5
          : 1 + (int) (5L * (2L * worse + tied - 1) / (2L * n)); // middle rank worse + (tied - 1) / 2
    };
  }

  private void quintiles(String name, double[] values, boolean smallerIsBetter, int[] out) {
    for (int i = 0; i < values.length; i++) {
      Checks.nonNegative(name, i, values[i]);
    }
    int n = values.length;
    int[] order = OrderStatistics.ascendingOrder(values);
    int start = 0;
    while (start < n) {
      int end = OrderStatistics.tieEnd(values, order, start); // positions [start, end) tie, ascending
      int worse = smallerIsBetter ? n - end : start;
      int tied = end - start;
      int score = tieScore(worse, tied, n);
      for (int r = start; r < end; r++) {
        out[order[r]] = score;
      }
      start = end;
    }
  }

  @Override
  public String toString() {
    return "RfmScoring[recencyWeight=" + recencyWeight + ", frequencyWeight=" + frequencyWeight
        + ", monetaryWeight=" + monetaryWeight + ", ties=" + ties + "]";
  }
}
