package io.github.logicrm.spark;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.pipeline.BookBuffer;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.pipeline.BookFit;
import io.github.logicrm.pipeline.BookRanking;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.CustomerSummary;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.service.ServiceStats;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The Customer 360 pipeline on Apache Spark: the same figures as {@link Customer360#finish}, for a shipment log
 * that outgrows one machine.
 *
 * <ol>
 *   <li>Shipment lines come as a {@code Dataset<Row>} with the column names of the CSV format (a CSV, Parquet or
 *       Delta table, a JDBC source). The lines of each order meet in one partition and go through
 *       {@link io.github.logicrm.io.ShipmentReader}, with its checks and defaults (STRICT: the first bad row fails
 *       the job with its message); each partition folds its orders into partial {@link CustomerSummary} objects.
 *   <li>A typed {@link CustomerSummaryAggregator} per customer merges the partial summaries; its buffer is the
 *       pipeline's own summary, in its compact binary form.
 *   <li>On the driver, the book's purchase model is fitted from the compressed (x, t_x, T) patterns (counted by
 *       Spark: their number stays small however many customers there are) and the spend model from the repeat
 *       buyers' mean spend; the fit is broadcast as crm-jackson JSON.
 *   <li>Each partition scores its customers with the fit ({@link io.github.logicrm.pipeline.BookSlice}); the
 *       book-level steps (ABC tiers, RFM quintiles, inherited risk) run on the driver over one small entry per
 *       customer ({@link BookRanking}); each partition then builds its profiles.
 *   <li>The per-customer table is a {@code Dataset<Row>} for any Spark sink; the book summary comes as a value and
 *       as a one-row table.
 * </ol>
 *
 * <pre>{@code
 * Dataset<Row> lines = spark.read().option("header", true).csv("s3://tms/shipments/*.csv");
 * SparkCustomer360Result result = SparkCustomer360.of(LocalDate.of(2025, 12, 31)).run(lines);
 * result.customers().write().parquet("s3://crm/customers");
 * result.summaryTable().write().json("s3://crm/book-summary");
 * }</pre>
 *
 * <p>The figures equal those of {@code Customer360.of(config, asOf).run(orders, [], [], [])} on the same lines: the
 * Spark run reads shipments only (no invoices, survey answers or master). Immutable and thread-safe; the
 * configuration travels to the executors as its {@link ConfigSource}.
 */
public final class SparkCustomer360 {

  private static final Logger LOG = LoggerFactory.getLogger(SparkCustomer360.class);

  /**
   * Where every machine gets the run's configuration: a serializable supplier, such as
   * {@code PipelineConfig::withDefaults} or {@code () -> PipelineConfig.withDefaults().withMarginRate(0.25)}.
   */
  @FunctionalInterface
  public interface ConfigSource extends Supplier<PipelineConfig>, Serializable {}

  static final StructType PURCHASES = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("x", DataTypes.IntegerType, false)
      .add("tx", DataTypes.DoubleType, false)
      .add("t", DataTypes.DoubleType, false)
      .add("m", DataTypes.DoubleType, false);

  private final ConfigSource config;
  private final LocalDate asOf;

  private SparkCustomer360(ConfigSource config, LocalDate asOf) {
    this.config = config;
    this.asOf = asOf;
  }

  /**
   * Makes a run with the default configuration.
   *
   * @param asOf the last day whose records count, not null
   * @return the run
   */
  public static SparkCustomer360 of(LocalDate asOf) {
    return of(PipelineConfig::withDefaults, asOf);
  }

