package io.github.logicrm.spark;

import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.logicrm.cli.LogiCrm;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.jackson.LogiCrmJson;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.spark.examples.ScalingOutExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark run equals the in-process pipeline on the same shipment lines (the generated sample book), to 1e-12
 * relative in every number of every profile and of the book summary, however the lines are partitioned.
 */
class SparkCustomer360Test {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final double RELATIVE = 1e-12;
  private static final JsonMapper JSON = LogiCrmJson.strictMapper();

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Dataset<Row> lines;
  private static Customer360Result expected;
  private static Customer360Result expectedAtMargin25;
  private static Path shipmentsFile;
  private static long lineCount;
  private static SparkCustomer360Result result;

  @BeforeAll
  static void generateAndRunInProcess() throws Exception {
    assertThat(LogiCrm.run("generate", "--customers", "200", "--years", "2", "--as-of", AS_OF.toString(),
        "--seed", "15", "--out", dir.toString())).isZero();
    Path shipments = dir.resolve("shipments.csv");
    List<OrderRecord> orders = new ArrayList<>();
    try (RecordStream<OrderRecord> records = ShipmentReader.builder().build().open(shipments)) {
      records.forEach(orders::add);
      lineCount = records.report().rowsRead();
    }
    expected = Customer360.of(PipelineConfig.withDefaults(), AS_OF).run(orders, List.of(), List.of(), List.of());
    expectedAtMargin25 = Customer360.of(PipelineConfig.withDefaults().withMarginRate(0.25), AS_OF)
        .run(orders, List.of(), List.of(), List.of());
    shipmentsFile = shipments;
    spark = LocalSpark.session();
    // From text in memory, not from the file: Spark reads files through Hadoop, which needs Java 21 or older.
    lines = spark.read().option("header", true)
        .csv(spark.createDataset(Files.readAllLines(shipments), Encoders.STRING()));
    result = ScalingOutExample.defaults(lines);
  }

  @AfterAll
  static void stop() {
    if (result != null) {
      result.close();
    }
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void equalsTheInProcessPipeline() throws Exception {
    assertThat(lines.count()).isEqualTo(lineCount);
    assertEqualToInProcess(result, expected);
    assertThat(result.ordersAfterAsOf()).isEqualTo(expected.recordsAfterAsOf());
    assertThat(result.purchasePatterns()).isBetween(1, expected.profiles().size());
  }

  @Test
  @EnabledForJreRange(max = JRE.JAVA_21, disabledReason = "Spark 4.1 writes files through Hadoop 3.4, whose "
      + "UserGroupInformation calls Subject.getSubject, which throws from Java 24 on (JEP 486); Spark 4.1 supports "
      + "Java 17 and 21")
  void writesTheTableAndTheSummaryToFileSinks() throws Exception {
    assertThat(ScalingOutExample.read(spark, shipmentsFile.toString()).count()).isEqualTo(lineCount);
    Path out = dir.resolve("out");
    try (SparkCustomer360Result again = ScalingOutExample.defaults(lines)) {
      ScalingOutExample.write(again, out.toString());
    }
    Dataset<Row> back = spark.read().parquet(out.resolve("customers").toString());
    assertThat(back.count()).isEqualTo(expected.profiles().size());
    assertThat(back.columns()).startsWith("customer_id", "status", "abc_tier");
    Row summary = spark.read().json(out.resolve("book-summary").toString()).first();
    assertSameNumbers(JSON.readTree(summary.getString(0)), JSON.valueToTree(ordersOnly(expected.summary())),
        "book_summary");
  }

  @Test
  void equalsTheInProcessPipelineOverManyPartitionsRepartitionedAndShuffled() throws Exception {
    String before = spark.conf().get("spark.sql.shuffle.partitions");
    spark.conf().set("spark.sql.shuffle.partitions", "13");
    try (SparkCustomer360Result shuffled = ScalingOutExample.configured(lines.orderBy(rand(7)).repartition(9))) {
      assertEqualToInProcess(shuffled, expectedAtMargin25);
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", before);
    }
  }

  @Test
  void aBookWithoutOrdersBeforeTheAsOfDateIsRejected() {
    assertThatThrownBy(() -> SparkCustomer360.of(LocalDate.of(2000, 1, 1)).run(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("book must hold at least one order on or before asOf 2000-01-01: ");
    assertThatThrownBy(() -> SparkCustomer360.of(AS_OF).run(lines.drop("order_id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("shipments must have the column order_id: ");
  }

  private static void assertEqualToInProcess(SparkCustomer360Result run, Customer360Result expected)
      throws Exception {
    List<Row> rows = run.customers().orderBy("customer_id").collectAsList();
    List<CustomerProfile> profiles = expected.profiles();
    assertThat(rows).hasSize(profiles.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      CustomerProfile want = profiles.get(i);
      assertThat(row.getString(0)).isEqualTo(want.customerId().value());
      assertSameNumbers(JSON.readTree(row.getString(row.fieldIndex("profile"))), JSON.valueToTree(want),
          want.customerId().value());
      assertThat(row.getDouble(row.fieldIndex("clv"))).isEqualTo(want.clv());
    }
    assertSameNumbers(JSON.valueToTree(run.summary()), JSON.valueToTree(ordersOnly(expected.summary())), "summary");
  }

  /**
   * The in-process summary without what a Spark run does not compute (docs/scaling-out.md): a Spark run reads
   * shipments only, so it neither fits the survey path model nor says why not.
   */
  private static BookSummary ordersOnly(BookSummary summary) {
    return BookSummary.builder().from(summary).surveyModel(Optional.empty()).surveyModelNotFitted(Optional.empty())
        .build();
  }

  /** The same tree, numbers equal to {@link #RELATIVE} relative (exactly equal when one of them is 0). */
  static void assertSameNumbers(JsonNode actual, JsonNode want, String path) {
    if (want.isNumber()) {
      assertThat(actual.isNumber()).as(path).isTrue();
      double a = actual.doubleValue();
      double w = want.doubleValue();
      assertThat(Math.abs(a - w)).as(path + ": " + a + " against " + w).isLessThanOrEqualTo(RELATIVE * Math.abs(w));
      return;
    }
    if (want.isContainerNode()) {
      assertThat(actual.size()).as(path).isEqualTo(want.size());
      if (want.isArray()) {
        for (int i = 0; i < want.size(); i++) {
          assertSameNumbers(actual.get(i), want.get(i), path + "[" + i + "]");
        }
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
          Map.Entry<String, JsonNode> field = it.next();
          assertThat(actual.has(field.getKey())).as(path + "." + field.getKey()).isTrue();
          assertSameNumbers(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
        }
      }
      return;
    }
    assertThat(actual).as(path).isEqualTo(want);
  }
}
