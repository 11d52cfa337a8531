package io.github.logicrm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A companion to {@link SatisfactionBenchmark} for a machine shared with other work: measures the CPU time the
 * benchmark thread itself spends per operation (ThreadMXBean), which waiting for a core does not inflate, unlike
 * JMH's wall-clock times. The bootstrap runs serially here, so its CPU time divided by the number of cores is its
 * duration on that many otherwise idle cores. Not a replacement for JMH: no forking, a fixed warm-up.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar io.github.logicrm.benchmarks.SatisfactionCpuTime}.
 */
public final class SatisfactionCpuTime {

  private SatisfactionCpuTime() {}

  /**
   * Prints the CPU time per ECSI estimation and per 1,000 serial bootstrap resamples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SatisfactionBenchmark benchmark = new SatisfactionBenchmark();
    benchmark.setUp();
    Object sink = null;
    for (int round = 0; round < 5; round++) {
      int ops = 20_000;
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < ops; i++) {
        sink = benchmark.estimateEcsi();
      }
      double estimate = (threads.getCurrentThreadCpuTime() - start) / 1e3 / ops;
      start = threads.getCurrentThreadCpuTime();
      int boots = 5;
      for (int i = 0; i < boots; i++) {
        sink = benchmark.bootstrap1000Serial();
      }
      double bootstrap = (threads.getCurrentThreadCpuTime() - start) / 1e6 / boots;
      System.out.printf("round %d: estimateEcsi %.1f us CPU/op; bootstrap1000 serial %.1f ms CPU/op%n",
          round, estimate, bootstrap);
    }
    System.out.println(sink == null ? "" : "done");
  }
}
