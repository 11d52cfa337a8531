package io.github.logicrm.benchmarks;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.BadRows;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Shipment lines per second from a CSV file into a trivial sink: the whole read of a generated file of
 * {@value #LINES} lines (orders of 1 to 4 lines, 16 columns: the required ones plus committed window, cost,
 * complaints, consignee, lane and one unused column), its orders assembled and handed to a {@link Blackhole}.
 *
 * <p>The file is written once from a fixed seed to a temporary file and read from the page cache. The score is
 * lines per second ({@code @OperationsPerInvocation}); {@code gc.alloc.rate.norm} is bytes per line.
 * {@code readIntoBook} reads the same file into the Customer 360 pipeline's per-customer summaries. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar ShipmentReadBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ShipmentReadBenchmark {

  /** Lines in the file, about: the last order is completed. */
  static final int LINES = 1_000_000;

  private Path file;
  private long lines;
  private final Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), LocalDate.of(2027, 12, 31));
  private final ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).build();

  /**
   * Writes the file from a fixed seed and checks that it reads without rejections.
   *
   * @throws IOException when the file cannot be written or read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("shipments", ".csv");
    SplittableRandom random = new SplittableRandom(20261128);
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("customer_id,order_id,line_no,ordered_qty,delivered_qty,requested_start,requested_end,"
          + "committed_start,committed_end,shipped_at,delivered_at,revenue,cost,complaints,consignee_id,lane,"
          + "driver_note\n");
      for (int order = 0; lines < LINES; order++) {
        String customer = "C-" + random.nextInt(100_000);
        long requested = start + random.nextLong(3L * 365 * 86_400);
        String requestedStart = Instant.ofEpochSecond(requested).toString();
        String requestedEnd = Instant.ofEpochSecond(requested + 4 * 3600).toString();
        String committedEnd = Instant.ofEpochSecond(requested + 6 * 3600).toString();
        String shipped = Instant.ofEpochSecond(requested - random.nextInt(86_400)).toString();
        String delivered = Instant.ofEpochSecond(requested + random.nextInt(8 * 3600)).toString();
        String revenue = (50 + random.nextInt(500_000)) / 100.0 + "";
        String cost = (40 + random.nextInt(400_000)) / 100.0 + "";
        String consignee = "C-" + random.nextInt(100_000);
        String lane = "LANE-" + random.nextInt(40);
        int complaints = random.nextInt(50) == 0 ? 1 : 0;
        int lineCount = 1 + random.nextInt(4);
        for (int line = 1; line <= lineCount; line++, lines++) {
          int ordered = 1 + random.nextInt(100);
          int deliveredQty = random.nextInt(20) == 0 ? ordered - 1 : ordered;
          out.write(customer + ",SO-" + order + "," + line + "," + ordered + "," + deliveredQty + ","
              + requestedStart + "," + requestedEnd + "," + requestedStart + "," + committedEnd + "," + shipped
              + "," + delivered + "," + revenue + "," + cost + "," + complaints + "," + consignee + "," + lane
              + ",\n");
        }
      }
    }
    checkEveryLineIsAccepted();
  }

  /** Checks that every line of the file is accepted, so the benchmark measures the reading of good data. */
  private void checkEveryLineIsAccepted() throws IOException {
    try (RecordStream<OrderRecord> orders = reader.open(file)) {
      orders.forEach(order -> { });
      if (orders.report().rowsAccepted() != lines || orders.report().rowsRead() != lines) {
        throw new IllegalStateException("the generated file must be read without rejections: " + orders.report());
      }
    }
  }

  ShipmentReader reader() {
    return reader;
  }

  Path file() {
    return file;
  }

  long lines() {
    return lines;
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the whole file.
   *
   * @param sink where the orders go
   * @return the rows read, from the load report
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long readFile(Blackhole sink) throws IOException {
    try (RecordStream<OrderRecord> orders = reader.open(file)) {
      for (OrderRecord order : orders) {
        sink.consume(order);
      }
      return orders.report().rowsRead();
    }
  }

  /**
   * Reads the whole file into the Customer 360 pipeline's per-customer summaries: the loading half of a run.
   *
   * @return the customers summarized
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int readIntoBook() throws IOException {
    BookBuffer book = pipeline.create();
    try (RecordStream<OrderRecord> orders = reader.open(file)) {
      orders.forEach(book::add);
    }
    return book.customers();
  }
}
