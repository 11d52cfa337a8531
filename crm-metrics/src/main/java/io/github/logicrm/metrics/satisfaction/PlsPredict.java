package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.IndicatorPrediction;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PredictionAssessment;
import io.github.logicrm.core.satisfaction.PredictivePower;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.metrics.internal.LinearAlgebra;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The predictive assessment of a PLS path model: PLSpredict (Shmueli et al. 2016 and 2019) and blindfolding Q2.
 *
 * <p><b>PLSpredict.</b> The respondents are split at random into k folds; each fold in turn is held out, the model
 * is estimated on the other folds (standardized items), and each indicator of every endogenous construct is
 * predicted for the held-out respondents from the items of the exogenous constructs only: the held-out items are
 * standardized with the training means and standard deviations, the exogenous scores formed with the training
 * weights, each endogenous score predicted through the training total effects of the exogenous constructs on it,
 * each indicator as its training loading times that score, back on the item's scale. The benchmark (LM) is an OLS
 * regression, with intercept, of each such indicator on every exogenous item, fitted on the same training folds.
 * With r repetitions, each of a new random split, the predictions of each respondent are averaged over the
 * repetitions before the errors are computed: RMSE, MAE, and Q2_predict = 1 - sum (y - yhat)^2 /
 * sum (y - training mean)^2. Repetition {@code i}'s split comes from a {@code SplittableRandom} seeded by a mix of
 * the seed and {@code i}, so the result depends only on the seed, serial or parallel. The verdict
 * ({@link PredictivePower}) counts the indicators on which PLS has the lower RMSE: none (or any Q2_predict not
 * above 0) NONE, a minority LOW, a majority MEDIUM, all HIGH.
 *
 * <p><b>Blindfolding</b> (Stone-Geisser Q2, cross-validated redundancy). For each endogenous construct, the cells
 * of its items' data matrix are numbered column by column (item {@code a}, respondent {@code t}: {@code a n + t})
 * and split into D groups by their number modulo the omission distance D (so n should not be a multiple of D, or
 * every item loses the same respondents); each group in turn is omitted, its cells replaced by the
 * mean of the item's remaining answers, the model re-estimated on all respondents, and each omitted cell
 * predicted, on the standardized scale of that round's data, as the item's loading times the construct's score
 * predicted from its drivers' scores and paths. Q2 = 1 - SSE / SSO over all rounds, with SSO the sum of the
 * omitted cells' squared standardized values.
 *
 * <p>Immutable and thread-safe. Defaults: the default {@link PlsPathModeling} estimator (items always
 * standardized), 10 folds, 10 repetitions, seed 0, omission distance 7, all cores.
 */
public final class PlsPredict {

  private static final PlsPredict DEFAULTS = new PlsPredict(PlsPathModeling.withDefaults(), 10, 10, 0, 7, true);

  private final PlsPathModeling pls;
  private final int folds;
  private final int repetitions;
  private final long seed;
  private final int omissionDistance;
  private final boolean parallel;

  private PlsPredict(PlsPathModeling pls, int folds, int repetitions, long seed, int omissionDistance,
      boolean parallel) {
    this.pls = pls;
    this.folds = folds;
    this.repetitions = repetitions;
    this.seed = seed;
    this.omissionDistance = omissionDistance;
    this.parallel = parallel;
  }

  /**
   * Returns the assessment with its defaults.
   *
   * @return the assessment
   */
  public static PlsPredict withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy over another PLS estimator (scheme, convergence, missing answers); items are always
   * standardized.
   *
   * @param pls the estimator, not null
   * @return the new assessment
   */
  public PlsPredict withEstimator(PlsPathModeling pls) {
    return new PlsPredict(Objects.requireNonNull(pls, "pls"), folds, repetitions, seed, omissionDistance, parallel);
  }

  /**
   * Returns a copy with another cross-validation design.
   *
   * @param folds the number of folds k, {@code >= 2} and at most the number of respondents
   * @param repetitions the number of random splits, {@code > 0}
   * @param seed the seed of the splits
   * @return the new assessment
   * @throws IllegalArgumentException if folds is below 2 or repetitions is not positive
   */
  public PlsPredict withFolds(int folds, int repetitions, long seed) {
    return new PlsPredict(pls, Checks.atLeast("folds", folds, 2), Checks.positive("repetitions", repetitions),
        seed, omissionDistance, parallel);
  }

