package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.metrics.clv.BgNbd;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
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
 * The lifetime-value workloads of issue #16 beside {@link PurchaseModelBenchmark}: the Gamma-Gamma fit on the
 * 946 repeat buyers of CDNOW, and P(alive) + E[Y(39)] for the same 1,000,000-customer book as
 * {@code PurchaseModelBenchmark.scoreMillion} (same seed), scored on the calling thread and the common
 * ForkJoinPool (on two cores: both).
 *
 * <p>The CDNOW file is read from {@code <logicrm.shared.dir>/data/cdnow} (default {@code ../shared}, i.e. run
 * from the repository root). Run with
 * {@code java -jar benchmarks/target/benchmarks.jar LifetimeValueSpeedBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LifetimeValueSpeedBenchmark {

  private static final int BOOK = 1_000_000;

  private final PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
  private final BgNbd model = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
  private PurchaseData cdnowSpend;
  private int[] x;
  private double[] tx;
  private double[] age;
  private double[] alive;
  private double[] expected;

  /**
   * Reads CDNOW with the mean repeat spend and makes the book to score.
   *
   * @throws IOException if the CDNOW file cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "cdnow",
        "cdnow_customers_summary_with_transactions.csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("CDNOW data not found: " + file.toAbsolutePath()
          + "; run from the repository root or set -Dlogicrm.shared.dir");
    }
    List<String> rows = Files.readAllLines(file);
    int n = rows.size() - 1;
    int[] cx = new int[n];
    double[] ctx = new double[n];
    double[] ct = new double[n];
    double[] spend = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(i + 1).split(",");
      cx[i] = Integer.parseInt(f[1]);
      ctx[i] = Double.parseDouble(f[2]);
      ct[i] = Double.parseDouble(f[3]);
      spend[i] = Double.parseDouble(f[4]);
    }
    cdnowSpend = PurchaseData.of(cx, ctx, ct).withMeanSpend(spend);

    // the book of PurchaseModelBenchmark.scoreMillion, same seed and draws
    SplittableRandom random = new SplittableRandom(42);
    x = new int[BOOK];
    tx = new double[BOOK];
    age = new double[BOOK];
    alive = new double[BOOK];
    expected = new double[BOOK];
    for (int i = 0; i < BOOK; i++) {
      age[i] = 26 + 26 * random.nextDouble();
      x[i] = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(3);
      tx[i] = x[i] == 0 ? 0 : age[i] * random.nextDouble();
    }
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
   * Scores P(alive) and E[Y(39) | x, t_x, T] for 1,000,000 customers on the calling thread and the common
   * ForkJoinPool, into preallocated columns.
   *
   * @param sink receives the outputs
   */
  @Benchmark
  public void scoreMillionParallel(Blackhole sink) {
    model.score(39, x, tx, age, alive, expected, ForkJoinPool.commonPool());
    sink.consume(alive);
    sink.consume(expected);
  }
}