  /**
   * Makes a run.
   *
   * @param config where every machine gets the configuration, not null
   * @param asOf the last day whose records count, not null
   * @return the run
   */
  public static SparkCustomer360 of(ConfigSource config, LocalDate asOf) {
    return new SparkCustomer360(Objects.requireNonNull(config, "config"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Runs the pipeline over shipment lines. The per-customer summaries are computed and cached at once; the
   * per-customer table is computed when it is written or counted.
   *
   * @param shipments one row per order line with the column names of the CSV format, not null
   * @return the per-customer table, the book summary and the evidence of the run
   * @throws IllegalArgumentException if a required column is missing, or no order ships on or before the as-of date
   * @throws IllegalStateException if the purchase model cannot be identified on this book
   */
  public SparkCustomer360Result run(Dataset<Row> shipments) {
    Objects.requireNonNull(shipments, "shipments");
    for (String column : List.of("customer_id", "order_id", "line_no")) {
      if (!Arrays.asList(shipments.columns()).contains(column)) {
        throw new IllegalArgumentException("shipments must have the column " + column + ": "
            + Arrays.toString(shipments.columns()));
      }
    }
    SparkSession spark = shipments.sparkSession();
    PipelineRef ref = new PipelineRef(config, asOf);
    Customer360 pipeline = ref.get();
    Encoder<CustomerSummary> summaryEncoder = SummaryCodec.encoder(ref);
    LongAccumulator afterAsOf = spark.sparkContext().longAccumulator("orders after as-of");

    Dataset<Row> lines = shipments.repartition(col("customer_id"), col("order_id"))
        .sortWithinPartitions(col("customer_id"), col("order_id"), col("line_no").cast("long"));
    Dataset<Row> partials = lines
        .mapPartitions(new PartitionSummaries(ref, shipments.schema(), afterAsOf),
            Encoders.row(PartitionSummaries.PARTIALS))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<CustomerSummary> summaries = partials.filter(col("customer_id").isNotNull())
        .map((MapFunction<Row, CustomerSummary>) r -> SummaryCodec.read(ref, (byte[]) r.get(3)), summaryEncoder)
        .groupByKey((MapFunction<CustomerSummary, String>) s -> s.customerId().value(), Encoders.STRING())
        .agg(new CustomerSummaryAggregator(ref).toColumn())
        .map((MapFunction<Tuple2<String, CustomerSummary>, CustomerSummary>) Tuple2::_2, summaryEncoder)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long customers = summaries.count();
    BookBuffer serviceSeries = pipeline.create();   // the lanes' service statistics per ship month, merged here
    for (Row r : partials.filter(col("customer_id").isNull()).collectAsList()) {
      ServiceStats stats = SliceScoring.readService(pipeline, (byte[]) r.get(3));
      serviceSeries.mergeServiceStats(r.getString(1), r.getInt(2), stats);
    }
    partials.unpersist();

    Dataset<Row> purchases = summaries.filter((FilterFunction<CustomerSummary>) s -> s.orderDays() > 0)
        .map((MapFunction<CustomerSummary, Row>) s -> RowFactory.create(s.customerId().value(), s.frequency(),
            s.recency(), s.age(), s.meanRepeatSpend()), Encoders.row(PURCHASES));
    List<Row> patterns = new ArrayList<>(purchases.groupBy("x", "tx", "t")
        .agg(count(lit(1)).as("n"), min("customer_id").as("first")).collectAsList());
    if (patterns.isEmpty()) {
      summaries.unpersist();
      throw new IllegalArgumentException("book must hold at least one order on or before asOf " + asOf + ": "
          + customers + " customers without orders");
    }
    patterns.sort(Comparator.comparing((Row r) -> CustomerId.of(r.getString(4))));
    List<Row> buyers = new ArrayList<>(purchases.filter(col("x").gt(0).and(col("m").gt(0))).collectAsList());
    buyers.sort(Comparator.comparing((Row r) -> CustomerId.of(r.getString(0))));
    List<CustomerId> excluded = purchases.filter(col("x").gt(0).and(col("m").equalTo(0)))
        .select("customer_id").collectAsList().stream().map(r -> CustomerId.of(r.getString(0))).sorted().toList();
    double withOrders = patterns.stream().mapToLong(r -> r.getLong(3)).sum();
    LOG.info("Fitting {} on {} customers from {} purchase patterns", pipeline.config().purchaseModel(),
        (long) withOrders, patterns.size());
    BookFit fit = BookFit.fit(pipeline.config().purchaseModel(), purchaseData(patterns, 0, true),
        buyers.isEmpty() ? Optional.empty() : Optional.of(purchaseData(buyers, 1, false)), excluded);
    Broadcast<FitJson> fitJson = spark.sparkContext().broadcast(FitJson.of(fit),
        scala.reflect.ClassTag$.MODULE$.apply(FitJson.class));

    List<BookRanking.Entry> entries = new ArrayList<>(summaries
        .mapPartitions(new SliceScoring.Entries(ref, fitJson), Encoders.row(SliceScoring.ENTRIES))
        .collectAsList().stream().map(SliceScoring::entry).toList());
    entries.sort(Comparator.comparing(BookRanking.Entry::customerId));
    BookRanking ranking = BookRanking.of(pipeline, entries, java.util.Map.of());
    List<Row> ranks = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ranks.add(SliceScoring.rankRow(entries.get(i).customerId(), ranking.ranks().get(i)));
    }
    Dataset<Row> rankTable = spark.createDataFrame(ranks, SliceScoring.RANKS);
    Dataset<Row> customerTable = summaries
        .map((MapFunction<CustomerSummary, Row>) s -> RowFactory.create(s.customerId().value(),
            SummaryCodec.write(s)), Encoders.row(SliceScoring.SUMMARIES))
        .join(rankTable, "customer_id")
        .mapPartitions(new SliceScoring.Profiles(ref, fitJson), Encoders.row(SliceScoring.PROFILES));

    Optional<ServiceStats> service = summaries
        .mapPartitions(new SliceScoring.Service(ref), Encoders.BINARY()).collectAsList().stream()
        .map(form -> SliceScoring.readService(pipeline, form))
        .reduce(ServiceStats::merge);
    LOG.info("Scored {} customers as of {}", entries.size(), asOf);
    BookSummary.Builder summary = ranking.summaryBuilder(fit, service);
    serviceSeries.addServiceByMonthAndLane(summary);
    return new SparkCustomer360Result(customerTable, summary.build(), fit, patterns.size(),
        afterAsOf.value(), summaries, ref);
  }

  /**
   * The purchase data of rows holding x, t_x and T from column {@code at} on and, after them, either the number of
   * customers of the pattern (weights) or the mean repeat spend.
   */
  private static PurchaseData purchaseData(List<Row> rows, int at, boolean weights) {
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] last = new double[n];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      x[i] = r.getInt(at);
      tx[i] = r.getDouble(at + 1);
      t[i] = r.getDouble(at + 2);
      last[i] = ((Number) r.get(at + 3)).doubleValue();
    }
    return weights ? PurchaseData.of(x, tx, t, last) : PurchaseData.of(x, tx, t).withMeanSpend(last);
  }

  @Override
  public String toString() {
    return "SparkCustomer360[asOf " + asOf + "]";
  }
}
