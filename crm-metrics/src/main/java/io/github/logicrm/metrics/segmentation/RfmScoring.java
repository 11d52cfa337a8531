package io.github.logicrm.metrics.segmentation;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.metrics.internal.OrderStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * RFM scoring: recency, frequency and monetary quintile scores 1-5 (5 best), the three-digit cell code and a
 * weighted score, from purchase-log summaries.
 *
 * <p><b>Inputs.</b> Recency is the time since the customer's last purchase (smaller is better; in any unit,
 * the same for every customer), frequency the number of purchases (or repeat purchases), monetary the spend
 * (total or mean per purchase). All finite and {@code >= 0}.
 *
 * <p><b>Quintiles and ties.</b> A customer's score on a measure is {@code 1 + floor(5 x worse / n)}, where
 * {@code worse} counts the customers strictly worse on that measure (smaller frequency or spend, longer
 * recency) and {@code n} the book. Without ties this is the plain quintile of the customer's rank. Tied
 * customers share one score, the one the first of them would get, so a tie never lifts a customer above one
 * with a better value, nothing depends on the input order, and a big tie (all the customers who never bought
 * again) makes the quintiles uneven instead of being split at random. The best customer scores 5 when
 * {@code n >= 5}; the worst always scores 1.
 *
 * <p><b>Weighted score.</b> {@code (wR R + wF F + wM M) / (wR + wF + wM)}, in [1, 5]; default weights equal.
 *
 * <p>Immutable and thread-safe. The array form sorts one copy of each measure and allocates nothing per
 * customer.
 */
public final class RfmScoring {

  private static final RfmScoring DEFAULTS = new RfmScoring(1, 1, 1);

  private final double recencyWeight;
  private final double frequencyWeight;
  private final double monetaryWeight;
  private final double weightSum;

  private RfmScoring(double recencyWeight, double frequencyWeight, double monetaryWeight) {
    this.recencyWeight = Checks.nonNegative("recencyWeight", recencyWeight);
    this.frequencyWeight = Checks.nonNegative("frequencyWeight", frequencyWeight);
    this.monetaryWeight = Checks.nonNegative("monetaryWeight", monetaryWeight);
    this.weightSum = recencyWeight + frequencyWeight + monetaryWeight;
    if (!(weightSum > 0)) {
      throw new IllegalArgumentException("RFM weights must sum to > 0: " + weightSum);
    }
  }

  /**
   * Returns the scoring with equal weights.
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
    return new RfmScoring(recency, frequency, monetary);
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

  /**
   * Returns the quintile score of one value against a book, by the rule of this class.
   *
   * @param worse how many customers of the book are strictly worse, in {@code [0, n)}
   * @param n customers in the book, {@code > 0}
   * @return the score, 1 to 5
   */
  static int quintile(int worse, int n) {
    return 1 + (int) (5L * worse / n);
  }

  private static void quintiles(String name, double[] values, boolean smallerIsBetter, int[] out) {
    for (int i = 0; i < values.length; i++) {
      Checks.nonNegative(name + "[" + i + "]", values[i]);
    }
    double[] sorted = OrderStatistics.sortedCopy(values);
    int n = values.length;
    for (int i = 0; i < n; i++) {
      int worse = smallerIsBetter
          ? n - OrderStatistics.countAtOrBelow(sorted, values[i])
          : OrderStatistics.countBelow(sorted, values[i]);
      out[i] = quintile(worse, n);
    }
  }

  @Override
  public String toString() {
    return "RfmScoring[recencyWeight=" + recencyWeight + ", frequencyWeight=" + frequencyWeight
        + ", monetaryWeight=" + monetaryWeight + "]";
  }
}
