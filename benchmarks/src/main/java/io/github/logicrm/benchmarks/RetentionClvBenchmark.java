package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.metrics.clv.RetentionClv;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Retention lifetime value of a book of 1,000,000 customers given as arrays (margin, retention rate,
 * acquisition cost), the columnar path a TMS calls nightly. One operation is one customer, so the score is the
 * time per customer and {@code gc.alloc.rate.norm} the allocation per customer.
 *
 * <p>Inputs are made once from a fixed seed; each invocation values the whole book into a reused output array,
 * whose checksum goes to a Blackhole. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar RetentionClvBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RetentionClvBenchmark {

  private static final int CUSTOMERS = 1_000_000;

  /** Horizon in years; 0 stands for the infinite horizon. */
  @Param({"0", "10"})
  public int years;

  private final DiscountRate rate = DiscountRate.yearly(0.1);
  private double[] margins;
  private double[] retentionRates;
  private double[] acquisitionCosts;
  private double[] out;
  private Horizon horizon;

  /** Makes the book from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    margins = new double[CUSTOMERS];
    retentionRates = new double[CUSTOMERS];
    acquisitionCosts = new double[CUSTOMERS];
    out = new double[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS; i++) {
      margins[i] = random.nextDouble(-1_000, 200_000);
      retentionRates[i] = random.nextDouble(0.3, 0.97);
      acquisitionCosts[i] = random.nextDouble(0, 20_000);
    }
    horizon = years == 0 ? Horizon.infinite() : Horizon.finite(years);
  }

  /**
   * Values the whole book.
   *
   * @param blackhole sink for a checksum of the output
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void batch(Blackhole blackhole) {
    RetentionClv.batch(margins, retentionRates, acquisitionCosts, CashFlowPeriod.YEAR, rate, horizon,
        TimingConvention.START_OF_PERIOD, out);
    blackhole.consume(out[(int) (System.nanoTime() & 0xFFFF)]);
  }
}
