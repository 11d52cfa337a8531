package io.github.logicrm.benchmarks;

import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.segmentation.AbcAnalysis;
import io.github.logicrm.metrics.segmentation.RfmScoring;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * ABC tiering and RFM scoring of a whole book: 1,000,000 customers (ABC target: under 150 ms on a 2-core
 * machine).
 *
 * <p>Four books of log-normal values (with zeros and rounded ties, as revenue books have) are made once from
 * a fixed seed and used in turn, so nothing constant-folds. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar AbcTieringBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AbcTieringBenchmark {

  private static final int BOOKS = 4;

  /** Customers per book. */
  @Param("1000000")
  public int customers;

  private final AbcAnalysis abc = AbcAnalysis.withDefaults();
  private final RfmScoring rfm = RfmScoring.withDefaults();
  private double[][] values;
  private double[][] recency;
  private double[][] frequency;
  private ValueTier[] tiers;
  private int[] r;
  private int[] f;
  private int[] m;
  private double[] weighted;
  private int next;

  /** Makes the books from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    values = new double[BOOKS][customers];
    recency = new double[BOOKS][customers];
    frequency = new double[BOOKS][customers];
    for (int b = 0; b < BOOKS; b++) {
      for (int i = 0; i < customers; i++) {
        values[b][i] = random.nextInt(20) == 0 ? 0 : Math.rint(Math.exp(8 + 2 * random.nextGaussian()));
        recency[b][i] = Math.rint(random.nextDouble(365));
        frequency[b][i] = random.nextInt(40);
      }
    }
    tiers = new ValueTier[customers];
    r = new int[customers];
    f = new int[customers];
    m = new int[customers];
    weighted = new double[customers];
  }

  /**
   * Tiers every customer of the next book, 80/95% of value.
   *
   * @return the tiers (the same array each time, filled anew)
   */
  @Benchmark
  public ValueTier[] tierBook() {
    next = (next + 1) & (BOOKS - 1);
    abc.classify(values[next], tiers);
    return tiers;
  }

  /**
   * Scores every customer of the next book on recency, frequency and monetary value.
   *
   * @return the weighted scores (the same array each time, filled anew)
   */
  @Benchmark
  public double[] rfmBook() {
    next = (next + 1) & (BOOKS - 1);
    rfm.score(recency[next], frequency[next], values[next], r, f, m, weighted);
    return weighted;
  }
}