  /**
   * Returns a copy with another blindfolding omission distance.
   *
   * @param omissionDistance D, {@code >= 2}; 5 to 10 is usual, and the cells of a block should not be a
   *     multiple of it
   * @return the new assessment
   * @throws IllegalArgumentException if D is below 2
   */
  public PlsPredict withOmissionDistance(int omissionDistance) {
    return new PlsPredict(pls, folds, repetitions, seed, Checks.atLeast("omissionDistance", omissionDistance, 2),
        parallel);
  }

  /**
   * Returns a copy that runs the folds serially or on all cores; the result is the same either way.
   *
   * @param parallel true to use the common fork-join pool
   * @return the new assessment
   */
  public PlsPredict withParallel(boolean parallel) {
    return new PlsPredict(pls, folds, repetitions, seed, omissionDistance, parallel);
  }

  /**
   * Assesses a model on a matrix of answers.
   *
   * @param model the path model, not null
   * @param columns the name of each column of {@code rows}
   * @param rows one row per respondent; NaN is a missing answer
   * @return the assessment
   * @throws IllegalArgumentException for bad input (see {@link PlsPathModeling#estimate(PathModel, List, double[][])}),
   *     more folds than respondents, or an item constant in a training fold
   * @throws IllegalStateException if an estimation does not converge
   */
  public PredictionAssessment assess(PathModel model, List<String> columns, double[][] rows) {
    return assess(ModelData.fromRows(model, columns, rows, pls.missingAnswers()));
  }

  /**
   * Assesses a model on survey responses.
   *
   * @param model the path model, not null
   * @param survey the survey declaring every item of the model
   * @return the assessment
   * @throws IllegalArgumentException as {@link #assess(PathModel, List, double[][])}
   * @throws IllegalStateException if an estimation does not converge
   */
  public PredictionAssessment assess(PathModel model, Survey survey) {
    return assess(ModelData.fromSurvey(model, survey, pls.missingAnswers()));
  }

  private PredictionAssessment assess(ModelData data) {
    data.requireComplete("PlsPredict");
    int n = data.respondents;
    if (folds > n) {
      throw new IllegalArgumentException("folds must be <= respondents " + n + ": " + folds);
    }
    int[][] foldOf = new int[repetitions][n];
    for (int r = 0; r < repetitions; r++) {
      int[] order = PlsBootstrap.permutation(seed, r, n);
      for (int position = 0; position < n; position++) {
        foldOf[r][order[position]] = (int) ((long) position * folds / n);
      }
    }
    return assess(data, foldOf);
  }

  /** The assessment with a given split: {@code foldOf[r][t]} is respondent t's fold in repetition r. */
  PredictionAssessment assess(ModelData data, int[][] foldOf) {
    PlsPathModeling estimator = pls.withTreatment(DataTreatment.STANDARDIZED);
    Layout layout = new Layout(data.model);
    int n = data.respondents;
    int reps = foldOf.length;
    int k = 0;
    for (int t = 0; t < n; t++) {
      k = Math.max(k, foldOf[0][t] + 1);
    }
    int foldCount = k;
    double[][][] plsPrediction = new double[reps][layout.endogenousItems.length][n];
    double[][][] lmPrediction = new double[reps][layout.endogenousItems.length][n];
    double[][][] meanPrediction = new double[reps][layout.endogenousItems.length][n];
    IntStream tasks = IntStream.range(0, reps * foldCount);
    (parallel ? tasks.parallel() : tasks).forEach(task -> {
      int r = task / foldCount;
      predictFold(data, estimator, layout, foldOf[r], task % foldCount, plsPrediction[r], lmPrediction[r],
          meanPrediction[r]);
    });
    List<IndicatorPrediction> indicators = new ArrayList<>();
    int better = 0;
    boolean anyNotPositive = false;
    for (int e = 0; e < layout.endogenousItems.length; e++) {
      int i = layout.endogenousItems[e];
      double[] y = data.columns[i];
      double sse = 0;
      double sae = 0;
      double lmSse = 0;
      double lmSae = 0;
      double sso = 0;
      for (int t = 0; t < n; t++) {
        double pred = 0;
        double lm = 0;
        double mean = 0;
        for (int r = 0; r < reps; r++) {
          pred += plsPrediction[r][e][t];
          lm += lmPrediction[r][e][t];
          mean += meanPrediction[r][e][t];
        }
        pred /= reps;
        lm /= reps;
        mean /= reps;
        sse += (y[t] - pred) * (y[t] - pred);
        sae += Math.abs(y[t] - pred);
        lmSse += (y[t] - lm) * (y[t] - lm);
        lmSae += Math.abs(y[t] - lm);
        sso += (y[t] - mean) * (y[t] - mean);
      }
      IndicatorPrediction indicator = IndicatorPrediction.builder().item(data.items.get(i))
          .construct(layout.shape.names[layout.blockOf[i]]).q2Predict(1 - sse / sso).rmse(Math.sqrt(sse / n))
          .mae(sae / n).lmRmse(Math.sqrt(lmSse / n)).lmMae(lmSae / n).build();
      better += indicator.beatsLinearModel() ? 1 : 0;
      anyNotPositive |= !(indicator.q2Predict() > 0);
      indicators.add(indicator);
    }
    int all = indicators.size();
    PredictivePower power = anyNotPositive || better == 0 ? PredictivePower.NONE
        : better == all ? PredictivePower.HIGH : 2 * better > all ? PredictivePower.MEDIUM : PredictivePower.LOW;
    PredictionAssessment.Builder out = PredictionAssessment.builder().folds(foldCount).repetitions(reps).seed(seed)
        .respondents(n).addAllIndicators(indicators).predictivePower(power).omissionDistance(omissionDistance);
    for (int j : layout.endogenousBlocks) {
      out.putBlindfoldingQ2(layout.shape.names[j], blindfold(data, estimator, layout, j));
    }
    return out.build();
  }

