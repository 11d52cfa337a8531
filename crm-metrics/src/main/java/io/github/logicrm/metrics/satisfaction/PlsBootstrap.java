package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.BootstrapParameter;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.ParameterKind;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Bootstrap standard errors and percentile intervals of a PLS path model's weights, loadings, path coefficients
 * and R2.
 *
 * <p>Each resample draws n respondents with replacement and is estimated like the full sample (items treated
 * anew). Resample {@code b} draws from its own generator, {@code SplittableRandom} seeded by a mix of the seed and
 * {@code b}, so the result depends only on the seed and the resample count: it is the same run serially or on
 * all cores, and whatever the number of cores. Sign correction: in each resample, a block whose loadings point
 * against the full-sample loadings (negative inner product) is turned around, with its weights, loadings and
 * paths, before its figures are collected. Resamples on which the estimation does not converge, or on which an
 * item is constant, are left out and counted in {@link BootstrapResult#failedResamples()}. The standard error is
 * the standard deviation (n - 1 divisor) over the used resamples; the interval is the percentile interval, with
 * quantiles interpolated linearly between order statistics (R's type 7). {@link #withConsistent(boolean)}
 * resamples consistent PLS instead ({@link Plsc}). Immutable and thread-safe.
 */
public final class PlsBootstrap {

  private final PlsPathModeling pls;
  private final int resamples;
  private final long seed;
  private final double level;
  private final boolean parallel;
  private final boolean consistent;

  /** Marks a resample whose consistent estimate is inadmissible. */
  private static final double[] INADMISSIBLE = new double[0];

  private PlsBootstrap(PlsPathModeling pls, int resamples, long seed, double level, boolean parallel,
      boolean consistent) {
    this.pls = pls;
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
    this.parallel = parallel;
    this.consistent = consistent;
  }

  /**
   * Returns a bootstrap of the given estimator: 95% intervals, run on all cores.
   *
   * @param pls the estimator whose estimates are resampled, not null
   * @param resamples the number of resamples, {@code > 0}
   * @param seed the seed that makes the resamples reproducible
   * @return the bootstrap
   * @throws IllegalArgumentException if the number of resamples is not positive
   */
  public static PlsBootstrap of(PlsPathModeling pls, int resamples, long seed) {
    return new PlsBootstrap(Objects.requireNonNull(pls, "pls"), Checks.positive("resamples", resamples), seed,
        0.95, true, false);
  }

  /**
   * Returns a copy with another interval level.
   *
   * @param level the coverage of the percentile intervals, in (0, 1)
   * @return the new bootstrap
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public PlsBootstrap withLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level);
    }
    return new PlsBootstrap(pls, resamples, seed, level, parallel, consistent);
  }

  /**
   * Returns a copy that resamples consistent PLS ({@link Plsc}) instead of PLS: loadings, paths and R2 are the
   * consistent ones (weights stay PLS's), the items are standardized, and resamples whose consistent estimate is
   * inadmissible are left out and counted in {@link BootstrapResult#inadmissibleResamples()}.
   *
   * @param consistent true for PLSc
   * @return the new bootstrap
   */
  public PlsBootstrap withConsistent(boolean consistent) {
    return new PlsBootstrap(consistent ? pls.withTreatment(DataTreatment.STANDARDIZED) : pls, resamples, seed,
        level, parallel, consistent);
  }

  /**
   * Returns a copy that runs serially or on all cores; the result is the same either way.
   *
   * @param parallel true to use the common fork-join pool
   * @return the new bootstrap
   */
  public PlsBootstrap withParallel(boolean parallel) {
    return new PlsBootstrap(pls, resamples, seed, level, parallel, consistent);
  }

  /**
   * Bootstraps a model on a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @return the bootstrap figures
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, List, double[][])})
   *     or if every resample fails
   * @throws IllegalStateException if the estimation on the full sample does not converge
   */
  public BootstrapResult run(PathModel model, List<String> columns, double[][] rows) {
    return run(ModelData.fromRows(model, columns, rows, pls.missingAnswers()));
  }

  /**
   * Bootstraps a model on survey responses.
   *
   * @param model the path model, not null
   * @param survey the survey declaring every item of the model
   * @return the bootstrap figures
   * @throws IllegalArgumentException for bad input or if every resample fails
   * @throws IllegalStateException if the estimation on the full sample does not converge
   */
  public BootstrapResult run(PathModel model, Survey survey) {
    return run(ModelData.fromSurvey(model, survey, pls.missingAnswers()));
  }

  private BootstrapResult run(ModelData data) {
    data.requireComplete("PlsBootstrap");
    Layout layout = new Layout(data.model);
    PlsEngine full = pls.engine(data);
    pls.loadOrFail(full, data);
    if (!full.fit()) {
      throw new IllegalStateException("PLS estimation on the full sample did not converge in "
          + full.iterations() + " iterations; nothing to bootstrap");
    }
    double[] estimate = new double[layout.size];
    double[] reference = new double[layout.items];
    for (int i = 0; i < layout.items; i++) {
      reference[i] = full.loading(i);
    }
    ConsistentPls fullPlsc = consistent ? new ConsistentPls(data.model) : null;
    if (consistent) {
      fullPlsc.correct(full);
      if (!fullPlsc.pathsComputed) {
        throw new IllegalStateException("consistent PLS on the full sample gives no paths " + fullPlsc.problems
            + "; nothing to bootstrap");
      }
    }
    layout.collect(full, fullPlsc, estimate);
    double[][] centered = centeredRows(data);
    double[][] draws = new double[resamples][];
    inChunks(resamples, parallel, () -> new Worker(pls.engine(data), data.respondents,
        consistent ? new ConsistentPls(data.model) : null), (worker, b) -> {
          draws[b] = resample(worker, centered, b, layout, reference);
        });
    return summarize(layout, estimate, draws);
  }

  /**
   * What one chunk of resamples works with: an engine, the draw counts of the current resample, and the consistent
   * PLS correction when resampling PLSc (else null).
   */
  static final class Worker {
    final PlsEngine engine;
    final int[] counts;
    final ConsistentPls plsc;

    Worker(PlsEngine engine, int respondents, ConsistentPls plsc) {
      this.engine = engine;
      this.counts = new int[respondents];
      this.plsc = plsc;
    }
  }

  /**
   * Runs {@code task(worker, b)} for every resample b, in chunks of consecutive resamples that each get a worker
   * of their own (an engine and its work arrays), serially or on all cores. A task writes only its own slot b, so
   * the outcome does not depend on the order.
   */
  static <W> void inChunks(int resamples, boolean parallel, Supplier<W> newWorker, ObjIntConsumer<W> task) {
    int chunks = Math.min(resamples, 8 * Runtime.getRuntime().availableProcessors());
    IntStream work = IntStream.range(0, chunks);
    (parallel ? work.parallel() : work).forEach(c -> {
      W worker = newWorker.get();
      for (int b = resamples * c / chunks; b < resamples * (c + 1) / chunks; b++) {
        task.accept(worker, b);
      }
    });
  }

  /** The data one row per respondent, centered on the full-sample means: what every resample is drawn from. */
  static double[][] centeredRows(ModelData data) {
    int p = data.columns.length;
    double[][] rows = new double[data.respondents][p];
    for (int i = 0; i < p; i++) {
      double[] column = data.columns[i];
      double mean = 0;
      for (double v : column) {
        mean += v;
      }
      mean /= column.length;
      for (int t = 0; t < column.length; t++) {
        rows[t][i] = column[t] - mean;
      }
    }
    return rows;
  }

  /**
   * One resample's figures, sign-corrected; null if it cannot be used. The resample is the multiset of the
   * respondents {@code random.nextInt(n)} drawn n times, held as counts.
   */
  private double[] resample(Worker worker, double[][] centered, int b, Layout layout, double[] reference) {
    PlsEngine engine = worker.engine;
    int[] counts = worker.counts;
    drawCounts(seed, b, counts);
    try {
      if (engine.loadCounts(centered, counts, pls.standardize()) >= 0 || !engine.fit()) {
        return null;
      }
    } catch (IllegalArgumentException collinear) { // mode B items collinear in this resample
      return null;
    }
    for (int j = 0; j < layout.blockStart.length - 1; j++) {
      double agreement = 0;
      for (int i = layout.blockStart[j]; i < layout.blockStart[j + 1]; i++) {
        agreement += engine.loading(i) * reference[i];
      }
      if (agreement < 0) {
        engine.flip(j);
      }
    }
    if (worker.plsc != null && !worker.plsc.correct(engine)) {
      return INADMISSIBLE;
    }
    double[] out = new double[layout.size];
    layout.collect(engine, worker.plsc, out);
    return out;
  }

  /**
   * Draws resample b of a bootstrap with the given seed: how often each of the n respondents is drawn when n are
   * drawn with replacement by {@code random.nextInt(n)}, the generator seeded by {@link #resampleSeed(long, int)}.
   * Every bootstrap of this package draws its resamples here, so one seed gives the same resamples everywhere.
   */
  static void drawCounts(long seed, int b, int[] counts) {
    SplittableRandom random = new SplittableRandom(resampleSeed(seed, b));
    int n = counts.length;
    Arrays.fill(counts, 0);
    for (int t = 0; t < n; t++) {
      counts[random.nextInt(n)]++;
    }
  }

  /**
   * Returns random permutation u of the respondents 0..n-1 for the given seed (Fisher-Yates, with a
   * {@code SplittableRandom} seeded by {@link #resampleSeed(long, int)}): the random splits of cross-validation
   * and the label permutations of group comparisons.
   */
  static int[] permutation(long seed, int u, int n) {
    SplittableRandom random = new SplittableRandom(resampleSeed(seed, u));
    int[] order = new int[n];
    for (int t = 0; t < n; t++) {
      order[t] = t;
    }
    for (int t = n - 1; t > 0; t--) {
      int v = random.nextInt(t + 1);
      int swap = order[t];
      order[t] = order[v];
      order[v] = swap;
    }
    return order;
  }

  /** The generator seed of resample b: a 64-bit mix (MurmurHash3's finalizer) of the seed and the index. */
  static long resampleSeed(long seed, int b) {
    long z = seed + (b + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  private BootstrapResult summarize(Layout layout, double[] estimate, double[][] draws) {
    List<double[]> used = new ArrayList<>();
    int inadmissible = 0;
    for (double[] d : draws) {
      if (d == INADMISSIBLE) {
        inadmissible++;
      } else if (d != null) {
        used.add(d);
      }
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException("every one of the " + resamples + " bootstrap resamples failed ("
          + inadmissible + " inadmissible)");
    }
    int m = used.size();
    BootstrapResult.Builder out = BootstrapResult.builder().resamples(resamples)
        .failedResamples(resamples - m - inadmissible).inadmissibleResamples(inadmissible).consistent(consistent)
        .seed(seed).level(level);
    double[] values = new double[m];
    for (int k = 0; k < layout.size; k++) {
      double mean = 0;
      for (int b = 0; b < m; b++) {
        values[b] = used.get(b)[k];
        mean += values[b];
      }
      mean /= m;
      double ss = 0;
      for (double v : values) {
        ss += (v - mean) * (v - mean);
      }
      Arrays.sort(values);
      out.addParameters(BootstrapParameter.builder()
          .kind(layout.kinds[k])
          .name(layout.names[k])
          .estimate(estimate[k])
          .mean(mean)
          .standardError(m > 1 ? Math.sqrt(ss / (m - 1)) : 0)
          .lower(quantile(values, (1 - level) / 2))
          .upper(quantile(values, (1 + level) / 2))
          .build());
    }
    return out.build();
  }

  /** Quantile of sorted values, linear interpolation between order statistics (R's type 7). */
  static double quantile(double[] sorted, double probability) {
    double h = (sorted.length - 1) * probability;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Where each figure sits in a resample's vector: weights, loadings, paths, R2. */
  private static final class Layout {
    final int items;
    final int size;
    final int[] blockStart;
    final int[] pathFrom;
    final int[] pathTo;
    final int[] endogenous;
    final ParameterKind[] kinds;
    final String[] names;

    Layout(PathModel model) {
      List<LatentBlock> blocks = model.blocks();
      List<String> itemNames = model.items();
      items = itemNames.size();
      blockStart = new int[blocks.size() + 1];
      List<Integer> endo = new ArrayList<>();
      for (int j = 0; j < blocks.size(); j++) {
        blockStart[j + 1] = blockStart[j] + blocks.get(j).items().size();
        if (!model.predecessors(blocks.get(j).name()).isEmpty()) {
          endo.add(j);
        }
      }
      List<StructuralPath> paths = model.paths();
      pathFrom = new int[paths.size()];
      pathTo = new int[paths.size()];
      endogenous = endo.stream().mapToInt(Integer::intValue).toArray();
      size = 2 * items + paths.size() + endogenous.length;
      kinds = new ParameterKind[size];
      names = new String[size];
      for (int i = 0; i < items; i++) {
        kinds[i] = ParameterKind.OUTER_WEIGHT;
        names[i] = itemNames.get(i);
        kinds[items + i] = ParameterKind.LOADING;
        names[items + i] = itemNames.get(i);
      }
      for (int p = 0; p < paths.size(); p++) {
        pathFrom[p] = PlsPathModeling.indexOf(model, paths.get(p).from());
        pathTo[p] = PlsPathModeling.indexOf(model, paths.get(p).to());
        kinds[2 * items + p] = ParameterKind.PATH;
        names[2 * items + p] = paths.get(p).toString();
      }
      for (int e = 0; e < endogenous.length; e++) {
        kinds[2 * items + paths.size() + e] = ParameterKind.R_SQUARED;
        names[2 * items + paths.size() + e] = blocks.get(endogenous[e]).name();
      }
    }

    /** Collects the figures of a fit, with loadings, paths and R2 from its PLSc correction when not null. */
    void collect(PlsEngine engine, ConsistentPls plsc, double[] out) {
      for (int i = 0; i < items; i++) {
        out[i] = engine.weight(i);
        out[items + i] = plsc == null ? engine.loading(i) : plsc.loadings[i];
      }
      for (int p = 0; p < pathFrom.length; p++) {
        out[2 * items + p] = plsc == null ? engine.path(pathFrom[p], pathTo[p]) : plsc.paths[pathFrom[p]][pathTo[p]];
      }
      for (int e = 0; e < endogenous.length; e++) {
        out[2 * items + pathFrom.length + e] =
            plsc == null ? engine.rSquared(endogenous[e]) : plsc.rSquared[endogenous[e]];
      }
    }
  }
}
