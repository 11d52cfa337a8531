package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.IndexMethod;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A 0-100 satisfaction index of one block of a path model (usually {@link CsiModels#SATISFACTION}) estimated by
 * PLS path modeling.
 *
 * <p>{@link IndexMethod#PLS_ACSI} (the default, the ACSI convention): PLS on standardized items; each item's
 * unstandardized weight is its standardized outer weight divided by the item's standard deviation; the weights
 * are normalized to sum 1; index = 100 sum(w_i (mean_i - min_i) / (max_i - min_i)), with each item's scale
 * from its declaration. {@link IndexMethod#PLS_RAW} (the second convention): PLS on centered raw items, then the
 * raw outer weights normalized to sum 1 and applied the same way; it gives a slightly different number.
 *
 * <p>Per segment or per period, the weights are estimated once on all respondents and applied to each group's
 * item means, so groups are compared on one yardstick and small groups need no model of their own. Immutable and
 * thread-safe.
 */
public final class CsiIndex {

  private static final CsiIndex DEFAULTS = new CsiIndex(PlsPathModeling.withDefaults(), IndexMethod.PLS_ACSI);

  private final PlsPathModeling pls;
  private final IndexMethod convention;

  private CsiIndex(PlsPathModeling pls, IndexMethod convention) {
    this.pls = pls;
    this.convention = convention;
  }

  /**
   * Returns the index in the ACSI convention with the default PLS estimator.
   *
   * @return the calculator
   */
  public static CsiIndex withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that estimates with another PLS estimator (scheme, convergence, missing answers); its data
   * treatment is set by the convention.
   *
   * @param pls the estimator, not null
   * @return the new calculator
   */
  public CsiIndex withEstimator(PlsPathModeling pls) {
    return new CsiIndex(Objects.requireNonNull(pls, "pls"), convention);
  }

  /**
   * Returns a copy with another convention.
   *
   * @param convention {@link IndexMethod#PLS_ACSI} or {@link IndexMethod#PLS_RAW}
   * @return the new calculator
   * @throws IllegalArgumentException for a method that is not a PLS convention
   */
  public CsiIndex withConvention(IndexMethod convention) {
    if (convention != IndexMethod.PLS_ACSI && convention != IndexMethod.PLS_RAW) {
      throw new IllegalArgumentException("convention must be PLS_ACSI or PLS_RAW: " + convention);
    }
    return new CsiIndex(pls, convention);
  }

  /**
   * Computes the index of a block over all respondents of a survey.
   *
   * @param model the path model, not null
   * @param block the block whose index is wanted
   * @param survey the survey declaring every item of the model
   * @return the index, with the normalized weights, the item scores and the estimation's evidence
   *     ({@code iterations}, {@code droppedRespondents}, and {@code rSquared} for an endogenous block)
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, Survey)}), an
   *     unknown block, or outer weights of mixed signs that put the index outside 0-100 (a block whose items do
   *     not measure one thing)
   * @throws IllegalStateException if the estimation did not converge
   */
  public SatisfactionIndex compute(PathModel model, String block, Survey survey) {
    return bySegment(model, block, survey, r -> "all").get("all");
  }

  /**
   * Computes the index of a block per segment of respondents, with weights estimated once on all of them.
   *
   * @param model the path model, not null
   * @param block the block whose index is wanted
   * @param survey the survey declaring every item of the model
   * @param segmentOf the segment of each response, not null
   * @param <K> segment key type
   * @return the index per segment, in order of first appearance
   * @throws IllegalArgumentException for bad input or an unknown block
   * @throws IllegalStateException if the estimation did not converge
   */
  public <K> Map<K, SatisfactionIndex> bySegment(PathModel model, String block, Survey survey,
      Function<SurveyResponse, K> segmentOf) {
    Objects.requireNonNull(segmentOf, "segmentOf");
    LatentBlock target = model.block(block).orElseThrow(() -> new IllegalArgumentException(
        "block '" + block + "' is not a block of the model"));
    PlsPathModeling estimator = pls.withTreatment(
        convention == IndexMethod.PLS_ACSI ? DataTreatment.STANDARDIZED : DataTreatment.CENTERED);
    ModelData data = ModelData.fromSurvey(model, survey, estimator.missingAnswers());
    PlsEstimate estimate = estimator.convergedEstimate(data, "CsiIndex", "the index is not computed");
    SurveyItem[] declared = ModelData.declared(model, survey);
    int first = model.items().indexOf(target.items().get(0));
    int q = target.items().size();
    double[] weights = new double[q];
    double sum = 0;
    for (int a = 0; a < q; a++) {
      double w = estimate.outerWeights().get(target.items().get(a));
      if (convention == IndexMethod.PLS_ACSI) {
        w /= standardDeviation(data.columns[first + a]);
      }
      weights[a] = w;
      sum += w;
    }
    for (int a = 0; a < q; a++) {
      weights[a] /= sum;
    }
    Map<K, List<Integer>> groups = new LinkedHashMap<>();
    for (int t = 0; t < data.respondents; t++) {
      K key = segmentOf.apply(survey.responses().get(data.keptRows[t]));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    Map<K, SatisfactionIndex> out = new LinkedHashMap<>();
    groups.forEach((key, rows) -> out.put(key,
        index(target, declared, first, weights, data, rows, estimate)));
    return out;
  }

  private SatisfactionIndex index(LatentBlock target, SurveyItem[] declared, int first, double[] weights,
      ModelData data, List<Integer> rows, PlsEstimate estimate) {
    SatisfactionIndex.Builder out = SatisfactionIndex.builder().method(convention).respondents(rows.size());
    double score = 0;
    for (int a = 0; a < weights.length; a++) {
      SurveyItem item = declared[first + a];
      double mean = 0;
      for (int t : rows) {
        mean += data.columns[first + a][t];
      }
      mean /= rows.size();
      double component = 100 * (mean - item.min()) / (item.max() - item.min());
      score += weights[a] * component;
      out.putWeights(item.name(), weights[a]).putComponents(item.name(), component);
    }
    out.putParameters("iterations", estimate.iterations())
        .putParameters("respondentsEstimated", estimate.respondents())
        .putParameters("droppedRespondents", estimate.droppedRespondents());
    estimate.block(target.name()).orElseThrow().rSquared().ifPresent(r2 -> out.putParameters("rSquared", r2));
    return out.score(score).build();
  }

  /** The standard deviation of a column, {@code n} divisor. */
  static double standardDeviation(double[] column) {
    double mean = 0;
    for (double v : column) {
      mean += v;
    }
    mean /= column.length;
    double ss = 0;
    for (double v : column) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / column.length);
  }

  /**
   * Returns the calendar quarter of a date as {@code "2026-Q3"}, a ready segment key for an index per quarter.
   *
   * @param date the date, not null
   * @return the quarter's label
   */
  public static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }
}
