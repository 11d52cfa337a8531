package io.github.logicrm.benchmarks;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import io.github.logicrm.metrics.retention.ChurnWarning;
import io.github.logicrm.metrics.service.ServiceStats;
import io.github.logicrm.metrics.service.SevenRScorer;
import io.github.logicrm.metrics.service.ShipmentTable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The service hot paths a TMS runs on every delivered shipment: 7R scoring of one row of a columnar
 * {@link ShipmentTable}, and the incremental update of that customer's {@link ServiceStats}. The target is
 * at least 20 million shipments per second per core (at most 50 ns per operation) with no allocation.
 *
 * <p>The table (4,096 shipments of 1 to 4 lines, 256 customers, every right failing now and then) is made once
 * from a fixed seed and its rows are cycled, so nothing constant-folds. {@code scoreShipment} and
 * {@code updateCustomer} take one row per call; {@code scoreTable} and {@code updateTable} run the whole table per
 * call (the columnar batch form) and report per shipment, and also print the thread's CPU time per shipment after
 * each iteration, which on a shared machine is the per-core figure. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar ServiceBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ServiceBenchmark {

  private static final int SIZE = 4096;
  private static final int CUSTOMERS = 256;

  private final SevenRScorer scorer = SevenRScorer.withDefaults();
  private ShipmentTable table;
  private ServiceStats[] stats;
  private final ChurnWarning warning = ChurnWarning.withDefaults();
  private double[] baseline;
  private double[] recent;
  private double[] pAlive;
  private int[] complaints;
  private double[] resolutionHours;
  private double[] outstanding;
  private double[] overdue;
  private double[] failureRate;
  private int[] recentShipments;
  private double[] sinceDays;
  private double[] intervalDays;
  private int next;

  /** Makes the shipments from a fixed seed and lays them out in a table. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    List<Shipment> shipments = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      Instant start = base.plus(Duration.ofMinutes(r.nextInt(500_000)));
      Shipment.Builder b = Shipment.builder()
          .orderId("SO-" + i)
          .customerId(CustomerId.of("C-" + r.nextInt(CUSTOMERS)))
          .requestedWindow(TimeWindow.of(start, start.plus(Duration.ofHours(2))))
          .committedWindow(TimeWindow.of(start, start.plus(Duration.ofHours(3))))
          .shippedAt(start.minus(Duration.ofHours(8)))
          .deliveredAt(start.plus(Duration.ofMinutes(r.nextInt(-60, 220))))
          .deliveredToAgreedLocation(r.nextInt(50) != 0)
          .quotedPrice(500)
          .invoicedPrice(r.nextInt(20) == 0 ? 520 : 500)
          .contractTermsMet(r.nextInt(40) != 0)
          .documentsComplete(r.nextInt(30) != 0)
          .trackingComplete(r.nextInt(20) != 0);
      int lines = 1 + r.nextInt(4);
      for (int l = 0; l < lines; l++) {
        int ordered = 1 + r.nextInt(50);
        int delivered = r.nextInt(12) == 0 ? ordered - 1 : ordered;
        b.addLines(ShipmentLine.builder().item("SKU-" + l).orderedQuantity(ordered).deliveredQuantity(delivered)
            .damagedQuantity(r.nextInt(40) == 0 ? Math.min(1, delivered) : 0).build());
      }
      shipments.add(b.build());
    }
    table = ShipmentTable.of(shipments);
    baseline = new double[SIZE];
    recent = new double[SIZE];
    pAlive = new double[SIZE];
    complaints = new int[SIZE];
    resolutionHours = new double[SIZE];
    outstanding = new double[SIZE];
    overdue = new double[SIZE];
    failureRate = new double[SIZE];
    recentShipments = new int[SIZE];
    sinceDays = new double[SIZE];
    intervalDays = new double[SIZE];
    for (int i = 0; i < SIZE; i++) {
      baseline[i] = r.nextInt(10) == 0 ? 0 : 1 + 20 * r.nextDouble();
      recent[i] = 20 * r.nextDouble();
      pAlive[i] = r.nextBoolean() ? r.nextDouble() : Double.NaN;
      complaints[i] = r.nextInt(6);
      resolutionHours[i] = complaints[i] > 0 ? 100 * r.nextDouble() : Double.NaN;
      outstanding[i] = 1e5 * r.nextDouble();
      overdue[i] = outstanding[i] * r.nextDouble() * r.nextDouble();
      failureRate[i] = r.nextDouble() * 0.4;
      recentShipments[i] = r.nextInt(60);
      intervalDays[i] = r.nextInt(4) == 0 ? Double.NaN : 1 + 30 * r.nextDouble();
      sinceDays[i] = Double.isNaN(intervalDays[i]) ? Double.NaN : 90 * r.nextDouble();
    }
    stats = new ServiceStats[table.customerIds().size()];
    for (int c = 0; c < stats.length; c++) {
      stats[c] = scorer.create();
    }
  }

  private int nextRow() {
    next = (next + 1) & (SIZE - 1);
    return next;
  }

  /**
   * The benchmark thread's CPU time over an iteration, printed per operation when the iteration ends. On a machine
   * shared with other work the wall-clock score counts the time the thread waited for a core; CPU time does not.
   */
  @State(Scope.Thread)
  public static class CpuClock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long start;
    long operations;

    /** Starts the clock. */
    @Setup(Level.Iteration)
    public void start() {
      operations = 0;
      start = threads.getCurrentThreadCpuTime();
    }

    /** Prints the CPU time per operation of the iteration. */
    @TearDown(Level.Iteration)
    public void stop() {
      double perOp = (threads.getCurrentThreadCpuTime() - start) / (double) operations;
      System.out.printf(Locale.ROOT, "  [cpu %.2f ns/op over %d ops]%n", perOp, operations);
    }
  }

  /**
   * Scores every shipment of the table on the 7R, as a batch; reports time per shipment.
   *
   * @param clock counts the shipments for the CPU-time report
   * @return a sum of the masks, so nothing is dead code
   */
  @Benchmark
  @OperationsPerInvocation(SIZE)
  public int scoreTable(CpuClock clock) {
    int sum = 0;
    for (int row = 0; row < SIZE; row++) {
      sum += scorer.passMask(table, row);
    }
    clock.operations += SIZE;
    return sum;
  }

  /**
   * Adds every shipment of the table to its customer's statistics, as a batch; reports time per shipment.
   *
   * @param clock counts the shipments for the CPU-time report
   * @return the statistics array
   */
  @Benchmark
  @OperationsPerInvocation(SIZE)
  public ServiceStats[] updateTable(CpuClock clock) {
    scorer.addAll(table, stats);
    clock.operations += SIZE;
    return stats;
  }

  /**
   * Scores one customer's churn risk from primitives (the allocation-free form for books held in arrays).
   *
   * @return the risk score
   */
  @Benchmark
  public double churnScore() {
    int i = nextRow();
    return warning.score(baseline[i], recent[i], recentShipments[i], pAlive[i], complaints[i], resolutionHours[i],
        outstanding[i], overdue[i], failureRate[i], sinceDays[i], intervalDays[i]);
  }

  /**
   * Scores one shipment on the 7R.
   *
   * @param clock counts the shipments for the CPU-time report
   * @return the pass mask
   */
  @Benchmark
  public int scoreShipment(CpuClock clock) {
    clock.operations++;
    return scorer.passMask(table, nextRow());
  }

  /**
   * Scores one shipment and adds it to its customer's running statistics.
   *
   * @param clock counts the shipments for the CPU-time report
   * @return the customer's statistics
   */
  @Benchmark
  public ServiceStats updateCustomer(CpuClock clock) {
    clock.operations++;
    int row = nextRow();
    return stats[table.customerIndex(row)].add(table, row);
  }
}
