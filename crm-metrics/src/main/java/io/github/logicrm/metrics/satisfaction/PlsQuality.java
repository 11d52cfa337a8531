package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.ConstructQuality;
import io.github.logicrm.core.satisfaction.CriterionVerdict;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.HtmtPair;
import io.github.logicrm.core.satisfaction.HtmtVerdict;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.MeasurementQuality;
import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PathQuality;
import io.github.logicrm.core.satisfaction.QualityCriterion;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.metrics.internal.LinearAlgebra;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Assesses the measurement and structural model of a PLS estimate: rho_A, HTMT (with bootstrap percentile
 * intervals on request), Fornell-Larcker, cross-loadings, indicator and inner VIF, f2, and a verdict per
 * {@link QualityCriterion}.
 *
 * <p>Definitions (items standardized; S their correlation matrix; w a block's outer weights):
 * <ul>
 *   <li>rho_A (Dijkstra and Henseler 2015) = (w'w)^2 (w'(S - diag S)w) / (w'(ww' - diag(ww'))w); 1 for a one-item
 *       block.
 *   <li>HTMT of blocks i and j (Henseler, Ringle and Sarstedt 2015) = mean of the correlations between i's items and
 *       j's items / sqrt(mean correlation among i's items x mean among j's), within-block means over distinct
 *       pairs; for the mode A blocks only. A one-item block has no within-block pair: its mean is taken as 1 (its
 *       item measured without error), so its HTMT is the plain mean correlation. Correlations keep their signs.
 *   <li>Fornell-Larcker: sqrt(AVE) of a block against its largest absolute score correlation with another block.
 *   <li>Cross-loadings: the correlation of every item with every block's scores.
 *   <li>Indicator VIF: the diagonal of the inverse of a block's item correlation matrix, 1 / (1 - R2 of the item on
 *       the block's other items). Inner VIF: the same over the scores of an endogenous block's drivers.
 *   <li>f2 of a path = (R2 with the driver - R2 without it) / (1 - R2 with it), both R2 from the same scores (the
 *       model is not re-estimated without the driver); computed as beta^2 / (VIF (1 - R2)), which is the same
 *       number and never negative by rounding.
 * </ul>
 *
 * <p>The HTMT bootstrap draws the same resamples as {@link PlsBootstrap} with the same seed (respondents drawn
 * with replacement from a {@code SplittableRandom} per resample), so the result depends only on the seed, serial
 * or parallel; resamples in which an item is constant are left out and counted. Intervals are percentile
 * intervals (R's type 7 quantiles). Immutable and thread-safe. Defaults: the default {@link PlsPathModeling}
 * estimator (items always standardized), no bootstrap, 95% intervals, all cores.
 */
public final class PlsQuality {

  private static final PlsQuality DEFAULTS = new PlsQuality(PlsPathModeling.withDefaults(), 0, 0, 0.95, true);
  /** The VIF below which collinearity is not a concern (Hair et al.). */
  static final double MAX_VIF = 5;

  private final PlsPathModeling pls;
  private final int resamples;
  private final long seed;
  private final double level;
  private final boolean parallel;

  private PlsQuality(PlsPathModeling pls, int resamples, long seed, double level, boolean parallel) {
    this.pls = pls;
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
    this.parallel = parallel;
  }

  /**
   * Returns the assessment with its defaults: no bootstrap.
   *
   * @return the assessment
   */
  public static PlsQuality withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that estimates with another PLS estimator (scheme, convergence, missing answers); the items
   * are always standardized.
   *
   * @param pls the estimator, not null
   * @return the new assessment
   */
  public PlsQuality withEstimator(PlsPathModeling pls) {
    return new PlsQuality(Objects.requireNonNull(pls, "pls"), resamples, seed, level, parallel);
  }

  /**
   * Returns a copy that bootstraps the HTMT ratios.
   *
   * @param resamples the number of resamples, {@code > 0}
   * @param seed the seed that makes the resamples reproducible
   * @return the new assessment
   * @throws IllegalArgumentException if the number of resamples is not positive
   */
  public PlsQuality withBootstrap(int resamples, long seed) {
    return new PlsQuality(pls, Checks.positive("resamples", resamples), seed, level, parallel);
  }

  /**
   * Returns a copy with another interval level.
   *
   * @param level the coverage of the percentile intervals, in (0, 1)
   * @return the new assessment
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public PlsQuality withLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level);
    }
    return new PlsQuality(pls, resamples, seed, level, parallel);
  }

  /**
   * Returns a copy that bootstraps serially or on all cores; the result is the same either way.
   *
   * @param parallel true to use the common fork-join pool
   * @return the new assessment
   */
  public PlsQuality withParallel(boolean parallel) {
    return new PlsQuality(pls, resamples, seed, level, parallel);
  }

  /**
   * Assesses a model on a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @return the assessment
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, List, double[][])}),
   *     a mode A block whose items correlate negatively on average, or a block of collinear items
   * @throws IllegalStateException if the estimation does not converge
   */
  public MeasurementQuality assess(PathModel model, List<String> columns, double[][] rows) {
    return assess(ModelData.fromRows(model, columns, rows, pls.missingAnswers()));
  }

  /**
   * Assesses a model on survey responses.
   *
   * @param model the path model, not null
   * @param survey the survey declaring every item of the model
   * @return the assessment
   * @throws IllegalArgumentException as {@link #assess(PathModel, List, double[][])}
   * @throws IllegalStateException if the estimation does not converge
   */
  public MeasurementQuality assess(PathModel model, Survey survey) {
    return assess(ModelData.fromSurvey(model, survey, pls.missingAnswers()));
  }

  private MeasurementQuality assess(ModelData data) {
    data.requireComplete("PlsQuality");
    PlsPathModeling estimator = pls.withTreatment(DataTreatment.STANDARDIZED);
    PlsEngine engine = estimator.fitStandardized(data, "the quality criteria are not computed");
    Shape shape = new Shape(data.model);
    MeasurementQuality.Builder out = MeasurementQuality.builder();
    double[] ave = new double[shape.lvs];
    double[] rhoA = new double[shape.lvs];
    for (int j = 0; j < shape.lvs; j++) {
      rhoA[j] = rhoA(engine, shape.start[j], shape.start[j + 1]);
      double sumL2 = 0;
      for (int i = shape.start[j]; i < shape.start[j + 1]; i++) {
        sumL2 += engine.loading(i) * engine.loading(i);
      }
      ave[j] = sumL2 / (shape.start[j + 1] - shape.start[j]);
      double largest = 0;
      for (int k = 0; k < shape.lvs; k++) {
        largest = k == j ? largest : Math.max(largest, Math.abs(engine.scoreCorrelation(j, k)));
      }
      out.addConstructs(ConstructQuality.builder().name(shape.names[j]).mode(shape.modes[j]).rhoA(rhoA[j])
          .ave(ave[j]).largestCorrelation(largest).build());
    }
    double[] htmt = htmt(engine, shape);
    double[][] intervals = resamples > 0 ? bootstrapHtmt(data, estimator, shape) : null;
    for (int k = 0; k < shape.pairs.length; k++) {
      HtmtPair.Builder pair = HtmtPair.builder().first(shape.names[shape.pairs[k][0]])
          .second(shape.names[shape.pairs[k][1]]).htmt(htmt[k]).verdict(HtmtVerdict.of(htmt[k]));
      if (intervals != null) {
        pair.lower(intervals[0][k]).upper(intervals[1][k]);
      }
      out.addHtmt(pair.build());
    }
    if (intervals != null) {
      out.resamples(resamples).failedResamples((int) intervals[2][0]).seed(seed);
    }
    for (int i = 0; i < shape.items.size(); i++) {
      Map<String, Double> row = new LinkedHashMap<>();
      for (int j = 0; j < shape.lvs; j++) {
        row.put(shape.names[j], engine.crossLoading(i, j));
      }
      out.putCrossLoadings(shape.items.get(i), row);
    }
    double[] indicatorVif = indicatorVif(engine, shape);
    for (int i = 0; i < indicatorVif.length; i++) {
      out.putIndicatorVif(shape.items.get(i), indicatorVif[i]);
    }
    List<PathQuality> paths = paths(engine, data.model, shape);
    out.addAllPaths(paths);
    out.addAllVerdicts(verdicts(engine, shape, ave, rhoA, htmt, indicatorVif, paths));
    return out.build();
  }

  /** rho_A of the block of items [first, end). */
  static double rhoA(PlsEngine engine, int first, int end) {
    if (end - first == 1) {
      return 1;
    }
    double ww = 0;
    double w4 = 0;
    double offDiagonal = 0;
    for (int a = first; a < end; a++) {
      double wa = engine.weight(a);
      ww += wa * wa;
      w4 += wa * wa * wa * wa;
      for (int b = first; b < end; b++) {
        offDiagonal += a == b ? 0 : wa * engine.itemCovariance(a, b) * engine.weight(b);
      }
    }
    return ww * ww * offDiagonal / (ww * ww - w4);
  }

  /** HTMT of every pair of mode A blocks from the engine's item correlations. */
  private static double[] htmt(PlsEngine engine, Shape shape) {
    double[] monotrait = new double[shape.lvs];
    for (int j = 0; j < shape.lvs; j++) {
      int first = shape.start[j];
      int end = shape.start[j + 1];
      if (end - first == 1) {
        monotrait[j] = 1;
        continue;
      }
      double sum = 0;
      for (int a = first; a < end; a++) {
        for (int b = first; b < a; b++) {
          sum += engine.itemCovariance(a, b);
        }
      }
      monotrait[j] = sum / ((end - first) * (end - first - 1) / 2.0);
    }
    double[] out = new double[shape.pairs.length];
    for (int k = 0; k < out.length; k++) {
      int i = shape.pairs[k][0];
      int j = shape.pairs[k][1];
      for (int m : shape.pairs[k]) {
        if (!(monotrait[m] > 0)) {
          throw new IllegalArgumentException("mean correlation among the items of block '" + shape.names[m]
              + "' must be > 0 for HTMT: " + monotrait[m]);
        }
      }
      double sum = 0;
      for (int a = shape.start[i]; a < shape.start[i + 1]; a++) {
        for (int b = shape.start[j]; b < shape.start[j + 1]; b++) {
          sum += engine.itemCovariance(a, b);
        }
      }
      double heterotrait = sum / ((shape.start[i + 1] - shape.start[i]) * (shape.start[j + 1] - shape.start[j]));
      out[k] = heterotrait / Math.sqrt(monotrait[i] * monotrait[j]);
    }
    return out;
  }

  /** Rows: lower bounds, upper bounds, {failed resamples}. */
  private double[][] bootstrapHtmt(ModelData data, PlsPathModeling estimator, Shape shape) {
    double[][] centered = PlsBootstrap.centeredRows(data);
    double[][] draws = new double[resamples][];
    PlsBootstrap.inChunks(resamples, parallel, () -> new PlsBootstrap.Worker(estimator.engine(data),
        data.respondents, null), (worker, b) -> {
          PlsBootstrap.drawCounts(seed, b, worker.counts);
          try {
            if (worker.engine.loadCounts(centered, worker.counts, true) < 0) {
              draws[b] = htmt(worker.engine, shape);
            }
          } catch (IllegalArgumentException unusable) { // mode B items collinear, or a block's items uncorrelated
            draws[b] = null;
          }
        });
    List<double[]> used = new ArrayList<>();
    for (double[] d : draws) {
      if (d != null) {
        used.add(d);
      }
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException("every one of the " + resamples + " bootstrap resamples failed");
    }
    double[][] out = new double[3][shape.pairs.length];
    double[] values = new double[used.size()];
    for (int k = 0; k < shape.pairs.length; k++) {
      for (int b = 0; b < values.length; b++) {
        values[b] = used.get(b)[k];
      }
      Arrays.sort(values);
      out[0][k] = PlsBootstrap.quantile(values, (1 - level) / 2);
      out[1][k] = PlsBootstrap.quantile(values, (1 + level) / 2);
    }
    out[2][0] = resamples - used.size();
    return out;
  }

  private static double[] indicatorVif(PlsEngine engine, Shape shape) {
    double[] out = new double[shape.items.size()];
    for (int j = 0; j < shape.lvs; j++) {
      int first = shape.start[j];
      int q = shape.start[j + 1] - first;
      if (q == 1) {
        out[first] = 1; // no other item to explain it
        continue;
      }
      double[][] block = new double[q][q];
      for (int a = 0; a < q; a++) {
        for (int b = 0; b < q; b++) {
          block[a][b] = engine.itemCovariance(first + a, first + b);
        }
      }
      double[][] inverse = invert(block, "the items of block '" + shape.names[j] + "'");
      for (int a = 0; a < q; a++) {
        out[first + a] = inverse[a][a];
      }
    }
    return out;
  }

  private static double[][] invert(double[][] correlations, String what) {
    try {
      return LinearAlgebra.invert(correlations);
    } catch (IllegalArgumentException singular) {
      throw new IllegalArgumentException(what + " are collinear, so their VIFs are infinite", singular);
    }
  }

  private static List<PathQuality> paths(PlsEngine engine, PathModel model, Shape shape) {
    List<PathQuality> out = new ArrayList<>();
    for (StructuralPath path : model.paths()) {
      int to = PlsPathModeling.indexOf(model, path.to());
      List<String> drivers = model.predecessors(path.to());
      int m = drivers.size();
      int[] index = new int[m];
      for (int c = 0; c < m; c++) {
        index[c] = PlsPathModeling.indexOf(model, drivers.get(c));
      }
      double[][] r = new double[m][m];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          r[a][b] = engine.scoreCorrelation(index[a], index[b]);
        }
      }
      int c = drivers.indexOf(path.from());
      double vif = invert(r, "the drivers " + drivers + " of '" + path.to() + "'")[c][c];
      double beta = engine.path(index[c], to);
      double r2 = engine.rSquared(to);
      out.add(PathQuality.builder().from(path.from()).to(path.to()).innerVif(vif)
          .fSquared(beta * beta / (vif * (1 - r2))).build());
    }
    return out;
  }

  private static List<CriterionVerdict> verdicts(PlsEngine engine, Shape shape, double[] ave,
      double[] rhoA, double[] htmt, double[] indicatorVif, List<PathQuality> paths) {
    List<String> consistency = new ArrayList<>();
    List<String> convergent = new ArrayList<>();
    List<String> fornellLarcker = new ArrayList<>();
    List<String> crossLoadings = new ArrayList<>();
    List<String> formative = new ArrayList<>();
    for (int j = 0; j < shape.lvs; j++) {
      int first = shape.start[j];
      int end = shape.start[j + 1];
      if (shape.modes[j] == OuterMode.B) {
        for (int i = first; i < end; i++) {
          if (!(indicatorVif[i] < MAX_VIF)) {
            formative.add(shape.items.get(i) + ": VIF " + fmt(indicatorVif[i]));
          }
        }
        continue;
      }
      if (end - first < 2) {
        continue;
      }
      double sumL = 0;
      double sumL2 = 0;
      for (int i = first; i < end; i++) {
        sumL += engine.loading(i);
        sumL2 += engine.loading(i) * engine.loading(i);
      }
      double rhoC = sumL * sumL / (sumL * sumL + (end - first) - sumL2);
      if (!(rhoA[j] >= 0.7 && rhoC >= 0.7 && rhoC <= 0.95)) {
        consistency.add(shape.names[j] + ": rho_A " + fmt(rhoA[j]) + ", rho_c " + fmt(rhoC));
      }
      if (!(ave[j] >= 0.5)) {
        convergent.add(shape.names[j] + ": AVE " + fmt(ave[j]));
      }
      for (int k = 0; k < shape.lvs; k++) {
        double rjk = Math.abs(engine.scoreCorrelation(j, k));
        if (k != j && !(Math.sqrt(ave[j]) > rjk)) {
          fornellLarcker.add(shape.names[j] + ": sqrt(AVE) " + fmt(Math.sqrt(ave[j])) + " <= |r| " + fmt(rjk)
              + " with " + shape.names[k]);
        }
      }
      for (int i = first; i < end; i++) {
        double own = Math.abs(engine.crossLoading(i, j));
        for (int k = 0; k < shape.lvs; k++) {
          double cross = Math.abs(engine.crossLoading(i, k));
          if (k != j && !(own > cross)) {
            crossLoadings.add(shape.items.get(i) + ": loads " + fmt(cross) + " on " + shape.names[k] + ", "
                + fmt(own) + " on " + shape.names[j]);
          }
        }
      }
    }
    List<String> strict = new ArrayList<>();
    List<String> liberal = new ArrayList<>();
    for (int k = 0; k < htmt.length; k++) {
      String pair = shape.names[shape.pairs[k][0]] + " / " + shape.names[shape.pairs[k][1]] + ": HTMT " + fmt(htmt[k]);
      if (!(htmt[k] < HtmtVerdict.STRICT)) {
        strict.add(pair);
      }
      if (!(htmt[k] < HtmtVerdict.LIBERAL)) {
        liberal.add(pair);
      }
    }
    List<String> inner = new ArrayList<>();
    for (PathQuality path : paths) {
      if (!(path.innerVif() < MAX_VIF)) {
        inner.add(path.from() + " -> " + path.to() + ": VIF " + fmt(path.innerVif()));
      }
    }
    String reflective = "mode A blocks with two or more items";
    return List.of(
        verdict(QualityCriterion.INTERNAL_CONSISTENCY, "rho_A >= 0.70 and 0.70 <= rho_c <= 0.95, " + reflective,
            consistency),
        verdict(QualityCriterion.CONVERGENT_VALIDITY, "AVE >= 0.50, " + reflective, convergent),
        verdict(QualityCriterion.HTMT_085, "HTMT < 0.85 for every pair of mode A blocks", strict),
        verdict(QualityCriterion.HTMT_090, "HTMT < 0.90 for every pair of mode A blocks", liberal),
        verdict(QualityCriterion.FORNELL_LARCKER,
            "sqrt(AVE) > |correlation| with every other construct, " + reflective, fornellLarcker),
        verdict(QualityCriterion.CROSS_LOADINGS,
            "every item loads higher on its own construct than on any other (absolute values), " + reflective,
            crossLoadings),
        verdict(QualityCriterion.INDICATOR_COLLINEARITY, "indicator VIF < 5 in every mode B block", formative),
        verdict(QualityCriterion.INNER_COLLINEARITY, "inner VIF < 5 for every path", inner));
  }

  private static CriterionVerdict verdict(QualityCriterion criterion, String rule, List<String> failures) {
    return CriterionVerdict.builder().criterion(criterion).rule(rule).failures(failures).met(failures.isEmpty())
        .build();
  }

  /** A figure as the verdicts and problems quote it: three decimals. */
  static String fmt(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** The model's layout: block names, modes, item ranges, and the pairs of mode A blocks. */
  static final class Shape {
    final int lvs;
    final String[] names;
    final OuterMode[] modes;
    final int[] start;
    final List<String> items;
    final int[][] pairs;

    Shape(PathModel model) {
      List<LatentBlock> blocks = model.blocks();
      lvs = blocks.size();
      names = new String[lvs];
      modes = new OuterMode[lvs];
      start = new int[lvs + 1];
      for (int j = 0; j < lvs; j++) {
        names[j] = blocks.get(j).name();
        modes[j] = blocks.get(j).mode();
        start[j + 1] = start[j] + blocks.get(j).items().size();
      }
      items = model.items();
      List<int[]> found = new ArrayList<>();
      for (int i = 0; i < lvs; i++) {
        for (int j = i + 1; j < lvs; j++) {
          if (modes[i] == OuterMode.A && modes[j] == OuterMode.A) {
            found.add(new int[] {i, j});
          }
        }
      }
      pairs = found.toArray(new int[0][]);
    }
  }
}
