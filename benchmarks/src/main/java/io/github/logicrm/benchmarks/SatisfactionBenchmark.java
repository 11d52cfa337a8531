package io.github.logicrm.benchmarks;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.MeasurementQuality;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.PlsSummary;
import io.github.logicrm.core.satisfaction.PredictionAssessment;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import io.github.logicrm.metrics.satisfaction.Ipma;
import io.github.logicrm.metrics.satisfaction.Nps;
import io.github.logicrm.metrics.satisfaction.PlsBootstrap;
import io.github.logicrm.metrics.satisfaction.PlsGroupComparison;
import io.github.logicrm.metrics.satisfaction.PlsPathModeling;
import io.github.logicrm.metrics.satisfaction.PlsPredict;
import io.github.logicrm.metrics.satisfaction.PlsQuality;
import io.github.logicrm.metrics.satisfaction.PlsReport;
import io.github.logicrm.metrics.satisfaction.Plsc;
import io.github.logicrm.metrics.satisfaction.WeightedCsi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Satisfaction: one PLS estimation of the 7-block ECSI model on 250 respondents x 24 items (the shape of the
 * ECSI mobile phone study), its importance-performance map and quality criteria (with 1,000 HTMT bootstrap
 * resamples), 1,000 bootstrap resamples of the estimate on all cores, and the array forms of the weighted CSI and
 * NPS.
 *
 * <p>Data sets are simulated once from a fixed seed (an ECSI structure with loadings 0.7-0.9, answers on 1-10)
 * and cycled, so nothing constant-folds. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar SatisfactionBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SatisfactionBenchmark {

  private static final int DATA_SETS = 8;
  private static final int RESPONDENTS = 250;
  private static final int SIZE = 1024;
  private static final int[] BLOCK_SIZES = {5, 3, 7, 2, 3, 1, 3};
  private static final String[] BLOCKS = {CsiModels.IMAGE, CsiModels.EXPECTATIONS, CsiModels.QUALITY,
      CsiModels.VALUE, CsiModels.SATISFACTION, CsiModels.COMPLAINTS, CsiModels.LOYALTY};

  private final PlsPathModeling pls = PlsPathModeling.withDefaults();
  private final Ipma ipma = Ipma.withDefaults();
  private PathModel model;
  private List<String> columns;
  private double[][][] dataSets;
  private Survey[] surveys;
  private final boolean[] halves = new boolean[RESPONDENTS];
  private final double[] weights250 = new double[RESPONDENTS];
  private double[][] answers;
  private double[][] npsAnswers;
  private final double[] min = {1, 1, 1, 1, 1, 1, 1, 1};
  private final double[] max = {5, 5, 5, 5, 10, 10, 10, 10};
  private final double[] weights = {0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1};
  private int next;

  /** Simulates the data sets and answer arrays from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2026);
    Map<String, List<String>> items = new LinkedHashMap<>();
    columns = new ArrayList<>();
    for (int b = 0; b < BLOCKS.length; b++) {
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= BLOCK_SIZES[b]; i++) {
        names.add(BLOCKS[b] + i);
      }
      items.put(BLOCKS[b], names);
      columns.addAll(names);
    }
    model = CsiModels.ecsi(items);
    dataSets = new double[DATA_SETS][][];
    for (int d = 0; d < DATA_SETS; d++) {
      dataSets[d] = simulate(random);
    }
    for (int t = 0; t < RESPONDENTS; t++) {
      halves[t] = t < RESPONDENTS / 2;
      weights250[t] = 1 + t % 3;
    }
    surveys = new Survey[DATA_SETS];
    for (int d = 0; d < DATA_SETS; d++) {
      surveys[d] = survey(dataSets[d]);
    }
    answers = new double[SIZE][min.length];
    npsAnswers = new double[SIZE][20];
    for (int r = 0; r < SIZE; r++) {
      for (int i = 0; i < min.length; i++) {
        answers[r][i] = min[i] + random.nextInt((int) (max[i] - min[i]) + 1);
      }
      for (int i = 0; i < 20; i++) {
        npsAnswers[r][i] = random.nextInt(11);
      }
    }
  }

  /** Latent variables in ECSI order with paths 0.5 along the structure; items = round(5.5 + 2 * (l LV + e)). */
  private double[][] simulate(SplittableRandom random) {
    double[][] rows = new double[RESPONDENTS][columns.size()];
    for (int t = 0; t < RESPONDENTS; t++) {
      double image = gaussian(random);
      double expectations = 0.5 * image + 0.87 * gaussian(random);
      double quality = 0.6 * expectations + 0.8 * gaussian(random);
      double value = 0.3 * expectations + 0.4 * quality + 0.8 * gaussian(random);
      double satisfaction = 0.2 * image + 0.1 * expectations + 0.3 * quality + 0.3 * value + 0.6 * gaussian(random);
      double complaints = 0.5 * satisfaction + 0.87 * gaussian(random);
      double loyalty = 0.2 * image + 0.5 * satisfaction + 0.1 * complaints + 0.7 * gaussian(random);
      double[] lv = {image, expectations, quality, value, satisfaction, complaints, loyalty};
      int c = 0;
      for (int b = 0; b < BLOCKS.length; b++) {
        for (int i = 0; i < BLOCK_SIZES[b]; i++) {
          double loading = 0.7 + 0.1 * (i % 3);
          double x = 5.5 + 2 * (loading * lv[b] + Math.sqrt(1 - loading * loading) * gaussian(random));
          rows[t][c++] = Math.max(1, Math.min(10, Math.rint(x)));
        }
      }
    }
    return rows;
  }

  /** The same answers as a survey of 1-10 items, for the calculators that need the declared scales. */
  private Survey survey(double[][] rows) {
    Survey.Builder survey = Survey.builder();
    columns.forEach(c -> survey.addItems(SurveyItem.of(c, 1, 10)));
    for (int t = 0; t < rows.length; t++) {
      SurveyResponse.Builder response = SurveyResponse.builder()
          .customer(CustomerId.of("R-" + t)).date(LocalDate.of(2026, 1, 1));
      for (int i = 0; i < columns.size(); i++) {
        response.putAnswers(columns.get(i), rows[t][i]);
      }
      survey.addResponses(response.build());
    }
    return survey.build();
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private int nextIndex(int size) {
    next = (next + 1) % size;
    return next;
  }

  /**
   * One full estimation of the ECSI model: validation, iterations, and the result with scores.
   *
   * @return the estimate
   */
  @Benchmark
  public PlsEstimate estimateEcsi() {
    return pls.estimate(model, columns, dataSets[nextIndex(DATA_SETS)]);
  }

  /**
   * The importance-performance map of Loyalty in the ECSI model, from a survey: estimation, rescaling, total
   * effects, construct and item points.
   *
   * @return the map
   */
  @Benchmark
  public ImportancePerformance ipmaLoyalty() {
    return ipma.analyze(model, CsiModels.LOYALTY, surveys[nextIndex(DATA_SETS)]);
  }

  /**
   * 1,000 bootstrap resamples of the ECSI model, on all cores.
   *
   * @return the bootstrap figures
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public BootstrapResult bootstrap1000() {
    int d = nextIndex(DATA_SETS);
    return PlsBootstrap.of(pls, 1000, d).run(model, columns, dataSets[d]);
  }

  /**
   * The quality criteria of the ECSI model (rho_A, HTMT, Fornell-Larcker, cross-loadings, VIFs, f2, verdicts) with
   * 1,000 bootstrap resamples of HTMT, on all cores.
   *
   * @return the assessment
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public MeasurementQuality qualityHtmtBootstrap1000() {
    int d = nextIndex(DATA_SETS);
    return PlsQuality.withDefaults().withBootstrap(1000, d).assess(model, columns, dataSets[d]);
  }

  /**
   * The review bundle: the quality criteria with 1,000 HTMT bootstrap resamples, the consistent PLS
   * estimate, and 1,000 bootstrap resamples of consistent PLS, on all cores.
   *
   * @return the three results
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public Object[] htmtAndPlscBootstrap1000() {
    int d = nextIndex(DATA_SETS);
    return new Object[] {
        PlsQuality.withDefaults().withBootstrap(1000, d).assess(model, columns, dataSets[d]),
        Plsc.withDefaults().estimate(model, columns, dataSets[d]),
        PlsBootstrap.of(pls, 1000, d).withConsistent(true).run(model, columns, dataSets[d])};
  }

  /**
   * PLSpredict with 10 folds x 10 repetitions (100 estimations and linear benchmarks) plus blindfolding with
   * omission distance 7 (42 estimations), on all cores.
   *
   * @return the assessment
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public PredictionAssessment predict10x10() {
    int d = nextIndex(DATA_SETS);
    return PlsPredict.withDefaults().withFolds(10, 10, d).assess(model, columns, dataSets[d]);
  }

  /**
   * A permutation multi-group comparison: 1,000 permutations (each re-estimating both groups, with MICOM) and the
   * fewest bootstrap resamples (1), first 125 respondents against the last 125, on all cores.
   *
   * @return the comparison
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public GroupComparison permutationMga1000() {
    int d = nextIndex(DATA_SETS);
    return PlsGroupComparison.withDefaults().withDraws(1000, 1, d)
        .compare(model, columns, dataSets[d], halves, "first", "second");
  }

  /**
   * One weighted estimation of the ECSI model (respondent weights 1 to 3).
   *
   * @return the estimate
   */
  @Benchmark
  public PlsEstimate estimateEcsiWeighted() {
    return pls.estimate(model, columns, dataSets[nextIndex(DATA_SETS)], weights250);
  }

  /**
   * The whole summary report: estimate, 1,000 bootstrap resamples, quality with 1,000 HTMT resamples, PLSc, and
   * PLSpredict 10 folds x 10 repetitions with blindfolding, on all cores.
   *
   * @return the report
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public PlsSummary summaryReport() {
    int d = nextIndex(DATA_SETS);
    return PlsReport.withDefaults().withResampling(1000, 10, 10, d).summary(model, columns, dataSets[d]);
  }

  /**
   * 1,000 bootstrap resamples on the calling thread only (used by {@link SatisfactionCpuTime}).
   *
   * @return the bootstrap figures
   */
  public BootstrapResult bootstrap1000Serial() {
    int d = nextIndex(DATA_SETS);
    return PlsBootstrap.of(pls, 1000, d).withParallel(false).run(model, columns, dataSets[d]);
  }

  /**
   * The weighted CSI of one respondent from primitive arrays.
   *
   * @return the CSI
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public double weightedCsiArray() {
    return WeightedCsi.score(answers[nextIndex(SIZE)], min, max, weights);
  }

  /**
   * The NPS of 20 answers from a primitive array.
   *
   * @return the NPS
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public double npsArray() {
    return Nps.score(npsAnswers[nextIndex(SIZE)]);
  }
}
