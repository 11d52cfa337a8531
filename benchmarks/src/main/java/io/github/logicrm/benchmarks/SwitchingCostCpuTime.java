package io.github.logicrm.benchmarks;

import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostType;
import io.github.logicrm.metrics.switching.SwitchingCostIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A cross-check of {@link SwitchingCostIndexBenchmark} on a machine shared with other work: the same inputs,
 * timed in the thread's CPU time rather than wall time, so time the thread spends waiting for a core is not
 * counted. Reports customers per second per core for the batch of 1,000,000 and nanoseconds of CPU per
 * single-customer call, for each round after the JIT has warmed up.
 *
 * <p>Run with {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.github.logicrm.benchmarks.SwitchingCostCpuTime 3} (the argument is the number of items per facet).
 */
public final class SwitchingCostCpuTime {

  private SwitchingCostCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args items per facet (default 3)
   */
  public static void main(String[] args) {
    int perFacet = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<SwitchingCostItem> items = new ArrayList<>();
    for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
      for (int k = 0; k < perFacet; k++) {
        String id = facet.name() + "-" + k;
        items.add(k % 3 == 2 ? SwitchingCostItem.reversed(id, facet, 1, 5) : SwitchingCostItem.of(id, facet, 1, 5));
      }
    }
    SwitchingCostIndex index = SwitchingCostIndex.of(SwitchingCostQuestionnaire.of(items))
        .withFacetWeight(SwitchingCostFacet.SETUP, 2)
        .withTypeWeight(SwitchingCostType.FINANCIAL, 1.5);
    int book = 1_000_000;
    int n = items.size();
    SplittableRandom random = new SplittableRandom(20031);
    double[][] columns = new double[n][book];
    for (int c = 0; c < book; c++) {
      for (int i = 0; i < n; i++) {
        boolean skipped = i % perFacet == 1 && random.nextInt(20) == 0;
        columns[i][c] = skipped ? Double.NaN : 1 + random.nextInt(5);
      }
    }
    double[][] rows = new double[1024][n];
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < n; i++) {
        rows[r][i] = columns[i][r];
      }
    }
    double[] out = new double[book];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int calls = 10_000_000;
    for (int round = 1; round <= 8; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      index.indexAll(columns, out);
      long t1 = threads.getCurrentThreadCpuTime();
      double sink = 0;
      for (int k = 0; k < calls; k++) {
        sink += index.index(rows[k & 1023]);
      }
      long t2 = threads.getCurrentThreadCpuTime();
      System.out.printf("round %d, %d items per facet: batch %.1f ms CPU per 1,000,000 (%.1f million/s per core);"
          + " one customer %.1f ns CPU (checksum %.3f)%n", round, perFacet, (t1 - t0) / 1e6,
          book / ((t1 - t0) / 1e3), (t2 - t1) / (double) calls, sink / calls + out[round]);
    }
  }
}
