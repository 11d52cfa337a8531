package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.RenewalCohort;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.metrics.clv.BgNbd;
import io.github.logicrm.metrics.clv.ParetoNbd;
import io.github.logicrm.metrics.clv.PurchaseHorizons;
import io.github.logicrm.metrics.clv.ShiftedBetaGeometric;
import java.util.Arrays;
import java.util.List;
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
 * Horizons and contract renewals: DERT for a book of 100,000 customers under Pareto/NBD (closed form with the
 * confluent hypergeometric function) and for 1,000 of them under BG/NBD (quadrature of the discounted
 * conditional expectation, about 75 evaluations of E[Y(t)] per customer), the
 * shifted-beta-geometric fit of Fader and Hardie's two cohorts, and one DERL. The book is made from a fixed
 * seed (weekly data, ages up to 52 weeks). Run with
 * {@code java -jar benchmarks/target/benchmarks.jar HorizonsBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HorizonsBenchmark {

  private static final int BOOK = 100_000;
  private static final int SLICE = 1_000;

  private final PurchaseHorizons pareto =
      PurchaseHorizons.of(ParetoNbd.of(0.55315, 10.57633, 0.60625, 11.67150), 52, 0.15);
  private final PurchaseHorizons bgNbd =
      PurchaseHorizons.of(BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881), 52, 0.15);
  private final List<RenewalCohort> cohorts = List.of(
      RenewalCohort.of(1000, 631, 468, 382, 326, 289, 262, 241),
      RenewalCohort.of(1000, 869, 743, 653, 593, 551, 517, 491));
  private final ShiftedBetaGeometric renewals = ShiftedBetaGeometric.of(0.704, 1.182);
  private int[] x;
  private double[] tx;
  private double[] age;
  private double[] out;
  private int[] sliceX;
  private double[] sliceTx;
  private double[] sliceAge;
  private double[] sliceOut;
  private int next;

  /** Makes the book from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20050101);
    x = new int[BOOK];
    tx = new double[BOOK];
    age = new double[BOOK];
    out = new double[BOOK];
    for (int i = 0; i < BOOK; i++) {
      age[i] = 1 + 51 * random.nextDouble();
      x[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 30);
      tx[i] = x[i] == 0 ? 0 : age[i] * random.nextDouble();
    }
    sliceX = Arrays.copyOf(x, SLICE);
    sliceTx = Arrays.copyOf(tx, SLICE);
    sliceAge = Arrays.copyOf(age, SLICE);
    sliceOut = new double[SLICE];
  }

  /**
   * DERT of the book under Pareto/NBD.
   *
   * @return the output array
   */
  @Benchmark
  public double[] paretoDertBook() {
    pareto.discountedResidualTransactions(x, tx, age, out);
    return out;
  }

  /**
   * DERT of the first 1,000 customers under BG/NBD.
   *
   * @return the output array
   */
  @Benchmark
  public double[] bgNbdDertThousand() {
    bgNbd.discountedResidualTransactions(sliceX, sliceTx, sliceAge, sliceOut);
    return sliceOut;
  }

  /**
   * Fits the shifted-beta-geometric model to the paper's two cohorts.
   *
   * @return the fit
   */
  @Benchmark
  public RenewalModelFit renewalFit() {
    return ShiftedBetaGeometric.fit(cohorts);
  }

  /**
   * One DERL at 10%, cycling through renewals 0 to 15.
   *
   * @return DERL
   */
  @Benchmark
  public double derl() {
    next = (next + 1) & 15;
    return renewals.discountedResidualLifetime(0.10, next);
  }
}
