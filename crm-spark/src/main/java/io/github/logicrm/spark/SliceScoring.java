package io.github.logicrm.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.pipeline.BookRanking;
import io.github.logicrm.pipeline.BookSlice;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.CustomerSummary;
import io.github.logicrm.metrics.service.ServiceStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The per-partition steps of a Spark run and the rows they exchange with the driver: a partition's customers scored
 * with the broadcast fit ({@link BookSlice}) give one {@link BookRanking.Entry} row each; joined with their ranks,
 * they give their profiles; and a partition's service statistics, merged, give one binary row.
 */
final class SliceScoring {

  static final StructType ENTRIES = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("tier_value", DataTypes.DoubleType, false)
      .add("recency_weeks", DataTypes.DoubleType, false)
      .add("orders", DataTypes.DoubleType, false)
      .add("revenue", DataTypes.DoubleType, false)
      .add("clv", DataTypes.DoubleType, false)
      .add("status", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType, false)
      .add("stage_year_ago", DataTypes.StringType, true)
      .add("churn_score", DataTypes.DoubleType, false)
      .add("churn_level", DataTypes.StringType, false)
      .add("consignees", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static final StructType RANKS = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("tier", DataTypes.StringType, false)
      .add("tier_value", DataTypes.DoubleType, false)
      .add("rfm", DataTypes.StringType, false)
      .add("inherited_risk", DataTypes.DoubleType, false)
      .add("at_risk_dependencies", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static final StructType SUMMARIES = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("summary", DataTypes.BinaryType, false);

  /** The per-customer table: the main figures as columns, the whole profile (evidence included) as JSON. */
  static final StructType PROFILES = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("abc_tier", DataTypes.StringType, false)
      .add("lifecycle_stage", DataTypes.StringType, false)
      .add("orders", DataTypes.LongType, false)
      .add("revenue", DataTypes.DoubleType, false)
      .add("frequency", DataTypes.IntegerType, false)
      .add("recency", DataTypes.DoubleType, false)
      .add("age", DataTypes.DoubleType, false)
      .add("p_alive", DataTypes.DoubleType, false)
      .add("expected_orders", DataTypes.DoubleType, false)
      .add("expected_order_value", DataTypes.DoubleType, false)
      .add("clv", DataTypes.DoubleType, false)
      .add("churn_risk", DataTypes.DoubleType, true)
      .add("profile", DataTypes.StringType, false);

  private SliceScoring() {}

  /** A partition's summaries to their book-ranking entries. */
  static final class Entries implements MapPartitionsFunction<CustomerSummary, Row> {

    private static final long serialVersionUID = 1L;
    private final PipelineRef pipeline;
    private final Broadcast<FitJson> fit;

    Entries(PipelineRef pipeline, Broadcast<FitJson> fit) {
      this.pipeline = pipeline;
      this.fit = fit;
    }

    @Override
    public Iterator<Row> call(Iterator<CustomerSummary> summaries) {
      List<CustomerSummary> slice = new ArrayList<>();
      summaries.forEachRemaining(slice::add);
      List<Row> rows = new ArrayList<>(slice.size());
      for (BookRanking.Entry e : pipeline.get().scoreSlice(slice, fit.value().fit()).entries()) {
        rows.add(RowFactory.create(e.customerId().value(), e.tierValue(), e.recencyWeeks(), e.orders(), e.revenue(),
            e.clv(), e.status().name(), e.stage().name(), e.stageYearAgo().map(Enum::name).orElse(null),
            e.churnScore(), e.churnLevel().name(),
            CollectionConverters.asScala(e.consignees().stream().map(CustomerId::value).sorted().toList()).toSeq()));
      }
      return rows.iterator();
    }
  }

  static BookRanking.Entry entry(Row r) {
    List<String> consignees = CollectionConverters.asJava(r.<String>getSeq(11));
    Set<CustomerId> ids = consignees.stream().map(CustomerId::of).collect(Collectors.toSet());
    return new BookRanking.Entry(CustomerId.of(r.getString(0)), r.getDouble(1), r.getDouble(2), r.getDouble(3),
        r.getDouble(4), r.getDouble(5), CustomerStatus.valueOf(r.getString(6)), LifecycleStage.valueOf(r.getString(7)),
        Optional.ofNullable(r.getString(8)).map(LifecycleStage::valueOf), r.getDouble(9),
        RiskLevel.valueOf(r.getString(10)), ids);
  }

  static Row rankRow(CustomerId id, BookRanking.Rank rank) {
    return RowFactory.create(id.value(), rank.tier().name(), rank.tierValue(), FitJson.json(rank.rfm()),
        rank.inheritedRisk(), CollectionConverters.asScala(rank.atRiskDependencies().stream().map(CustomerId::value)
            .toList()).toSeq());
  }

  private static BookRanking.Rank rank(Row r) {
    try {
      return new BookRanking.Rank(ValueTier.valueOf(r.getString(2)), r.getDouble(3),
          FitJson.JSON.readValue(r.getString(4), RfmScore.class), r.getDouble(5),
          CollectionConverters.asJava(r.<String>getSeq(6)).stream().map(CustomerId::of).toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A partition of (customer, summary, rank) rows to the customers' profiles. */
  static final class Profiles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    private final PipelineRef pipeline;
    private final Broadcast<FitJson> fit;

    Profiles(PipelineRef pipeline, Broadcast<FitJson> fit) {
      this.pipeline = pipeline;
      this.fit = fit;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> joined) {
      List<CustomerSummary> slice = new ArrayList<>();
      Map<CustomerId, BookRanking.Rank> ranks = new HashMap<>();
      while (joined.hasNext()) {
        Row r = joined.next();
        slice.add(SummaryCodec.read(pipeline, (byte[]) r.get(1)));
        ranks.put(CustomerId.of(r.getString(0)), rank(r));
      }
      BookSlice scored = pipeline.get().scoreSlice(slice, fit.value().fit());
      List<CustomerProfile> profiles = scored.profiles(scored.customerIds().stream().map(ranks::get).toList(),
          Map.of());
      List<Row> rows = new ArrayList<>(profiles.size());
      for (CustomerProfile p : profiles) {
        rows.add(RowFactory.create(p.customerId().value(), p.status().name(), p.abcTier().name(),
            p.lifecycle().stage().name(), p.orders(), p.revenue(), p.frequency(), p.recency(), p.age(), p.pAlive(),
            p.expectedOrders(), p.expectedOrderValue(), p.clv(), p.churn().map(c -> c.score()).orElse(null),
            FitJson.json(p)));
      }
      return rows.iterator();
    }
  }

  /** A partition's service statistics, merged, in their binary form (none when no order carried a record). */
  static final class Service implements MapPartitionsFunction<CustomerSummary, byte[]> {

    private static final long serialVersionUID = 1L;
    private final PipelineRef pipeline;

    Service(PipelineRef pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public Iterator<byte[]> call(Iterator<CustomerSummary> summaries) throws IOException {
      Customer360 run = pipeline.get();
      ServiceStats merged = null;
      while (summaries.hasNext()) {
        Optional<ServiceStats> stats = summaries.next().serviceStats();
        if (stats.isPresent()) {
          merged = merged == null ? run.config().service().create().merge(stats.get()) : merged.merge(stats.get());
        }
      }
      return merged == null ? List.<byte[]>of().iterator() : List.of(writeService(merged)).iterator();
    }
  }

  /** Service statistics in their binary form. */
  static byte[] writeService(ServiceStats stats) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      stats.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static ServiceStats readService(Customer360 pipeline, byte[] form) {
    try {
      return pipeline.config().service().create().mergeFrom(new DataInputStream(new ByteArrayInputStream(form)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
