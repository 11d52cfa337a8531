package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.metrics.clv.DeltaMethodIntervals;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModelBootstrap;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.io.IOException;
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
 * The uncertainty of lifetime-value predictions: a 1,000-resample bootstrap of the BG/NBD fit on CDNOW (2,357
 * customers) on 2 threads, and delta-method intervals of P(alive) and E[Y(39)] for 1,000,000 customers on one
 * thread.
 *
 * <p>CDNOW is read from {@code <logicrm.shared.dir>/data/cdnow} (default {@code ../shared}, i.e. run from the
 * repository root); the book of a million is made from a fixed seed, as in {@code PurchaseModelBenchmark}. Run
 * with {@code java -jar benchmarks/target/benchmarks.jar ClvUncertaintyBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClvUncertaintyBenchmark {

  private static final int BOOK = 1_000_000;

  private PurchaseData cdnow;
  private PurchaseModelFit fit;
  private DeltaMethodIntervals delta;
  private int[] x;
  private double[] tx;
  private double[] age;
  private double[] aliveLower;
  private double[] aliveUpper;
  private double[] expectedLower;
  private double[] expectedUpper;
  private long seed;

  /**
   * Reads CDNOW, fits BG/NBD with its covariance and makes the book.
   *
   * @throws IOException if the CDNOW file cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    cdnow = Cdnow.summary();
    PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
    fit = fitter.fitBgNbd(cdnow);
    delta = DeltaMethodIntervals.of(fit, fitter.covariance(fit, cdnow));

    x = new int[BOOK];
    tx = new double[BOOK];
    age = new double[BOOK];
    aliveLower = new double[BOOK];
    aliveUpper = new double[BOOK];
    expectedLower = new double[BOOK];
    expectedUpper = new double[BOOK];
    Cdnow.drawBook(x, tx, age, 42);
  }

  /**
   * Bootstraps the BG/NBD fit on CDNOW: 1,000 resamples of the 2,357 customers, refitted on 2 threads; a new
   * seed each call.
   *
   * @return the refits
   */
  @Benchmark
  public BootstrapFits bootstrapThousandTwoThreads() {
    return PurchaseModelBootstrap.of(1000, seed++).withThreads(2).fit(fit, cdnow);
  }

  /**
   * Delta-method 95% intervals of P(alive) and E[Y(39) | x, t_x, T] for 1,000,000 customers, one thread, into
   * preallocated columns.
   *
   * @param sink receives the outputs
   */
  @Benchmark
  public void deltaIntervalsMillion(Blackhole sink) {
    delta.score(39, x, tx, age, aliveLower, aliveUpper, expectedLower, expectedUpper);
    sink.consume(aliveLower);
    sink.consume(expectedUpper);
  }
}
