package io.github.logicrm.benchmarks;

import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.SampleBook;
import io.github.logicrm.report.Report;
import io.github.logicrm.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HTML report of a generated book of {@code customers} shippers over three years (seed 2026): {@code report}
 * builds the {@link Report} (charts aggregated, the at-risk and win-back lists cut at their default length) and writes
 * it to a stream that only counts its bytes, whose count it returns. The book is generated straight into the
 * pipeline's buffer, so only its summaries are held. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar ReportBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReportBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** Shippers in the book. */
  @Param({"100000"})
  public int customers;

  private Customer360Result result;

  /** Generates the book into the pipeline and scores it, once. */
  @Setup(Level.Trial)
  public void setUp() {
    Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), AS_OF);
    BookBuffer book = pipeline.create();
    SampleBook.of(customers, 3, AS_OF, 2026).generate(book);
    result = pipeline.finish(book);
  }

  /**
   * Builds the report and writes its HTML.
   *
   * @return the size of the HTML in bytes
   * @throws IOException never: the stream only counts
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long report() throws IOException {
    CountingStream out = new CountingStream();
    ReportWriter.html().write(Report.of(result), out);
    return out.bytes;
  }

  /** An output stream that keeps only the count of its bytes. */
  static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
