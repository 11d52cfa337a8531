package io.github.logicrm.benchmarks;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.RecordStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * A cross-check of {@link ShipmentReadBenchmark} on a machine shared with other work: the same file, read in
 * rounds timed in CPU time rather than wall time, so time spent waiting for a core is not counted. Each round
 * prints lines per second per core twice: by the reading thread's CPU time, and by the whole process's (which
 * adds the garbage collector and the JIT compiler), and the bytes allocated per line.
 *
 * <p>Run with {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * io.github.logicrm.benchmarks.ShipmentReadCpuTime 10} (the argument is the number of rounds); a second argument
 * {@code book} reads into the Customer 360 pipeline's summaries, as {@code ShipmentReadBenchmark.readIntoBook}
 * does, instead of only counting the lines.
 */
public final class ShipmentReadCpuTime {

  private ShipmentReadCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of rounds (default 10), then optionally {@code book}
   * @throws IOException when the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    boolean intoBook = args.length > 1 && args[1].equals("book");
    ShipmentReadBenchmark state = new ShipmentReadBenchmark();
    state.setUp();
    try {
      com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      com.sun.management.OperatingSystemMXBean process =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long id = Thread.currentThread().getId();
      for (int round = 1; round <= rounds; round++) {
        long bytes = thread.getThreadAllocatedBytes(id);
        long threadCpu = thread.getCurrentThreadCpuTime();
        long processCpu = process.getProcessCpuTime();
        long lines = intoBook ? readIntoBook(state) : read(state);
        threadCpu = thread.getCurrentThreadCpuTime() - threadCpu;
        processCpu = process.getProcessCpuTime() - processCpu;
        bytes = thread.getThreadAllocatedBytes(id) - bytes;
        System.out.printf("round %2d: %,.0f lines/s per core (thread CPU), %,.0f (process CPU), %,.0f B/line%n",
            round, lines * 1e9 / threadCpu, lines * 1e9 / processCpu, bytes / (double) lines);
      }
    } finally {
      state.tearDown();
    }
  }

  private static long readIntoBook(ShipmentReadBenchmark state) throws IOException {
    state.readIntoBook();
    return state.lines();
  }

  private static long read(ShipmentReadBenchmark state) throws IOException {
    long lines = 0;
    try (RecordStream<OrderRecord> orders = state.reader().open(state.file())) {
      for (OrderRecord order : orders) {
        lines += order.shipment().lines().size();
      }
    }
    return lines;
  }
}
