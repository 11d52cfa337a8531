package io.github.logicrm.spark;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.CustomerSummary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * One partition's shipment lines (the lines of each order together) read by {@link ShipmentReader} and folded into
 * a {@link BookBuffer}: one row per customer of the partition with its partial summary, and one row per lane and
 * ship month with the partition's service statistics there ({@link #PARTIALS}; both in their binary forms). Orders
 * shipped after the as-of date are counted in the accumulator (once per successful task; a task that is run again
 * counts again).
 */
final class PartitionSummaries implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /**
   * A customer's partial summary ({@code customer_id} set) or a lane's service statistics of one ship month
   * ({@code customer_id} null, {@code lane} and {@code months_back} set).
   */
  static final StructType PARTIALS = new StructType()
      .add("customer_id", DataTypes.StringType, true)
      .add("lane", DataTypes.StringType, true)
      .add("months_back", DataTypes.IntegerType, false)
      .add("form", DataTypes.BinaryType, false);

  private final PipelineRef pipeline;
  private final StructType schema;
  private final LongAccumulator afterAsOf;

  PartitionSummaries(PipelineRef pipeline, StructType schema, LongAccumulator afterAsOf) {
    this.pipeline = pipeline;
    this.schema = schema;
    this.afterAsOf = afterAsOf;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Customer360 run = pipeline.get();
    BookBuffer buffer = run.create();
    ShipmentReader reader = ShipmentReader.builder().zone(run.config().zone()).build();
    String source = "shipments partition " + TaskContext.getPartitionId();
    try (RecordStream<OrderRecord> orders = reader.open(new ShipmentLines(schema, rows), source)) {
      orders.forEach(buffer::add);
    }
    afterAsOf.add(buffer.recordsAfterAsOf());
    List<Row> partials = new ArrayList<>();
    for (CustomerSummary summary : buffer.customerSummaries()) {
      partials.add(RowFactory.create(summary.customerId().value(), null, -1, SummaryCodec.write(summary)));
    }
    buffer.forEachServiceStats((lane, back, stats) ->
        partials.add(RowFactory.create(null, lane, back, SliceScoring.writeService(stats))));
    return partials.iterator();
  }
}
