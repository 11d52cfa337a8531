package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.ConvergenceStatus;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Estimates a {@link PathModel} by PLS path modeling (Wold; Lohmoeller's algorithm): outer weights, loadings,
 * path coefficients, R2 and adjusted R2, AVE, composite reliability, Cronbach's alpha, GoF and latent scores.
 *
 * <p>The algorithm: items are centered, and standardized unless the treatment is
 * {@link DataTreatment#CENTERED}; each block starts with equal weights; then, until the weights converge, each
 * latent variable's outer estimate (the weighted sum of its items, scaled to unit variance) is combined with its
 * neighbours' by the inner scheme into an inner proxy, and the weights are re-estimated from the proxy (mode A:
 * covariance of each item with the proxy; mode B: OLS of the proxy on the items). Path coefficients are OLS
 * coefficients on the final scores. Each block's sign is chosen so that most of its items load positively.
 * Variances use the {@code n} divisor; weights, loadings, paths and R2 do not depend on that choice for
 * standardized items, and for centered items the weights are those giving scores of unit {@code n}-variance.
 *
 * <p>Non-convergence is reported as {@link ConvergenceStatus#NOT_CONVERGED}, never silently. Instances are
 * immutable and thread-safe. Defaults: centroid scheme, standardized items, {@link ConvergenceCriterion#ABSOLUTE_CHANGE}
 * with tolerance 1e-7, at most 300 iterations, missing answers rejected.
 */
public final class PlsPathModeling {

  private static final PlsPathModeling DEFAULTS = new PlsPathModeling(InnerScheme.CENTROID,
      DataTreatment.STANDARDIZED, ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-7, 300, MissingAnswers.REJECT);

  private final InnerScheme scheme;
  private final DataTreatment treatment;
  private final ConvergenceCriterion criterion;
  private final double tolerance;
  private final int maxIterations;
  private final MissingAnswers missingAnswers;

  private PlsPathModeling(InnerScheme scheme, DataTreatment treatment, ConvergenceCriterion criterion,
      double tolerance, int maxIterations, MissingAnswers missingAnswers) {
    this.scheme = scheme;
    this.treatment = treatment;
    this.criterion = criterion;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.missingAnswers = missingAnswers;
  }

  /**
   * Returns the estimator with its defaults.
   *
   * @return the default estimator
   */
  public static PlsPathModeling withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another inner scheme.
   *
   * @param scheme the scheme, not null
   * @return the new estimator
   */
  public PlsPathModeling withScheme(InnerScheme scheme) {
    return new PlsPathModeling(Objects.requireNonNull(scheme, "scheme"), treatment, criterion, tolerance,
        maxIterations, missingAnswers);
  }

  /**
   * Returns a copy with another data treatment.
   *
   * @param treatment standardized (default) or centered items, not null
   * @return the new estimator
   */
  public PlsPathModeling withTreatment(DataTreatment treatment) {
    return new PlsPathModeling(scheme, Objects.requireNonNull(treatment, "treatment"), criterion, tolerance,
        maxIterations, missingAnswers);
  }

  /**
   * Returns a copy with another convergence rule.
   *
   * @param criterion what is compared with the tolerance, not null
   * @param tolerance the tolerance, finite and {@code > 0}
   * @return the new estimator
   * @throws IllegalArgumentException if the tolerance is not positive
   */
  public PlsPathModeling withConvergence(ConvergenceCriterion criterion, double tolerance) {
    return new PlsPathModeling(scheme, treatment, Objects.requireNonNull(criterion, "criterion"),
        Checks.positive("tolerance", tolerance), maxIterations, missingAnswers);
  }

  /**
   * Returns a copy with another iteration limit.
   *
   * @param maxIterations the limit, {@code > 0}
   * @return the new estimator
   * @throws IllegalArgumentException if the limit is not positive
   */
  public PlsPathModeling withMaxIterations(int maxIterations) {
    return new PlsPathModeling(scheme, treatment, criterion, tolerance,
        Checks.positive("maxIterations", maxIterations), missingAnswers);
  }

  /**
   * Returns a copy with another missing-answers policy.
   *
   * @param missingAnswers reject (default), drop respondents with missing answers, replace missing answers by the
   *     item mean, or delete pairwise (this estimator only), not null
   * @return the new estimator
   */
  public PlsPathModeling withMissingAnswers(MissingAnswers missingAnswers) {
    return new PlsPathModeling(scheme, treatment, criterion, tolerance, maxIterations,
        Objects.requireNonNull(missingAnswers, "missingAnswers"));
  }

  /**
   * Returns the inner scheme.
   *
   * @return the scheme
   */
  public InnerScheme scheme() {
    return scheme;
  }

  /**
   * Returns the data treatment.
   *
   * @return the treatment
   */
  public DataTreatment treatment() {
    return treatment;
  }

  /**
   * Returns the missing-answers policy.
   *
   * @return the policy
   */
  public MissingAnswers missingAnswers() {
    return missingAnswers;
  }

  /**
   * Estimates a model from a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}; must include every item of the model
   * @param rows one row per respondent; NaN is a missing answer; answers in [-1e100, 1e100]
   * @return the estimate, whose status tells whether it converged
   * @throws IllegalArgumentException if an item is not a column, a row has the wrong length or a non-finite
   *     value other than NaN, an answer is beyond 1e100 in magnitude, an answer is missing under {@link MissingAnswers#REJECT}, there are too few
   *     respondents, an item is constant, or the items of a mode B block are collinear
   */
  public PlsEstimate estimate(PathModel model, List<String> columns, double[][] rows) {
    return estimate(ModelData.fromRows(model, columns, rows, missingAnswers));
  }

  /**
   * Estimates a model from survey responses, recoding reverse-coded items first.
   *
   * @param model the path model, not null; its items must be items of the survey
   * @param survey the survey, not null
   * @return the estimate, whose status tells whether it converged
   * @throws IllegalArgumentException as {@link #estimate(PathModel, List, double[][])}, or if an item of the model
   *     is not an item of the survey
   */
  public PlsEstimate estimate(PathModel model, Survey survey) {
    return estimate(ModelData.fromSurvey(model, survey, missingAnswers));
  }

  /**
   * Estimates a model with respondent weights (weighted PLS): means, variances and covariances of the items are
   * weighted, so the estimate is that of a population in which respondent t counts {@code weights[t]} times
   * relative to the others (survey weights that correct for who answered). Scores are standardized to unit
   * weighted variance. Adjusted R2 uses the number of respondents, not the sum of the weights.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @param weights one weight per row, finite and {@code >= 0}, not all 0 (their scale does not matter)
   * @return the estimate, with {@link PlsEstimate#weighted()} true
   * @throws IllegalArgumentException as {@link #estimate(PathModel, List, double[][])}, or for a weights array of
   *     the wrong length or a bad weight
   */
  public PlsEstimate estimate(PathModel model, List<String> columns, double[][] rows, double[] weights) {
    Objects.requireNonNull(weights, "weights");
    Checks.sameLength("weights", weights.length, "rows", rows.length);
    ModelData data = ModelData.fromRows(model, columns, rows, missingAnswers);
    return estimate(data, keptWeights(data, t -> weights[t]));
  }

  /**
   * Estimates a model from survey responses with respondent weights (weighted PLS, see
   * {@link #estimate(PathModel, List, double[][], double[])}).
   *
   * @param model the path model, not null
   * @param survey the survey, not null
   * @param weightOf the weight of each response, finite and {@code >= 0}, not all 0
   * @return the estimate, with {@link PlsEstimate#weighted()} true
   * @throws IllegalArgumentException as {@link #estimate(PathModel, Survey)}, or for a bad weight
   */
  public PlsEstimate estimate(PathModel model, Survey survey, ToDoubleFunction<SurveyResponse> weightOf) {
    Objects.requireNonNull(weightOf, "weightOf");
    ModelData data = ModelData.fromSurvey(model, survey, missingAnswers);
    return estimate(data, keptWeights(data, t -> weightOf.applyAsDouble(survey.responses().get(t))));
  }

  private static double[] keptWeights(ModelData data, IntToDoubleFunction weightOfRow) {
    double[] out = new double[data.respondents];
    double sum = 0;
    for (int t = 0; t < out.length; t++) {
      int row = data.keptRows[t];
      out[t] = Checks.nonNegative("weights[" + row + "]", weightOfRow.applyAsDouble(row));
      sum += out[t];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights of the respondents kept must not all be 0: " + sum);
    }
    return out;
  }

  PlsEstimate estimate(ModelData data) {
    return estimate(data, null);
  }

  /**
   * Estimates on the data as they are, or, with weights or pairwise deletion of missing answers, on the
   * covariance matrix formed here, with scores formed here too (a missing answer counting as its item's mean).
   */
  private PlsEstimate estimate(ModelData data, double[] weights) {
    PlsEngine engine = engine(data);
    double[][] scores = null;
    if (weights == null && (data.missing == 0 || data.policy == MissingAnswers.MEAN_REPLACEMENT)) {
      loadOrFail(engine, data);
      engine.fit();
    } else {
      ItemMoments moments = new ItemMoments(data, weights, standardize());
      try {
        engine.loadCovariance(moments.covariance);
      } catch (PlsEngine.CollinearBlockException e) {
        throw collinear(data, e);
      }
      engine.fit();
      scores = moments.scores(engine, data);
    }
    return toEstimate(engine, data, scores, weights != null);
  }

  PlsEngine engine(ModelData data) {
    return engine(data, data.respondents);
  }

  /** An engine for the model of the data and a subset of {@code respondents} of its rows (a training fold). */
  PlsEngine engine(ModelData data, int respondents) {
    return new PlsEngine(respondents, data.blockSizes, data.modeB, data.drives, scheme,
        criterion == ConvergenceCriterion.SQUARED_CHANGE, tolerance, maxIterations);
  }

  /**
   * Estimates from complete survey data for an analysis that needs a converged estimate.
   *
   * @param analysis the analysis, named in the message when the data keep missing answers for pairwise deletion
   * @param consequence what is then not computed, ending the message of the exception
   * @throws IllegalStateException if the estimation does not converge
   */
  PlsEstimate convergedEstimate(ModelData data, String analysis, String consequence) {
    data.requireComplete(analysis);
    PlsEstimate estimate = estimate(data);
    if (!estimate.isConverged()) {
      throw new IllegalStateException("PLS estimation did not converge in " + estimate.iterations()
          + " iterations; " + consequence);
    }
    return estimate;
  }

  /**
   * Loads the data with standardized items and fits them, for an analysis that needs a converged estimate.
   *
   * @param consequence what is then not computed, ending the message of the exception
   * @throws IllegalStateException if the estimation does not converge
   */
  PlsEngine fitStandardized(ModelData data, String consequence) {
    PlsPathModeling estimator = withTreatment(DataTreatment.STANDARDIZED);
    PlsEngine engine = estimator.engine(data);
    estimator.loadOrFail(engine, data);
    if (!engine.fit()) {
      throw new IllegalStateException("PLS estimation did not converge in " + engine.iterations() + " iterations; "
          + consequence);
    }
    return engine;
  }

  boolean standardize() {
    return treatment == DataTreatment.STANDARDIZED;
  }

  void loadOrFail(PlsEngine engine, ModelData data) {
    int constant;
    try {
      constant = engine.load(data.columns, null, standardize());
    } catch (PlsEngine.CollinearBlockException e) {
      throw collinear(data, e);
    }
    if (constant >= 0) { // ModelData rejects exactly constant items; this is one constant to rounding
      throw new IllegalArgumentException("item '" + data.items.get(constant) + "' is constant to working precision");
    }
  }

  private static IllegalArgumentException collinear(ModelData data, PlsEngine.CollinearBlockException e) {
    LatentBlock block = data.model.blocks().get(e.block);
    return new IllegalArgumentException("the items " + block.items() + " of mode B block '" + block.name()
        + "' are collinear, so their weights are not defined; drop an item or use mode A", e);
  }

  private PlsEstimate toEstimate(PlsEngine engine, ModelData data, double[][] formedScores, boolean weighted) {
    PathModel model = data.model;
    PlsEstimate.Builder out = PlsEstimate.builder()
        .status(engine.converged() ? ConvergenceStatus.CONVERGED : ConvergenceStatus.NOT_CONVERGED)
        .iterations(engine.iterations())
        .respondents(data.respondents)
        .droppedRespondents(data.dropped)
        .missingAnswers(data.policy.name())
        .missingAnswerCount(data.missing)
        .weighted(weighted)
        .scheme(scheme)
        .treatment(treatment);
    List<LatentBlock> blocks = model.blocks();
    int item = 0;
    double communalitySum = 0;
    int communalityCount = 0;
    double r2Sum = 0;
    int endogenous = 0;
    for (int j = 0; j < blocks.size(); j++) {
      LatentBlock block = blocks.get(j);
      int q = block.items().size();
      double sumL = 0;
      double sumL2 = 0;
      for (String name : block.items()) {
        double l = engine.loading(item);
        out.putOuterWeights(name, engine.weight(item));
        out.putLoadings(name, l);
        sumL += l;
        sumL2 += l * l;
        item++;
      }
      if (q > 1) {
        communalitySum += sumL2;
        communalityCount += q;
      }
      BlockFit.Builder fit = BlockFit.builder()
          .name(block.name())
          .ave(sumL2 / q);
      double reliabilityDenominator = sumL * sumL + q - sumL2;
      if (reliabilityDenominator > 0) { // 0 only for loadings of +-1 summing to 0, where rho_c is 0/0
        fit.compositeReliability(sumL * sumL / reliabilityDenominator);
      }
      double alpha = q > 1 ? engine.cronbachAlpha(j) : Double.NaN;
      if (!Double.isNaN(alpha)) { // NaN for one item, or items whose sum has no variance
        fit.cronbachAlpha(alpha);
      }
      int predictors = model.predecessors(block.name()).size();
      if (predictors > 0) {
        double r2 = engine.rSquared(j);
        int n = data.respondents;
        fit.rSquared(r2).adjustedRSquared(1 - (1 - r2) * (n - 1) / (n - predictors - 1));
        r2Sum += r2;
        endogenous++;
      }
      out.addBlocks(fit.build());
      List<Double> scores = new ArrayList<>(data.respondents);
      for (double s : formedScores == null ? engine.scores(j) : formedScores[j]) {
        scores.add(s);
      }
      out.putScores(block.name(), scores);
    }
    for (StructuralPath path : model.paths()) {
      out.addPaths(PathEstimate.of(path.from(), path.to(),
          engine.path(indexOf(model, path.from()), indexOf(model, path.to()))));
    }
    if (communalityCount > 0) { // undefined without a multi-item block: a one-item block's communality is 1 by construction
      out.goodnessOfFit(Math.sqrt(communalitySum / communalityCount * r2Sum / endogenous));
    }
    return out.build();
  }

  static int indexOf(PathModel model, String block) {
    List<LatentBlock> blocks = model.blocks();
    for (int j = 0; j < blocks.size(); j++) {
      if (blocks.get(j).name().equals(block)) {
        return j;
      }
    }
    throw new IllegalArgumentException("block '" + block + "' is not a block of the model");
  }
}
