package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.CompositeInvariance;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.InvarianceLevel;
import io.github.logicrm.core.satisfaction.PathDifference;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Compares a PLS path model between two groups of respondents: MICOM (measurement invariance of composites,
 * Henseler, Ringle and Sarstedt 2016), the permutation test of path differences (Chin and Dibbern 2010) and the
 * bootstrap interval of each difference.
 *
 * <p>Each group is estimated on its own (items standardized within the group), every block oriented like the
 * pooled estimate (a block whose loadings point against the pooled loadings is turned around). MICOM step 1
 * (configural invariance) holds by construction. Step 2: c = the correlation, on the pooled standardized data,
 * between the composite formed with the first group's weights and with the second group's; compositional
 * invariance holds when c is not below the (1 - level) quantile of c over the permutations. Step 3: with the
 * pooled estimate's scores, the difference of the groups' means and the log of the ratio of their variances
 * ({@code n} divisors); equal when inside the central {@code level} interval of their permutation distributions.
 *
 * <p>A permutation reassigns the group labels at random, keeping the group sizes, and re-estimates both groups;
 * the two-sided p-value of a path difference is (1 + permutations whose absolute difference reaches the observed
 * one) / (1 + permutations used). A bootstrap draw resamples each group with replacement on its own; the interval
 * is the percentile interval of the difference (R's type 7 quantiles). Permutation u and draw b use
 * {@code SplittableRandom}s seeded by mixes of the seed with u and with the number of permutations plus b, so the
 * result depends only on the seed, serial or parallel. Draws that do not converge or have a constant item are left
 * out and counted. Immutable and thread-safe. Defaults: the default {@link PlsPathModeling} estimator (items
 * always standardized), 1,000 permutations, 1,000 bootstrap resamples, seed 0, level 0.95, all cores.
 */
public final class PlsGroupComparison {

  private static final PlsGroupComparison DEFAULTS =
      new PlsGroupComparison(PlsPathModeling.withDefaults(), 1000, 1000, 0, 0.95, true);

  private final PlsPathModeling pls;
  private final int permutations;
  private final int resamples;
  private final long seed;
  private final double level;
  private final boolean parallel;

  private PlsGroupComparison(PlsPathModeling pls, int permutations, int resamples, long seed, double level,
      boolean parallel) {
    this.pls = pls;
    this.permutations = permutations;
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
    this.parallel = parallel;
  }

  /**
   * Returns the comparison with its defaults.
   *
   * @return the comparison
   */
  public static PlsGroupComparison withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy over another PLS estimator (scheme, convergence, missing answers); items are always
   * standardized.
   *
   * @param pls the estimator, not null
   * @return the new comparison
   */
  public PlsGroupComparison withEstimator(PlsPathModeling pls) {
    return new PlsGroupComparison(Objects.requireNonNull(pls, "pls"), permutations, resamples, seed, level,
        parallel);
  }

  /**
   * Returns a copy with other numbers of draws.
   *
   * @param permutations the permutations of the group labels, {@code > 0}
   * @param resamples the bootstrap resamples of each group, {@code > 0}
   * @param seed the seed of both
   * @return the new comparison
   * @throws IllegalArgumentException if a count is not positive
   */
  public PlsGroupComparison withDraws(int permutations, int resamples, long seed) {
    return new PlsGroupComparison(pls, Checks.positive("permutations", permutations),
        Checks.positive("resamples", resamples), seed, level, parallel);
  }

  /**
   * Returns a copy with another level for the MICOM and bootstrap intervals.
   *
   * @param level in (0, 1)
   * @return the new comparison
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public PlsGroupComparison withLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level);
    }
    return new PlsGroupComparison(pls, permutations, resamples, seed, level, parallel);
  }

  /**
   * Returns a copy that runs serially or on all cores; the result is the same either way.
   *
   * @param parallel true to use the common fork-join pool
   * @return the new comparison
   */
  public PlsGroupComparison withParallel(boolean parallel) {
    return new PlsGroupComparison(pls, permutations, resamples, seed, level, parallel);
  }

  /**
   * Compares two groups of the rows of a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @param inFirst for each row, whether it belongs to the first group (else the second)
   * @param firstGroup the first group's name, not blank
   * @param secondGroup the second group's name, not blank
   * @return the comparison
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, List, double[][])}),
   *     a membership array of the wrong length, or a group too small for the model
   * @throws IllegalStateException if an estimation on the pooled data or a group does not converge
   */
  public GroupComparison compare(PathModel model, List<String> columns, double[][] rows, boolean[] inFirst,
      String firstGroup, String secondGroup) {
    Checks.sameLength("inFirst", inFirst.length, "rows", rows.length);
    ModelData data = ModelData.fromRows(model, columns, rows, pls.missingAnswers());
    boolean[] kept = new boolean[data.respondents];
    for (int t = 0; t < kept.length; t++) {
      kept[t] = inFirst[data.keptRows[t]];
    }
    return compare(data, kept, firstGroup, secondGroup);
  }

  /**
   * Compares two groups of survey responses.
   *
   * @param model the path model, not null
   * @param survey the survey declaring every item of the model
   * @param inFirst whether a response belongs to the first group (else the second), not null
   * @param firstGroup the first group's name, not blank
   * @param secondGroup the second group's name, not blank
   * @return the comparison
   * @throws IllegalArgumentException as {@link #compare(PathModel, List, double[][], boolean[], String, String)}
   * @throws IllegalStateException if an estimation on the pooled data or a group does not converge
   */
  public GroupComparison compare(PathModel model, Survey survey, Predicate<SurveyResponse> inFirst,
      String firstGroup, String secondGroup) {
    Objects.requireNonNull(inFirst, "inFirst");
    ModelData data = ModelData.fromSurvey(model, survey, pls.missingAnswers());
    boolean[] kept = new boolean[data.respondents];
    for (int t = 0; t < kept.length; t++) {
      kept[t] = inFirst.test(survey.responses().get(data.keptRows[t]));
    }
    return compare(data, kept, firstGroup, secondGroup);
  }

  private GroupComparison compare(ModelData data, boolean[] inFirst, String firstGroup, String secondGroup) {
    int[][] shuffles = new int[permutations][];
    for (int u = 0; u < permutations; u++) {
      shuffles[u] = PlsBootstrap.permutation(seed, u, data.respondents);
    }
    return compare(data, inFirst, shuffles, firstGroup, secondGroup);
  }

  /** The comparison with given permutations: the first group of permutation u is respondents order[0..n1). */
  GroupComparison compare(ModelData data, boolean[] inFirst, int[][] shuffles, String firstGroup,
      String secondGroup) {
    Checks.notBlank("firstGroup", firstGroup);
    Checks.notBlank("secondGroup", secondGroup);
    data.requireComplete("PlsGroupComparison");
    PlsPathModeling estimator = pls.withTreatment(DataTreatment.STANDARDIZED);
    int n = data.respondents;
    int[] first = members(inFirst, true);
    int[] second = members(inFirst, false);
    for (int[] group : new int[][] {first, second}) {
      try {
        ModelData.checkEnoughRespondents(data.model, group.length);
      } catch (IllegalArgumentException tooFew) {
        throw new IllegalArgumentException("group '" + (group == first ? firstGroup : secondGroup) + "': "
            + tooFew.getMessage(), tooFew);
      }
    }
    Pooled pooled = new Pooled(data, estimator);
    Fit fit = new Fit(data, estimator, first.length, second.length, pooled);
    if (!fit.run(first, second)) {
      throw new IllegalStateException("PLS estimation of a group did not converge (or an item is constant in a "
          + "group); the groups cannot be compared");
    }
    int paths = data.model.paths().size();
    int lvs = pooled.shape.lvs;
    double[] difference = fit.differences();
    double[] correlation = fit.compositeCorrelations();
    double[] means = pooled.meanDifferences(inFirst);
    double[] logVariances = pooled.logVarianceRatios(inFirst);

    int draws = shuffles.length + resamples;
    double[][] results = new double[draws][];
    PlsBootstrap.inChunks(draws, parallel, () -> new Fit(data, estimator, first.length, second.length, pooled),
        (worker, d) -> {
          if (d < shuffles.length) {
            int[] order = shuffles[d];
            int[] a = Arrays.copyOfRange(order, 0, first.length);
            int[] b = Arrays.copyOfRange(order, first.length, n);
            boolean[] labels = new boolean[n];
            for (int t : a) {
              labels[t] = true;
            }
            results[d] = worker.run(a, b) ? concat(worker.differences(), worker.compositeCorrelations(),
                pooled.meanDifferences(labels), pooled.logVarianceRatios(labels)) : null;
          } else {
            SplittableRandom random = new SplittableRandom(PlsBootstrap.resampleSeed(seed, d));
            results[d] = worker.run(draw(first, random), draw(second, random)) ? worker.differences() : null;
          }
        });
    List<double[]> permuted = new ArrayList<>();
    List<double[]> boot = new ArrayList<>();
    for (int d = 0; d < draws; d++) {
      if (results[d] != null) {
        (d < shuffles.length ? permuted : boot).add(results[d]);
      }
    }
    if (permuted.isEmpty() || boot.isEmpty()) {
      throw new IllegalArgumentException("every permutation or every bootstrap resample failed");
    }
    GroupComparison.Builder out = GroupComparison.builder().firstGroup(firstGroup).secondGroup(secondGroup)
        .firstSize(first.length).secondSize(second.length).permutations(shuffles.length).resamples(resamples)
        .seed(seed).failedDraws(draws - permuted.size() - boot.size());
    double low = (1 - level) / 2;
    double high = (1 + level) / 2;
    for (int j = 0; j < lvs; j++) {
      double c = correlation[j];
      double[] cs = column(permuted, paths + j);
      double[] ms = column(permuted, paths + lvs + j);
      double[] vs = column(permuted, paths + 2 * lvs + j);
      double cq = PlsBootstrap.quantile(cs, 1 - level);
      double ml = PlsBootstrap.quantile(ms, low);
      double mu = PlsBootstrap.quantile(ms, high);
      double vl = PlsBootstrap.quantile(vs, low);
      double vu = PlsBootstrap.quantile(vs, high);
      boolean equal = means[j] >= ml && means[j] <= mu && logVariances[j] >= vl && logVariances[j] <= vu;
      out.addInvariance(CompositeInvariance.builder().construct(pooled.shape.names[j]).correlation(c)
          .correlationQuantile(cq).meanDifference(means[j]).meanLower(ml).meanUpper(mu)
          .logVarianceRatio(logVariances[j]).varianceLower(vl).varianceUpper(vu)
          .level(!(c >= cq) ? InvarianceLevel.NONE : equal ? InvarianceLevel.FULL : InvarianceLevel.PARTIAL)
          .build());
    }
    for (int k = 0; k < paths; k++) {
      StructuralPath path = data.model.paths().get(k);
      int reached = 0;
      for (double[] r : permuted) {
        reached += Math.abs(r[k]) >= Math.abs(difference[k]) ? 1 : 0;
      }
      double[] bs = column(boot, k);
      out.addPaths(PathDifference.builder().from(path.from()).to(path.to()).first(fit.pathA[k])
          .second(fit.pathB[k]).difference(difference[k])
          .permutationP((1.0 + reached) / (1.0 + permuted.size()))
          .bootstrapLower(PlsBootstrap.quantile(bs, low)).bootstrapUpper(PlsBootstrap.quantile(bs, high)).build());
    }
    return out.build();
  }

  private static int[] members(boolean[] inFirst, boolean value) {
    int count = 0;
    for (boolean b : inFirst) {
      count += b == value ? 1 : 0;
    }
    int[] out = new int[count];
    for (int t = 0, c = 0; t < inFirst.length; t++) {
      if (inFirst[t] == value) {
        out[c++] = t;
      }
    }
    return out;
  }

  private static int[] draw(int[] group, SplittableRandom random) {
    int[] out = new int[group.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = group[random.nextInt(group.length)];
    }
    return out;
  }

  private static double[] concat(double[]... parts) {
    int size = 0;
    for (double[] p : parts) {
      size += p.length;
    }
    double[] out = new double[size];
    int at = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static double[] column(List<double[]> rows, int k) {
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = rows.get(r)[k];
    }
    Arrays.sort(out);
    return out;
  }

  /** The pooled estimate: its loadings (the reference orientation), item correlations and composite scores. */
  private static final class Pooled {
    final PlsQuality.Shape shape;
    final double[] loadings;
    final double[][] correlation;
    final double[][] scores;

    Pooled(ModelData data, PlsPathModeling estimator) {
      shape = new PlsQuality.Shape(data.model);
      PlsEngine engine = estimator.fitStandardized(data, "the groups cannot be compared");
      int p = shape.items.size();
      loadings = new double[p];
      correlation = new double[p][p];
      for (int i = 0; i < p; i++) {
        loadings[i] = engine.loading(i);
        for (int k = 0; k < p; k++) {
          correlation[i][k] = engine.itemCovariance(i, k);
        }
      }
      scores = new double[shape.lvs][];
      for (int j = 0; j < shape.lvs; j++) {
        scores[j] = engine.scores(j).clone();
      }
    }

    double[] meanDifferences(boolean[] inFirst) {
      double[] out = new double[shape.lvs];
      for (int j = 0; j < shape.lvs; j++) {
        double[] m = groupMoments(scores[j], inFirst);
        out[j] = m[0] - m[2];
      }
      return out;
    }

    double[] logVarianceRatios(boolean[] inFirst) {
      double[] out = new double[shape.lvs];
      for (int j = 0; j < shape.lvs; j++) {
        double[] m = groupMoments(scores[j], inFirst);
        out[j] = Math.log(m[1] / m[3]);
      }
      return out;
    }

    /** Mean and variance ({@code n} divisor) of the first group, then of the second. */
    private static double[] groupMoments(double[] y, boolean[] inFirst) {
      double[] sum = new double[2];
      double[] count = new double[2];
      for (int t = 0; t < y.length; t++) {
        int g = inFirst[t] ? 0 : 1;
        sum[g] += y[t];
        count[g]++;
      }
      double[] ss = new double[2];
      for (int t = 0; t < y.length; t++) {
        int g = inFirst[t] ? 0 : 1;
        double d = y[t] - sum[g] / count[g];
        ss[g] += d * d;
      }
      return new double[] {sum[0] / count[0], ss[0] / count[0], sum[1] / count[1], ss[1] / count[1]};
    }
  }

  /** One worker's engines for the two groups and the figures of its last fit. */
  private static final class Fit {
    final ModelData data;
    final PlsEngine engineA;
    final PlsEngine engineB;
    final Pooled pooled;
    final int[] pathFrom;
    final int[] pathTo;
    final double[] pathA;
    final double[] pathB;

    Fit(ModelData data, PlsPathModeling estimator, int sizeA, int sizeB, Pooled pooled) {
      this.data = data;
      this.engineA = estimator.engine(data, sizeA);
      this.engineB = estimator.engine(data, sizeB);
      this.pooled = pooled;
      List<StructuralPath> paths = data.model.paths();
      pathFrom = new int[paths.size()];
      pathTo = new int[paths.size()];
      for (int k = 0; k < paths.size(); k++) {
        pathFrom[k] = PlsPathModeling.indexOf(data.model, paths.get(k).from());
        pathTo[k] = PlsPathModeling.indexOf(data.model, paths.get(k).to());
      }
      pathA = new double[paths.size()];
      pathB = new double[paths.size()];
    }

    /** Fits both groups and orients them like the pooled estimate; false if either cannot be used. */
    boolean run(int[] a, int[] b) {
      for (PlsEngine engine : new PlsEngine[] {engineA, engineB}) {
        try {
          if (engine.load(data.columns, engine == engineA ? a : b, true) >= 0 || !engine.fit()) {
            return false;
          }
        } catch (IllegalArgumentException collinear) {
          return false;
        }
        PlsQuality.Shape shape = pooled.shape;
        for (int j = 0; j < shape.lvs; j++) {
          double agreement = 0;
          for (int i = shape.start[j]; i < shape.start[j + 1]; i++) {
            agreement += engine.loading(i) * pooled.loadings[i];
          }
          if (agreement < 0) {
            engine.flip(j);
          }
        }
      }
      for (int k = 0; k < pathFrom.length; k++) {
        pathA[k] = engineA.path(pathFrom[k], pathTo[k]);
        pathB[k] = engineB.path(pathFrom[k], pathTo[k]);
      }
      return true;
    }

    double[] differences() {
      double[] out = new double[pathA.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = pathA[k] - pathB[k];
      }
      return out;
    }

    /** MICOM's c per block: corr(Z w_A, Z w_B) on the pooled standardized data. */
    double[] compositeCorrelations() {
      PlsQuality.Shape shape = pooled.shape;
      double[] out = new double[shape.lvs];
      for (int j = 0; j < shape.lvs; j++) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int u = shape.start[j]; u < shape.start[j + 1]; u++) {
          for (int v = shape.start[j]; v < shape.start[j + 1]; v++) {
            double r = pooled.correlation[u][v];
            ab += engineA.weight(u) * r * engineB.weight(v);
            aa += engineA.weight(u) * r * engineA.weight(v);
            bb += engineB.weight(u) * r * engineB.weight(v);
          }
        }
        out[j] = ab / Math.sqrt(aa * bb);
      }
      return out;
    }
  }
}
