package io.github.logicrm.spark.examples;

import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.spark.SparkCustomer360;
import io.github.logicrm.spark.SparkCustomer360Result;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The code of the guide page "Scaling out" (docs/scaling-out.md), run by crm-spark's tests: Spark is not a named
 * module, so these examples live beside the Spark module rather than in docs/examples.
 */
public final class ScalingOutExample {

  private ScalingOutExample() {}

  /**
   * Reads a CSV export of shipment lines.
   *
   * @param spark the session
   * @param shipments a file, directory or glob
   * @return the lines
   */
  public static Dataset<Row> read(SparkSession spark, String shipments) {
    return spark.read().option("header", true).csv(shipments);   // every column as text, as the CSV reader reads it
  }

  /**
   * Runs the pipeline with the default configuration.
   *
   * @param lines the shipment lines
   * @return the result
   */
  public static SparkCustomer360Result defaults(Dataset<Row> lines) {
    SparkCustomer360Result result = SparkCustomer360.of(LocalDate.of(2025, 12, 31)).run(lines);
    return result;
  }

  /**
   * Runs the pipeline with a configuration of one's own.
   *
   * @param lines the shipment lines
   * @return the result
   */
  public static SparkCustomer360Result configured(Dataset<Row> lines) {
    SparkCustomer360 run = SparkCustomer360.of(
        () -> PipelineConfig.withDefaults().withMarginRate(0.25),   // built again on every executor
        LocalDate.of(2025, 12, 31));
    return run.run(lines);
  }

  /**
   * Writes the per-customer table and the book summary.
   *
   * @param result the result
   * @param out the output directory
   */
  public static void write(SparkCustomer360Result result, String out) {
    result.customers().write().parquet(out + "/customers");      // or .csv, .json, .saveAsTable, JDBC, Delta
    result.summaryTable().write().json(out + "/book-summary");
    System.out.println(result.summary().equity() + " customer equity from "
        + result.purchasePatterns() + " purchase patterns");
    result.close();                                               // drops the cached summaries
  }
}
