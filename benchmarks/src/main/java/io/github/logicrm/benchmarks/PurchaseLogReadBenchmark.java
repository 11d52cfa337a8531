package io.github.logicrm.benchmarks;

import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.io.PurchaseReader;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CDNOW master log (69,659 purchases of 23,570 customers) from a CSV file to per-customer purchase summaries:
 * {@link PurchaseReader} into {@link PurchaseLogSummarizer} (weeks, calibration to 1997-09-30), per file. The
 * setup writes the log ({@code ../shared/data/cdnow/CDNOW_master.txt}, or the directory named by the system
 * property {@code logicrm.shared.dir}) as {@code customer_id,order_date,amount} to a temporary file, read from the
 * page cache. Run from the repository root with
 * {@code java -jar benchmarks/target/benchmarks.jar PurchaseLogReadBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PurchaseLogReadBenchmark {

  private final PurchaseReader reader = PurchaseReader.builder().build();
  private final PurchaseLogSummarizer summarizer =
      PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30));
  private Path file;

  /** Writes the CDNOW master log as a purchases CSV. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path master = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "cdnow",
        "CDNOW_master.txt");
    List<String> rows = new ArrayList<>(List.of("customer_id,order_date,amount"));
    try (Stream<String> lines = Files.lines(master)) {
      lines.skip(1).map(l -> l.trim().split("\\s+")).forEach(f -> rows.add(f[0] + ","
          + LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE) + "," + f[3]));
    }
    file = Files.createTempFile("cdnow-master", ".csv");
    file.toFile().deleteOnExit();
    Files.write(file, rows);
  }

  /**
   * Reads the file and summarizes it.
   *
   * @return the summaries
   */
  @Benchmark
  public List<PurchaseSummary> fileToSummaries() {
    PurchaseLogSummarizer.Accumulator log = summarizer.create();
    try (RecordStream<PurchaseRecord> purchases = reader.open(file)) {
      for (PurchaseRecord p : purchases) {
        log.add(p.customerId().value(), p.date(), p.amount());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.finish();
  }
}
