package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlscEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Consistent PLS (PLSc, Dijkstra and Henseler 2015, doi:10.25300/MISQ/2015/39.2.02): PLS path modeling corrected
 * for the measurement error of reflective (mode A) constructs, so that paths estimate the relations between the
 * constructs rather than between their error-laden composites.
 *
 * <p>Steps, on standardized items: the PLS estimate; each mode A block of two or more items gets its reliability
 * rho_A = (w'w)^2 (w'(S - diag S)w) / (w'(ww' - diag(ww'))w) (1 for the other blocks); consistent loadings
 * {@code c w} with {@code c = sqrt(rho_A) / (w'w)}; construct correlations divided by
 * {@code sqrt(rho_A,i rho_A,j)}; paths and R2 by OLS on the corrected correlations. Inadmissible estimates (a
 * corrected correlation or consistent loading above 1 in absolute value, a non-positive rho_A, a corrected
 * correlation matrix that is not positive semi-definite) are reported with every violation in
 * {@link PlscEstimate#problems()}, never repaired or hidden. Bootstrap it with
 * {@code PlsBootstrap.of(pls, resamples, seed).withConsistent(true)}. Immutable and thread-safe. Defaults: the
 * default {@link PlsPathModeling} estimator (items always standardized).
 */
public final class Plsc {

  private static final Plsc DEFAULTS = new Plsc(PlsPathModeling.withDefaults());

  private final PlsPathModeling pls;

  private Plsc(PlsPathModeling pls) {
    this.pls = pls;
  }

  /**
   * Returns the estimator with the default PLS estimator underneath.
   *
   * @return the estimator
   */
  public static Plsc withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy over another PLS estimator (scheme, convergence, missing answers); items are always
   * standardized.
   *
   * @param pls the estimator, not null
   * @return the new estimator
   */
  public Plsc withEstimator(PlsPathModeling pls) {
    return new Plsc(Objects.requireNonNull(pls, "pls"));
  }

  /**
   * Estimates a model from a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @return the estimate with its admissibility
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, List, double[][])})
   * @throws IllegalStateException if the PLS estimation does not converge
   */
  public PlscEstimate estimate(PathModel model, List<String> columns, double[][] rows) {
    return estimate(ModelData.fromRows(model, columns, rows, pls.missingAnswers()));
  }

  /**
   * Estimates a model from survey responses.
   *
   * @param model the path model, not null
   * @param survey the survey declaring every item of the model
   * @return the estimate with its admissibility
   * @throws IllegalArgumentException as {@link #estimate(PathModel, List, double[][])}
   * @throws IllegalStateException if the PLS estimation does not converge
   */
  public PlscEstimate estimate(PathModel model, Survey survey) {
    return estimate(ModelData.fromSurvey(model, survey, pls.missingAnswers()));
  }

  private PlscEstimate estimate(ModelData data) {
    data.requireComplete("Plsc");
    PlsEngine engine = pls.fitStandardized(data, "consistent PLS is not computed");
    ConsistentPls plsc = new ConsistentPls(data.model);
    plsc.correct(engine);
    PlsQuality.Shape shape = plsc.shape;
    PlscEstimate.Builder out = PlscEstimate.builder().admissible(plsc.problems.isEmpty()).problems(plsc.problems)
        .iterations(engine.iterations()).respondents(data.respondents).droppedRespondents(data.dropped);
    for (int j = 0; j < shape.lvs; j++) {
      out.putReliabilities(shape.names[j], plsc.reliability[j]);
    }
    for (int i = 0; i < shape.items.size(); i++) {
      out.putLoadings(shape.items.get(i), plsc.loadings[i]);
    }
    if (plsc.correlationsComputed) {
      for (int a = 0; a < shape.lvs; a++) {
        Map<String, Double> row = new LinkedHashMap<>();
        for (int b = 0; b < shape.lvs; b++) {
          row.put(shape.names[b], plsc.correlations[a][b]);
        }
        out.putConstructCorrelations(shape.names[a], row);
      }
      out.smallestEigenvalue(plsc.smallestEigenvalue);
    }
    if (plsc.pathsComputed) {
      for (StructuralPath path : data.model.paths()) {
        out.addPaths(PathEstimate.of(path.from(), path.to(), plsc.paths[PlsPathModeling.indexOf(data.model,
            path.from())][PlsPathModeling.indexOf(data.model, path.to())]));
      }
      for (int k = 0; k < shape.lvs; k++) {
        if (plsc.predecessors[k].length > 0) {
          out.putRSquared(shape.names[k], plsc.rSquared[k]);
        }
      }
    }
    return out.build();
  }
}
