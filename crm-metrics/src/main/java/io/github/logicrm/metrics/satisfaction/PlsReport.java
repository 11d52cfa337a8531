package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsSummary;
import io.github.logicrm.core.satisfaction.Survey;
import java.util.List;
import java.util.Objects;

/**
 * The {@code summary()} of a PLS path model: the estimate, its bootstrap, the quality criteria with bootstrapped
 * HTMT, consistent PLS and the predictive assessment, in one {@link PlsSummary} to print
 * ({@link PlsSummary#toText()}) or write as JSON.
 *
 * <p>Each part is computed by its own calculator ({@link PlsPathModeling}, {@link PlsBootstrap},
 * {@link PlsQuality}, {@link Plsc}, {@link PlsPredict}) with this report's estimator and seed, so the report equals
 * the parts computed one by one. Missing answers must be rejected, dropped or mean-replaced (the resampling parts
 * need complete data). Immutable and thread-safe. Defaults: the default estimator, 1,000 bootstrap resamples,
 * 10 folds x 10 repetitions, seed 0.
 */
public final class PlsReport {

  private static final PlsReport DEFAULTS = new PlsReport(PlsPathModeling.withDefaults(), 1000, 10, 10, 0);

  private final PlsPathModeling pls;
  private final int resamples;
  private final int folds;
  private final int repetitions;
  private final long seed;

  private PlsReport(PlsPathModeling pls, int resamples, int folds, int repetitions, long seed) {
    this.pls = pls;
    this.resamples = resamples;
    this.folds = folds;
    this.repetitions = repetitions;
    this.seed = seed;
  }

  /**
   * Returns the report with its defaults.
   *
   * @return the report
   */
  public static PlsReport withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy over another PLS estimator.
   *
   * @param pls the estimator, not null
   * @return the new report
   */
  public PlsReport withEstimator(PlsPathModeling pls) {
    return new PlsReport(Objects.requireNonNull(pls, "pls"), resamples, folds, repetitions, seed);
  }

  /**
   * Returns a copy with other resampling settings.
   *
   * @param resamples bootstrap resamples of the estimate and of HTMT, {@code > 0}
   * @param folds PLSpredict folds, {@code >= 2}
   * @param repetitions PLSpredict repetitions, {@code > 0}
   * @param seed the seed of every resampling part
   * @return the new report
   * @throws IllegalArgumentException if a count is out of range
   */
  public PlsReport withResampling(int resamples, int folds, int repetitions, long seed) {
    return new PlsReport(pls, Checks.positive("resamples", resamples), Checks.atLeast("folds", folds, 2),
        Checks.positive("repetitions", repetitions), seed);
  }

  /**
   * Reports on a model estimated from a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @return the report
   * @throws IllegalArgumentException for bad input, as the parts' calculators
   * @throws IllegalStateException if an estimation does not converge
   */
  public PlsSummary summary(PathModel model, List<String> columns, double[][] rows) {
    return PlsSummary.builder().model(model)
        .estimate(pls.estimate(model, columns, rows))
        .bootstrap(PlsBootstrap.of(pls, resamples, seed).run(model, columns, rows))
        .quality(PlsQuality.withDefaults().withEstimator(pls).withBootstrap(resamples, seed)
            .assess(model, columns, rows))
        .consistent(Plsc.withDefaults().withEstimator(pls).estimate(model, columns, rows))
        .prediction(PlsPredict.withDefaults().withEstimator(pls).withFolds(folds, repetitions, seed)
            .assess(model, columns, rows))
        .build();
  }

  /**
   * Reports on a model estimated from survey responses.
   *
   * @param model the path model, not null
   * @param survey the survey declaring every item of the model
   * @return the report
   * @throws IllegalArgumentException for bad input, as the parts' calculators
   * @throws IllegalStateException if an estimation does not converge
   */
  public PlsSummary summary(PathModel model, Survey survey) {
    return PlsSummary.builder().model(model)
        .estimate(pls.estimate(model, survey))
        .bootstrap(PlsBootstrap.of(pls, resamples, seed).run(model, survey))
        .quality(PlsQuality.withDefaults().withEstimator(pls).withBootstrap(resamples, seed).assess(model, survey))
        .consistent(Plsc.withDefaults().withEstimator(pls).estimate(model, survey))
        .prediction(PlsPredict.withDefaults().withEstimator(pls).withFolds(folds, repetitions, seed)
            .assess(model, survey))
        .build();
  }
}
