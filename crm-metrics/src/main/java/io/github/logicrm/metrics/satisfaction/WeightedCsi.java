package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.IndexMethod;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weighted customer satisfaction index: CSI = sum(w_i s_i) / sum(w_i), each item rescaled to 0-100 from its
 * declared scale, s = 100 (x - min) / (max - min), after reverse-coded items are turned around.
 *
 * <p>Weights are given by the caller or derived by {@link Ahp} from a pairwise comparison matrix. An instance
 * holds the items and weights and is immutable and thread-safe; the static array forms take primitive arrays and
 * allocate nothing.
 */
public final class WeightedCsi {

  private final List<SurveyItem> items;
  private final double[] weights;
  private final double[] min;
  private final double[] max;
  private final IndexMethod method;
  private final AhpResult ahp;

  private WeightedCsi(List<SurveyItem> items, double[] weights, IndexMethod method, AhpResult ahp) {
    Checks.notEmpty("items", items);
    Checks.sameLength("weights", weights.length, "items", items.size());
    double sum = 0;
    double largest = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += Checks.nonNegative("weights", i, weights[i]);
      largest = Math.max(largest, weights[i]);
    }
    if (sum == Double.POSITIVE_INFINITY) { // finite weights whose sum overflows: normalize them scaled down
      weights = weights.clone();
      sum = 0;
      for (int i = 0; i < weights.length; i++) {
        weights[i] /= largest;
        sum += weights[i];
      }
    }
    Checks.positive("sum of weights", sum);
    this.items = List.copyOf(items);
    this.weights = new double[weights.length];
    this.min = new double[weights.length];
    this.max = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = weights[i] / sum;
      this.min[i] = items.get(i).min();
      this.max[i] = items.get(i).max();
    }
    this.method = method;
    this.ahp = ahp;
  }

  /**
   * Returns the index over items with given weights.
   *
   * @param items the items, not empty
   * @param weights one weight per item, each finite and {@code >= 0}, not all zero; normalized to sum 1
   * @return the calculator
   * @throws IllegalArgumentException if the lengths differ or a weight is invalid
   */
  public static WeightedCsi of(List<SurveyItem> items, double... weights) {
    return new WeightedCsi(items, weights, IndexMethod.WEIGHTED, null);
  }

  /**
   * Returns the index over items weighted by an AHP result; the index reports the consistency figures as
   * parameters.
   *
   * @param items the items, not empty, in the order of the AHP matrix rows
   * @param ahp the AHP weights, one per item
   * @return the calculator
   * @throws IllegalArgumentException if the number of weights differs from the number of items
   */
  public static WeightedCsi fromAhp(List<SurveyItem> items, AhpResult ahp) {
    double[] w = ahp.weights().stream().mapToDouble(Double::doubleValue).toArray();
    return new WeightedCsi(items, w, IndexMethod.AHP, ahp);
  }

  /**
   * Returns the normalized weight of each item, in item order.
   *
   * @return a copy of the weights, summing to 1
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Scores one respondent.
   *
   * @param response the respondent's answers; every item must be answered
   * @return the CSI in [0, 100]
   * @throws IllegalArgumentException if an item is not answered or an answer is off its scale
   */
  public double score(SurveyResponse response) {
    double s = 0;
    for (int i = 0; i < items.size(); i++) {
      SurveyItem item = items.get(i);
      Double a = response.answers().get(item.name());
      if (a == null) {
        throw new IllegalArgumentException("response of " + response.customer() + " on " + response.date()
            + " has no answer to item '" + item.name() + "'");
      }
      s += weights[i] * item.rescale(a);
    }
    return s;
  }

  /**
   * Computes the index of a survey: each item's mean answer (recoded) rescaled to 0-100, combined with the
   * weights. Without missing answers this equals the mean of the respondents' own scores.
   *
   * @param survey the survey; it must declare every item of this index with the same scale
   * @param missingAnswers what to do with respondents who skipped one of the items
   * @return the index with its weights, components and, for AHP weights, the consistency figures
   * @throws IllegalArgumentException if an item is not declared by the survey, an answer is missing under
   *     {@link MissingAnswers#REJECT}, no respondent answered every item, or the option is neither REJECT nor
   *     DROP_RESPONDENT
   */
  public SatisfactionIndex index(Survey survey, MissingAnswers missingAnswers) {
    Objects.requireNonNull(missingAnswers, "missingAnswers").requireRespondentLevel("WeightedCsi");
    for (SurveyItem item : items) {
      SurveyItem declared = survey.item(item.name()).orElseThrow(() -> new IllegalArgumentException(
          "item '" + item.name() + "' is not an item of the survey"));
      if (!declared.equals(item)) {
        throw new IllegalArgumentException("item '" + item.name() + "' is declared differently by the survey: "
            + declared + " instead of " + item);
      }
    }
    double[] sums = new double[items.size()];
    int n = 0;
    List<SurveyResponse> responses = survey.responses();
    for (int t = 0; t < responses.size(); t++) {
      SurveyResponse r = responses.get(t);
      String missing = null;
      for (SurveyItem item : items) {
        if (!r.answers().containsKey(item.name())) {
          missing = item.name();
          break;
        }
      }
      if (missing != null) {
        if (missingAnswers == MissingAnswers.REJECT) {
          throw new IllegalArgumentException("respondent " + t + " has no answer to item '" + missing
              + "' (missing answers are rejected; choose MissingAnswers.DROP_RESPONDENT to leave such respondents out)");
        }
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        sums[i] += items.get(i).rescale(r.answers().get(items.get(i).name()));
      }
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("no respondent answered every item of the index");
    }
    SatisfactionIndex.Builder out = SatisfactionIndex.builder().method(method).respondents(n);
    double score = 0;
    for (int i = 0; i < items.size(); i++) {
      double component = sums[i] / n;
      score += weights[i] * component;
      out.putWeights(items.get(i).name(), weights[i]).putComponents(items.get(i).name(), component);
    }
    out.putParameters("droppedRespondents", responses.size() - n);
    if (ahp != null) {
      out.putParameters("lambdaMax", ahp.lambdaMax())
          .putParameters("consistencyIndex", ahp.consistencyIndex())
          .putParameters("randomIndex", ahp.randomIndex())
          .putParameters("consistencyRatio", ahp.consistencyRatio());
    }
    // a weighted mean of values in [0, 100] with weights summing to 1: only rounding can take it past the ends
    return out.score(Math.min(100, Math.max(0, score))).build();
  }

  /**
   * Scores one respondent from primitive arrays, allocating nothing. Answers must already be recoded (see
   * {@link SurveyItem#recode(double)}).
   *
   * @param answers the answers, each in [min[i], max[i]]
   * @param min each item's scale minimum
   * @param max each item's scale maximum, {@code > min[i]}
   * @param weights each item's weight, {@code >= 0}, not all zero
   * @return the CSI in [0, 100]
   * @throws IllegalArgumentException if the lengths differ, a scale is empty, an answer is off its scale or a
   *     weight is invalid (the message gives the index)
   */
  public static double score(double[] answers, double[] min, double[] max, double[] weights) {
    return score(answers, min, max, weights, -1);
  }

  /** Scores one respondent; {@code row} is its index in the batch form (named {@code answers[row][i]}), or -1. */
  private static double score(double[] answers, double[] min, double[] max, double[] weights, int row) {
    Checks.sameLength("min", min.length, "answers", answers.length);
    Checks.sameLength("max", max.length, "answers", answers.length);
    Checks.sameLength("weights", weights.length, "answers", answers.length);
    Checks.notEmpty("answers", answers);
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < answers.length; i++) {
      double lo = min[i];
      double hi = max[i];
      double x = answers[i];
      double w = weights[i];
      if (!(hi > lo && Double.isFinite(hi) && Double.isFinite(lo))) {
        throw new IllegalArgumentException("max[" + i + "] must be finite and > min[" + i + "] " + lo + ": " + hi);
      }
      if (row < 0) {
        Checks.inClosedRange("answers", i, x, lo, hi);
      } else {
        Checks.inClosedRange("answers", row, i, x, lo, hi);
      }
      Checks.nonNegative("weights", i, w);
      weighted += w * 100 * (x - lo) / (hi - lo);
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("sum of weights must be > 0: " + total);
    }
    double csi = weighted / total;
    if (!(csi >= 0)) { // NaN: a weight or a scale so large that the sums overflowed
      csi = scaledScore(answers, min, max, weights);
    }
    return Math.min(100, csi); // rounding only: a weighted mean of values in [0, 100]
  }

  /**
   * The CSI of already validated arrays, computed without overflow for any finite inputs: weights are divided by
   * the largest, and each rescaling works on halves, so neither a sum of weights nor a scale's width can overflow.
   */
  private static double scaledScore(double[] answers, double[] min, double[] max, double[] weights) {
    double largest = 0;
    for (double w : weights) {
      largest = Math.max(largest, w);
    }
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < answers.length; i++) {
      double w = weights[i] / largest;
      double lo = 0.5 * min[i];
      weighted += w * ((0.5 * answers[i] - lo) / (0.5 * max[i] - lo));
      total += w;
    }
    return 100 * (weighted / total);
  }

  /**
   * Scores many respondents, allocating nothing.
   *
   * @param answers one row of recoded answers per respondent
   * @param min each item's scale minimum
   * @param max each item's scale maximum
   * @param weights each item's weight
   * @param out receives each respondent's CSI; length {@code answers.length}
   * @throws IllegalArgumentException as {@link #score(double[], double[], double[], double[])}, naming the row
   *     ({@code answers[row][item]})
   */
  public static void scores(double[][] answers, double[] min, double[] max, double[] weights, double[] out) {
    Checks.sameLength("out", out.length, "answers", answers.length);
    for (int r = 0; r < answers.length; r++) {
      if (answers[r].length != min.length) {
        Checks.sameLength("min", min.length, Checks.at("answers", r), answers[r].length);
      }
      out[r] = score(answers[r], min, max, weights, r);
    }
  }

  /**
   * Returns the items of the index.
   *
   * @return the items, in weight order
   */
  public List<SurveyItem> items() {
    return new ArrayList<>(items);
  }
}
