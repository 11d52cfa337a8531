package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.metrics.clv.BgNbd;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The probabilistic lifetime-value hot paths: fitting BG/NBD and Pareto/NBD on CDNOW (2,357 customers) and
 * Gamma-Gamma on its 946 repeat buyers, scoring P(alive) and expected purchases for 1,000,000 customers in
 * batch (one thread, and both cores), and summarizing the 69,659-row CDNOW master log.
 *
 * <p>The CDNOW files are read from {@code <logicrm.shared.dir>/data/cdnow} (default {@code ../shared}, i.e. run
 * from the repository root); setup fails with a message naming the path when they are absent. The book to
 * score is made from a fixed seed. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar PurchaseModelBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PurchaseModelBenchmark {

  private static final int BOOK = 1_000_000;

  private final PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
  private final BgNbd model = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
  private PurchaseData cdnow;
  private PurchaseData cdnowSpend;
  private int[] x;
  private double[] tx;
  private double[] age;
  private double[] alive;
  private double[] expected;
  private String[] logIds;
  private LocalDate[] logDates;
  private double[] logAmounts;

  /**
   * Reads CDNOW and makes the book to score.
   *
   * @throws IOException if the CDNOW files cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    cdnow = Cdnow.summary();
    cdnowSpend = Cdnow.summaryWithSpend();
    List<String> log = Files.readAllLines(Cdnow.file("CDNOW_master.txt"));
    int m = log.size() - 1;
    logIds = new String[m];
    logDates = new LocalDate[m];
    logAmounts = new double[m];
    for (int i = 0; i < m; i++) {
      String[] f = log.get(i + 1).trim().split("\\s+");
      logIds[i] = f[0];
      logDates[i] = LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE);
      logAmounts[i] = Double.parseDouble(f[3]);
    }

    x = new int[BOOK];
    tx = new double[BOOK];
    age = new double[BOOK];
    alive = new double[BOOK];
    expected = new double[BOOK];
    Cdnow.drawBook(x, tx, age, 42);
  }

  /**
   * Fits BG/NBD to CDNOW, standard errors included.
   *
   * @return the fit
   */
  @Benchmark
  public PurchaseModelFit fitBgNbd() {
    return fitter.fitBgNbd(cdnow);
  }

  /**
   * Fits Pareto/NBD to CDNOW, standard errors included.
   *
   * @return the fit
   */
  @Benchmark
  public PurchaseModelFit fitParetoNbd() {
    return fitter.fitParetoNbd(cdnow);
  }

  /**
   * Scores P(alive) and E[Y(39) | x, t_x, T] for 1,000,000 customers into preallocated columns.
   *
   * @param sink receives the outputs
   */
  @Benchmark
  public void scoreMillion(Blackhole sink) {
    model.score(39, x, tx, age, alive, expected);
    sink.consume(alive);
    sink.consume(expected);
  }

  /**
   * Fits Gamma-Gamma to the 946 repeat buyers of CDNOW, standard errors included.
   *
   * @return the fit
   */
  @Benchmark
  public PurchaseModelFit fitGammaGamma() {
    return fitter.fitGammaGamma(cdnowSpend);
  }

  /**
   * Scores the book of {@link #scoreMillion} on the calling thread and the common ForkJoinPool (on two cores:
   * both cores).
   *
   * @param sink receives the outputs
   */
  @Benchmark
  public void scoreMillionParallel(Blackhole sink) {
    model.score(39, x, tx, age, alive, expected, ForkJoinPool.commonPool());
    sink.consume(alive);
    sink.consume(expected);
  }

  /**
   * Summarizes the CDNOW master log (69,659 rows, pre-parsed) in weeks, to 1997-09-30 with a holdout to
   * 1998-06-30.
   *
   * @return the columnar summaries
   */
  @Benchmark
  public PurchaseData summarizeMasterLog() {
    PurchaseLogSummarizer.Accumulator acc = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS,
        LocalDate.of(1997, 9, 30)).withHoldoutEnd(LocalDate.of(1998, 6, 30)).create();
    for (int i = 0; i < logIds.length; i++) {
      acc.add(logIds[i], logDates[i], logAmounts[i]);
    }
    return acc.data();
  }
}
