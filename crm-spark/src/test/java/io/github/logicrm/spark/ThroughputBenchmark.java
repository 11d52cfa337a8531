package io.github.logicrm.spark;

import io.github.logicrm.cli.LogiCrm;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.CustomerSummary;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the Customer 360 pipeline on the same shipment lines, in process and on Spark {@code local[2]}: not
 * a test (surefire runs {@code *Test} classes only) and not JMH (one run of minutes, not a hot loop). Each mode runs
 * in its own JVM and prints wall time, process CPU time and lines per CPU-second; the Spark mode adds, per stage,
 * the executors' CPU time and the shuffle bytes and records written.
 *
 * <pre>
 * ./mvnw -B -q -pl crm-spark -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * CP=crm-spark/target/test-classes:crm-spark/target/classes:$(cat /tmp/cp.txt)
 * java -Xmx6g -cp $CP io.github.logicrm.spark.ThroughputBenchmark generate /tmp/book20m 115000 3
 * java -Xmx6g -cp $CP io.github.logicrm.spark.ThroughputBenchmark in-process /tmp/book20m/shipments.csv
 * java -Xmx6g $SPARK_OPTIONS -cp $CP io.github.logicrm.spark.ThroughputBenchmark spark /tmp/book20m/shipments.csv
 * java -Xmx6g -cp $CP io.github.logicrm.spark.ThroughputBenchmark patterns 1000 10000 100000
 * </pre>
 *
 * <p>{@code $SPARK_OPTIONS} are the module options of {@code spark.test.jvm.options} in this module's pom.
 */
public final class ThroughputBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private ThroughputBenchmark() {}

  /**
   * Runs one mode.
   *
   * @param args the mode and its arguments
   * @throws Exception if the run fails
   */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" -> System.exit(LogiCrm.run("generate", "--customers", args[2], "--years", args[3], "--as-of",
          AS_OF.toString(), "--seed", "2026", "--out", args[1]));
      case "in-process" -> inProcess(Path.of(args[1]));
      case "spark" -> spark(args[1]);
      case "patterns" -> patterns(List.of(args).subList(1, args.length));
      default -> throw new IllegalArgumentException("mode must be generate, in-process, spark or patterns: " + args[0]);
    }
  }

  private static void inProcess(Path shipments) throws Exception {
    Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), AS_OF);
    long wall = System.nanoTime();
    long cpu = cpuNanos();
    BookBuffer book = pipeline.create();
    long lines;
    try (RecordStream<OrderRecord> orders = ShipmentReader.builder().build().open(shipments)) {
      orders.forEach(book::add);
      lines = orders.report().rowsRead();
    }
    long readWall = System.nanoTime() - wall;
    long readCpu = cpuNanos() - cpu;
    Customer360Result result = pipeline.finish(book);
    long totalWall = System.nanoTime() - wall;
    long totalCpu = cpuNanos() - cpu;
    System.out.printf("in-process: %,d lines, %,d customers%n", lines, result.profiles().size());
    report("read + summarize", lines, readWall, readCpu);
    report("fit + score", lines, totalWall - readWall, totalCpu - readCpu);
    report("total", lines, totalWall, totalCpu);
  }

  private static void spark(String shipments) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("logicrm-throughput")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
    Map<String, long[]> stages = new TreeMap<>();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo info = event.stageInfo();
        String name = info.name().replaceAll(" at .*", "") + " " + info.details().lines().skip(1)
            .filter(l -> l.contains("io.github.logicrm")).findFirst().orElse("").replaceAll("\\s*at ", "")
            .replaceAll("\\(.*", "");
        long[] sums = stages.computeIfAbsent(String.format("%03d %s", info.stageId(), name), k -> new long[5]);
        sums[0] += info.taskMetrics().executorCpuTime();
        sums[1] += info.taskMetrics().executorRunTime();
        sums[2] += info.taskMetrics().shuffleWriteMetrics().bytesWritten();
        sums[3] += info.taskMetrics().shuffleWriteMetrics().recordsWritten();
        sums[4] += info.numTasks();
      }
    });
    long wall = System.nanoTime();
    long cpu = cpuNanos();
    Dataset<Row> lines = spark.read().option("header", true).csv(shipments);
    try (SparkCustomer360Result result = SparkCustomer360.of(AS_OF).run(lines)) {
      result.customers().write().format("noop").mode("overwrite").save();
      long totalWall = System.nanoTime() - wall;
      long totalCpu = cpuNanos() - cpu;
      long count = spark.read().option("header", true).csv(shipments).count();
      System.out.printf("spark local[2]: %,d lines, %,d customers, %,d purchase patterns%n", count,
          result.summary().customers(), result.purchasePatterns());
      report("total", count, totalWall, totalCpu);
      System.out.printf("%-70s %10s %10s %14s %12s %6s%n", "stage", "cpu s", "run s", "shuffle bytes",
          "records", "tasks");
      stages.forEach((name, s) -> System.out.printf("%-70s %10.1f %10.1f %,14d %,12d %6d%n",
          name.length() > 70 ? name.substring(0, 70) : name, s[0] / 1e9, s[1] / 1e3, s[2], s[3], s[4]));
    } finally {
      spark.stop();
    }
  }

  /** Distinct (x, t_x, T) patterns of generated books of growing size: the purchase fit's input. */
  private static void patterns(List<String> sizes) {
    for (String size : sizes) {
      int customers = Integer.parseInt(size);
      Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), AS_OF);
      BookBuffer book = pipeline.create();
      SampleBook.of(customers, 3, AS_OF, 2026).generate(new io.github.logicrm.pipeline.sample.BookSink() {
        @Override
        public void customer(io.github.logicrm.core.book.CustomerRecord customer) {}

        @Override
        public void order(OrderRecord order) {
          book.add(order);
        }

        @Override
        public void invoice(io.github.logicrm.core.book.InvoiceRecord invoice) {}

        @Override
        public void survey(io.github.logicrm.core.book.SurveyRecord response) {}
      });
      Set<List<Double>> distinct = new HashSet<>();
      long withOrders = 0;
      for (CustomerSummary s : book.customerSummaries()) {
        if (s.orderDays() > 0) {
          withOrders++;
          distinct.add(List.of((double) s.frequency(), s.recency(), s.age()));
        }
      }
      System.out.printf("%,d customers with orders: %,d purchase patterns%n", withOrders, distinct.size());
    }
  }

  private static void report(String what, long lines, long wallNanos, long cpuNanos) {
    System.out.printf("  %-18s wall %8.1f s  cpu %8.1f s  %,12.0f lines/s  %,12.0f lines per cpu-s%n", what,
        wallNanos / 1e9, cpuNanos / 1e9, lines / (wallNanos / 1e9), lines / (cpuNanos / 1e9));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