  /** Fits the model and the benchmark on every fold but {@code fold}, and predicts the held-out respondents. */
  private static void predictFold(ModelData data, PlsPathModeling estimator, Layout layout, int[] foldOf, int fold,
      double[][] plsOut, double[][] lmOut, double[][] meanOut) {
    int n = data.respondents;
    int trainSize = 0;
    for (int t = 0; t < n; t++) {
      trainSize += foldOf[t] == fold ? 0 : 1;
    }
    int[] train = new int[trainSize];
    for (int t = 0, c = 0; t < n; t++) {
      if (foldOf[t] != fold) {
        train[c++] = t;
      }
    }
    PlsEngine engine = estimator.engine(data, trainSize);
    int constant = engine.load(data.columns, train, true);
    if (constant >= 0) {
      throw new IllegalArgumentException("item '" + data.items.get(constant) + "' is constant in the training "
          + "folds without fold " + fold + ", so it cannot be standardized; use fewer folds");
    }
    if (!engine.fit()) {
      throw new IllegalStateException("PLS estimation on the training folds without fold " + fold
          + " did not converge in " + engine.iterations() + " iterations");
    }
    int p = data.items.size();
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (int i = 0; i < p; i++) {
      double[] column = data.columns[i];
      double sum = 0;
      for (int t : train) {
        sum += column[t];
      }
      mean[i] = sum / trainSize;
      double ss = 0;
      for (int t : train) {
        ss += (column[t] - mean[i]) * (column[t] - mean[i]);
      }
      sd[i] = Math.sqrt(ss / trainSize);
    }
    int lvs = layout.shape.lvs;
    double[][] direct = new double[lvs][lvs];
    for (int a = 0; a < lvs; a++) {
      for (int b = 0; b < lvs; b++) {
        direct[a][b] = engine.path(a, b);
      }
    }
    double[][] total = Ipma.totalEffects(direct);
    double[][] lm = linearModel(data, layout, train);
    double[] exogenous = new double[lvs];
    for (int t = 0; t < n; t++) {
      if (foldOf[t] != fold) {
        continue;
      }
      for (int j : layout.exogenousBlocks) {
        double score = 0;
        for (int i = layout.shape.start[j]; i < layout.shape.start[j + 1]; i++) {
          score += engine.weight(i) * (data.columns[i][t] - mean[i]) / sd[i];
        }
        exogenous[j] = score;
      }
      for (int e = 0; e < layout.endogenousItems.length; e++) {
        int i = layout.endogenousItems[e];
        int block = layout.blockOf[i];
        double score = 0;
        for (int j : layout.exogenousBlocks) {
          score += total[j][block] * exogenous[j];
        }
        plsOut[e][t] = mean[i] + sd[i] * engine.loading(i) * score;
        double fitted = lm[0][e];
        for (int c = 0; c < layout.exogenousItems.length; c++) {
          fitted += lm[c + 1][e] * data.columns[layout.exogenousItems[c]][t];
        }
        lmOut[e][t] = fitted;
        meanOut[e][t] = mean[i];
      }
    }
  }

