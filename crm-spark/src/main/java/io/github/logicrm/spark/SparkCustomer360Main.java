package io.github.logicrm.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: reads shipment lines, runs {@link SparkCustomer360} with the default
 * configuration and writes the per-customer table and the book summary.
 *
 * <pre>
 * spark-submit --class io.github.logicrm.spark.SparkCustomer360Main --master yarn \
 *     crm-spark/target/crm-spark-0.1.0-SNAPSHOT-spark.jar \
 *     --shipments s3://tms/shipments/ --as-of 2025-12-31 --out s3://crm/2025-12-31 [--format parquet]
 * </pre>
 *
 * <ul>
 *   <li>{@code --shipments}: a file, directory or glob; Parquet when it ends in {@code .parquet} or
 *       {@code --input-format parquet}, JSON Lines for {@code .jsonl} / {@code .json} or {@code json}, otherwise
 *       CSV with a header row (every column read as text, as the CSV reader reads it).
 *   <li>{@code --out}: {@code customers/} in {@code --format} ({@code parquet} by default, {@code csv} or
 *       {@code json}) and {@code book-summary/} as JSON; the book summary is also printed.
 * </ul>
 *
 * <p>Exit codes: 0 success, 1 a failure of the run, 2 a usage error (message on standard error).
 */
public final class SparkCustomer360Main {

  private static final List<String> OPTIONS = List.of("--shipments", "--as-of", "--out", "--format",
      "--input-format");

  private SparkCustomer360Main() {}

  /**
   * Runs the job.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job in the active (or a new) Spark session and returns the exit code.
   *
   * @param args the options
   * @return 0 on success, 1 on a failure of the run, 2 on a usage error
   */
  public static int run(String... args) {
    Map<String, String> options;
    LocalDate asOf;
    try {
      options = parse(args);
      asOf = LocalDate.parse(options.get("--as-of"));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      System.err.println("crm-spark: " + e.getMessage());
      System.err.println("usage: SparkCustomer360Main --shipments PATH --as-of yyyy-MM-dd --out DIR"
          + " [--format parquet|csv|json] [--input-format csv|parquet|json]");
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("logicrm-customer360").getOrCreate();
    try (SparkCustomer360Result result = SparkCustomer360.of(asOf).run(read(spark, options))) {
      String out = options.get("--out");
      String format = options.getOrDefault("--format", "parquet");
      result.customers().write().format(format).option("header", true).save(out + "/customers");
      result.summaryTable().coalesce(1).write().json(out + "/book-summary");
      System.out.println(FitJson.json(result.summary()));
      System.out.println("purchase patterns " + result.purchasePatterns() + ", customers " + result.summary()
          .customers() + ", orders after as-of " + result.ordersAfterAsOf());
      return 0;
    } catch (RuntimeException e) {
      System.err.println("crm-spark: " + e.getMessage());
      return 1;
    }
  }

  private static Dataset<Row> read(SparkSession spark, Map<String, String> options) {
    String path = options.get("--shipments");
    String format = options.getOrDefault("--input-format",
        path.endsWith(".parquet") ? "parquet" : path.endsWith(".jsonl") || path.endsWith(".json") ? "json" : "csv");
    DataFrameReader reader = spark.read();
    return switch (format) {
      case "parquet" -> reader.parquet(path);
      case "json" -> reader.json(path);
      case "csv" -> reader.option("header", true).csv(path);
      default -> throw new IllegalArgumentException("--input-format must be csv, parquet or json: " + format);
    };
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
        throw new IllegalArgumentException("option must be one of " + OPTIONS + " with a value: " + args[i]);
      }
      options.put(args[i], args[i + 1]);
    }
    for (String required : List.of("--shipments", "--as-of", "--out")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("option " + required + " must be given");
      }
    }
    String format = options.getOrDefault("--format", "parquet");
    if (!List.of("parquet", "csv", "json").contains(format)) {
      throw new IllegalArgumentException("--format must be parquet, csv or json: " + format);
    }
    return options;
  }
}
