package io.github.logicrm.benchmarks;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two halves of a Customer 360 run on a generated book of 2,000 shippers over three years (seed 2026, about
 * 200,000 orders): {@code accumulate} folds the first {@value #ORDERS} orders into a fresh {@link BookBuffer} and
 * reports per order; {@code finish} fits the book's models and scores every customer of the whole book, per book,
 * on all cores ({@code finishSerial} on one). Run with
 * {@code java -jar benchmarks/target/benchmarks.jar Customer360Benchmark -prof gc}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class Customer360Benchmark {

  /** Orders folded per call of {@code accumulate}. */
  static final int ORDERS = 1 << 17;

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private final Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), AS_OF);
  private final Customer360 serial = Customer360.of(PipelineConfig.withDefaults().withParallel(false), AS_OF);
  private List<OrderRecord> orders;
  private BookBuffer book;
  private BookBuffer serialBook;

  /** Generates the book once and fills one buffer per pipeline for {@code finish}. */
  @Setup(Level.Trial)
  public void setUp() {
    BookRecords records = BookRecords.of(SampleBook.of(2000, 3, AS_OF, 2026));
    orders = records.orders();
    if (orders.size() < ORDERS) {
      throw new IllegalStateException("the sample book must hold " + ORDERS + " orders: " + orders.size());
    }
    book = pipeline.create();
    serialBook = serial.create();
    records.customers().forEach(c -> {
      book.add(c);
      serialBook.add(c);
    });
    orders.forEach(o -> {
      book.add(o);
      serialBook.add(o);
    });
    records.invoices().forEach(i -> {
      book.add(i);
      serialBook.add(i);
    });
    records.surveys().forEach(s -> {
      book.add(s);
      serialBook.add(s);
    });
  }

  /**
   * Folds {@value #ORDERS} orders into a new buffer.
   *
   * @return the buffer
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(ORDERS)
  public BookBuffer accumulate() {
    BookBuffer buffer = pipeline.create();
    for (int i = 0; i < ORDERS; i++) {
      buffer.add(orders.get(i));
    }
    return buffer;
  }

  /**
   * Fits and scores the whole book on all cores.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Customer360Result finish() {
    return pipeline.finish(book);
  }

  /**
   * Fits and scores the whole book on one thread.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Customer360Result finishSerial() {
    return serial.finish(serialBook);
  }
}