  /** OLS coefficients (intercept first) of every endogenous item on all exogenous items, over the training rows. */
  private static double[][] linearModel(ModelData data, Layout layout, int[] train) {
    int m = layout.exogenousItems.length + 1;
    int targets = layout.endogenousItems.length;
    double[][] xtx = new double[m][m];
    double[][] xty = new double[m][targets];
    double[] x = new double[m];
    for (int t : train) {
      x[0] = 1;
      for (int c = 1; c < m; c++) {
        x[c] = data.columns[layout.exogenousItems[c - 1]][t];
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          xtx[a][b] += x[a] * x[b];
        }
        for (int e = 0; e < targets; e++) {
          xty[a][e] += x[a] * data.columns[layout.endogenousItems[e]][t];
        }
      }
    }
    try {
      return LinearAlgebra.solve(xtx, xty);
    } catch (IllegalArgumentException singular) {
      throw new IllegalArgumentException("the exogenous items are collinear in a training fold, so the linear "
          + "benchmark is not defined", singular);
    }
  }

  /** Blindfolding Q2 of endogenous block j. */
  private double blindfold(ModelData data, PlsPathModeling estimator, Layout layout, int j) {
    int n = data.respondents;
    int first = layout.shape.start[j];
    int q = layout.shape.start[j + 1] - first;
    PlsEngine engine = estimator.engine(data);
    double[][] raw = data.columns.clone();
    double sse = 0;
    double sso = 0;
    for (int round = 0; round < omissionDistance; round++) {
      for (int a = 0; a < q; a++) {
        double[] column = data.columns[first + a].clone();
        double sum = 0;
        int kept = 0;
        for (int t = 0; t < n; t++) {
          if ((a * n + t) % omissionDistance != round) {
            sum += column[t];
            kept++;
          }
        }
        for (int t = 0; t < n; t++) {
          if ((a * n + t) % omissionDistance == round) {
            column[t] = sum / kept;
          }
        }
        raw[first + a] = column;
      }
      int constant = engine.load(raw, null, true);
      if (constant >= 0) {
        throw new IllegalArgumentException("item '" + data.items.get(constant) + "' is constant once round "
            + round + " of blindfolding is omitted; use another omission distance");
      }
      if (!engine.fit()) {
        throw new IllegalStateException("PLS estimation in blindfolding round " + round + " of '"
            + layout.shape.names[j] + "' did not converge in " + engine.iterations() + " iterations");
      }
      for (int a = 0; a < q; a++) {
        double[] column = raw[first + a];
        double mean = 0;
        for (double v : column) {
          mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : column) {
          ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / n);
        double loading = engine.loading(first + a);
        for (int t = 0; t < n; t++) {
          if ((a * n + t) % omissionDistance != round) {
            continue;
          }
          double predicted = 0;
          for (int driver : layout.predecessors[j]) {
            predicted += engine.path(driver, j) * engine.scores(driver)[t];
          }
          double z = (data.columns[first + a][t] - mean) / sd;
          double error = z - loading * predicted;
          sse += error * error;
          sso += z * z;
        }
      }
    }
    return 1 - sse / sso;
  }

  /** Which blocks and items are exogenous and endogenous. */
  private static final class Layout {
    final PlsQuality.Shape shape;
    final int[] blockOf;
    final int[][] predecessors;
    final int[] exogenousBlocks;
    final int[] endogenousBlocks;
    final int[] exogenousItems;
    final int[] endogenousItems;

    Layout(PathModel model) {
      shape = new PlsQuality.Shape(model);
      blockOf = new int[shape.items.size()];
      predecessors = new int[shape.lvs][];
      List<Integer> exoBlocks = new ArrayList<>();
      List<Integer> endoBlocks = new ArrayList<>();
      List<Integer> exoItems = new ArrayList<>();
      List<Integer> endoItems = new ArrayList<>();
      for (int j = 0; j < shape.lvs; j++) {
        predecessors[j] = model.predecessors(shape.names[j]).stream()
            .mapToInt(name -> PlsPathModeling.indexOf(model, name)).toArray();
        (predecessors[j].length == 0 ? exoBlocks : endoBlocks).add(j);
        for (int i = shape.start[j]; i < shape.start[j + 1]; i++) {
          blockOf[i] = j;
          (predecessors[j].length == 0 ? exoItems : endoItems).add(i);
        }
      }
      exogenousBlocks = exoBlocks.stream().mapToInt(Integer::intValue).toArray();
      endogenousBlocks = endoBlocks.stream().mapToInt(Integer::intValue).toArray();
      exogenousItems = exoItems.stream().mapToInt(Integer::intValue).toArray();
      endogenousItems = endoItems.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
