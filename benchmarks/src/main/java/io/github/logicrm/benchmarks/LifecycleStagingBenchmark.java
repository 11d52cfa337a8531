package io.github.logicrm.benchmarks;

import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.metrics.lifecycle.LifecycleClassifier;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lifecycle staging of a whole book: 1,000,000 customers with 36 monthly periods each, stored row by row,
 * classified with the default thresholds into a caller's array (target: under 1 s on a 2-core machine).
 *
 * <p>Two books of made-up histories are made once from a fixed seed and used in turn, so nothing
 * constant-folds. {@code MIXED} books have late starts, growth, decline, churn and noise; in {@code ACTIVE}
 * books every customer started in the first year and still orders, the costliest case (the trend window of
 * every customer is measured). {@code stageBookTwoThreads} splits the book in two row ranges classified on
 * two threads, as a caller with two cores would. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar LifecycleStagingBenchmark -prof gc} (about 1.2 GB heap).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LifecycleStagingBenchmark {

  private static final int PERIODS = 36;

  /** Customers per book. */
  @Param("1000000")
  public int customers;

  /** Shape of the histories: {@code MIXED} or {@code ACTIVE}. */
  @Param({"MIXED", "ACTIVE"})
  public String shape;

  private final LifecycleClassifier classifier = LifecycleClassifier.withDefaults();
  private double[][] books;
  private LifecycleStage[] stages;
  private int next;
  private ExecutorService pool;

  /** Makes the books from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    books = new double[2][customers * PERIODS];
    for (double[] book : books) {
      for (int i = 0; i < customers; i++) {
        fill(random, book, i * PERIODS, shape.equals("ACTIVE"));
      }
    }
    stages = new LifecycleStage[customers];
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the threads of the two-thread benchmark. */
  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  private static void fill(SplittableRandom random, double[] book, int offset, boolean active) {
    int start = active ? random.nextInt(12) : random.nextInt(PERIODS);
    int end = !active && random.nextInt(4) == 0 ? start + 1 + random.nextInt(PERIODS - start) : PERIODS;
    double level = 10 + random.nextDouble(1000);
    double growth = random.nextDouble(-0.08, 0.08);
    double noise = random.nextDouble(0.4);
    double trend = level;
    for (int t = start; t < end; t++) {
      book[offset + t] = Math.max(0, Math.rint(trend * (1 + noise * (random.nextDouble() - 0.5))));
      trend *= 1 + growth;
    }
    book[offset + start] = Math.max(1, book[offset + start]);
  }

  /**
   * Stages every customer of the next book.
   *
   * @return the stages (the same array each time, filled anew)
   */
  @Benchmark
  public LifecycleStage[] stageBook() {
    next ^= 1;
    classifier.classify(books[next], PERIODS, stages);
    return stages;
  }

  /**
   * Stages every customer of the next book, half the rows on each of two threads.
   *
   * @return the stages (the same array each time, filled anew)
   * @throws InterruptedException if interrupted while waiting
   * @throws ExecutionException never for these inputs
   */
  @Benchmark
  public LifecycleStage[] stageBookTwoThreads() throws InterruptedException, ExecutionException {
    next ^= 1;
    double[] book = books[next];
    int half = customers / 2;
    Future<?> first = pool.submit(() -> classifier.classify(book, PERIODS, stages, 0, half));
    Future<?> second = pool.submit(() -> classifier.classify(book, PERIODS, stages, half, customers));
    first.get();
    second.get();
    return stages;
  }
}
