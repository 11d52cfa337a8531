package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The importance-performance map analysis (IPMA, Ringle and Sarstedt 2016, doi:10.1108/IMDS-10-2015-0449) of one
 * target construct of a path model estimated by PLS: which drivers of, say, loyalty matter most and perform
 * worst, per construct and per item.
 *
 * <p>Steps: PLS on standardized items; every item rescaled to 0-100 from its declared scale,
 * {@code x' = 100 (x - min) / (max - min)} (after reverse coding); the rescaled weight of item i of block j is
 * {@code (w_i / sd(x'_i)) / sum over j's items of (w_k / sd(x'_k))}, with w the standardized outer weights, so a
 * construct's 0-100 score {@code Y'_j = sum w~_i x'_i} is an affine function of its standardized score (its
 * standard deviation is {@code 1 / sum(w_k / sd(x'_k))}). Performance is the mean of {@code Y'_j}, or of
 * {@code x'_i} for an item. Importance is the unstandardized total effect on the target: the standardized total
 * effect (the sum over all directed routes of the products of their path coefficients) times
 * {@code sd(Y'_target) / sd(Y'_j)}, which equals the total effect computed from OLS regressions on the 0-100
 * scores; an item's importance is its rescaled weight times its construct's importance. For a block whose items
 * share one scale, the performance is the ACSI-convention index of {@link CsiIndex}.
 *
 * <p>IPMA needs every rescaled weight to be non-negative (otherwise a 0-100 score is not a 0-100 score): a
 * negative weight is an error that names the item, not a silently clipped map. Immutable and thread-safe.
 * Defaults: the default {@link PlsPathModeling} estimator.
 */
public final class Ipma {

  private static final Ipma DEFAULTS = new Ipma(PlsPathModeling.withDefaults());

  private final PlsPathModeling pls;

  private Ipma(PlsPathModeling pls) {
    this.pls = pls;
  }

  /**
   * Returns the analysis with the default PLS estimator.
   *
   * @return the analysis
   */
  public static Ipma withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that estimates with another PLS estimator (scheme, convergence, missing answers); the items
   * are always standardized.
   *
   * @param pls the estimator, not null
   * @return the new analysis
   */
  public Ipma withEstimator(PlsPathModeling pls) {
    return new Ipma(Objects.requireNonNull(pls, "pls"));
  }

  /**
   * Maps the importance and performance of the drivers of one construct.
   *
   * @param model the path model, not null
   * @param target the construct whose drivers are mapped; it must have at least one predecessor
   * @param survey the survey declaring every item of the model, whose scales give the 0-100 rescaling
   * @return the map, with the rescaled weights and the estimation's evidence
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, Survey)}), an
   *     unknown or exogenous target, or a negative rescaled weight
   * @throws IllegalStateException if the estimation did not converge
   */
  public ImportancePerformance analyze(PathModel model, String target, Survey survey) {
    int t = PlsPathModeling.indexOf(model, target);
    if (model.predecessors(target).isEmpty()) {
      throw new IllegalArgumentException("target '" + target + "' must be endogenous: no path leads to it");
    }
    PlsPathModeling estimator = pls.withTreatment(DataTreatment.STANDARDIZED);
    ModelData data = ModelData.fromSurvey(model, survey, estimator.missingAnswers());
    PlsEstimate estimate =
        estimator.convergedEstimate(data, "Ipma", "the importance-performance map is not computed");
    SurveyItem[] declared = ModelData.declared(model, survey);
    List<LatentBlock> blocks = model.blocks();
    int lvs = blocks.size();
    double[] rescaledWeight = new double[declared.length];
    double[] itemPerformance = new double[declared.length];
    double[] weightSum = new double[lvs];
    double[] performance = new double[lvs];
    for (int j = 0, i = 0; j < lvs; j++) {
      int first = i;
      for (String name : blocks.get(j).items()) {
        double range = declared[i].max() - declared[i].min();
        double[] column = data.columns[i];
        double mean = Arrays.stream(column).sum() / column.length;
        double rescaledSd = 100 * CsiIndex.standardDeviation(column) / range;
        rescaledWeight[i] = estimate.outerWeights().get(name) / rescaledSd;
        itemPerformance[i] = 100 * (mean - declared[i].min()) / range;
        weightSum[j] += rescaledWeight[i];
        i++;
      }
      for (int k = first; k < i; k++) {
        rescaledWeight[k] /= weightSum[j];
        if (!(rescaledWeight[k] >= 0)) {
          throw new IllegalArgumentException("rescaled weight of item '" + declared[k].name() + "' of block '"
              + blocks.get(j).name() + "' must be >= 0 for an importance-performance map: " + rescaledWeight[k]
              + " (an item that measures the construct the other way round; recode it or leave it out)");
        }
        performance[j] += rescaledWeight[k] * itemPerformance[k];
      }
    }
    double[] totalEffect = totalEffectsOn(model, estimate, t);
    ImportancePerformance.Builder out = ImportancePerformance.builder()
        .target(target)
        .targetPerformance(performance[t])
        .respondents(estimate.respondents())
        .droppedRespondents(estimate.droppedRespondents())
        .iterations(estimate.iterations());
    for (int j = 0, i = 0; j < lvs; j++) {
      LatentBlock block = blocks.get(j);
      double importance = totalEffect[j] * weightSum[j] / weightSum[t]; // sd(Y'_t) / sd(Y'_j)
      boolean drives = reaches(model, j, t);
      if (drives) {
        out.addConstructs(IpmaPoint.of(block.name(), block.name(), importance, performance[j]));
      }
      for (String name : block.items()) {
        out.putRescaledWeights(name, rescaledWeight[i]);
        if (drives) {
          out.addIndicators(IpmaPoint.of(name, block.name(), rescaledWeight[i] * importance, itemPerformance[i]));
        }
        i++;
      }
    }
    return out.build();
  }

  /**
   * The standardized total effect of every block on block t: the sum over directed routes of the products of the
   * path coefficients.
   */
  static double[] totalEffectsOn(PathModel model, PlsEstimate estimate, int t) {
    int lvs = model.blocks().size();
    double[][] direct = new double[lvs][lvs];
    for (PathEstimate path : estimate.paths()) {
      direct[PlsPathModeling.indexOf(model, path.from())][PlsPathModeling.indexOf(model, path.to())] =
          path.coefficient();
    }
    double[][] total = totalEffects(direct);
    double[] out = new double[lvs];
    for (int j = 0; j < lvs; j++) {
      out[j] = total[j][t];
    }
    return out;
  }

  /**
   * The total effects of a recursive model from its direct effects {@code direct[from][to]}: B + B^2 + ..., which
   * ends after as many terms as blocks because the model has no cycle.
   */
  static double[][] totalEffects(double[][] direct) {
    int lvs = direct.length;
    double[][] total = new double[lvs][lvs];
    double[][] power = new double[lvs][];
    for (int j = 0; j < lvs; j++) {
      power[j] = direct[j].clone();
    }
    for (int m = 1; m <= lvs; m++) {
      double[][] next = new double[lvs][lvs];
      for (int j = 0; j < lvs; j++) {
        for (int k = 0; k < lvs; k++) {
          total[j][k] += power[j][k];
          for (int u = 0; u < lvs; u++) {
            next[j][k] += power[j][u] * direct[u][k];
          }
        }
      }
      power = next;
    }
    return total;
  }

  /** Whether a directed route leads from block {@code from} to block {@code to}. */
  static boolean reaches(PathModel model, int from, int to) {
    String name = model.blocks().get(from).name();
    String goal = model.blocks().get(to).name();
    return model.paths().stream().filter(p -> p.from().equals(name))
        .anyMatch(p -> p.to().equals(goal) || reaches(model, PlsPathModeling.indexOf(model, p.to()), to));
  }
}
