package io.github.logicrm.spark;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.CustomerSummary;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * One partition's shipment lines (the lines of each order together) read by {@link ShipmentReader} and folded into
 * a {@link BookBuffer}: one partial summary per customer of the partition. Orders shipped after the as-of date are
 * counted in the accumulator (once per successful task; a task that is run again counts again).
 */
final class PartitionSummaries implements MapPartitionsFunction<Row, CustomerSummary> {

  private static final long serialVersionUID = 1L;

  private final PipelineRef pipeline;
  private final StructType schema;
  private final LongAccumulator afterAsOf;

  PartitionSummaries(PipelineRef pipeline, StructType schema, LongAccumulator afterAsOf) {
    this.pipeline = pipeline;
    this.schema = schema;
    this.afterAsOf = afterAsOf;
  }

  @Override
  public Iterator<CustomerSummary> call(Iterator<Row> rows) {
    Customer360 run = pipeline.get();
    BookBuffer buffer = run.create();
    ShipmentReader reader = ShipmentReader.builder().zone(run.config().zone()).build();
    String source = "shipments partition " + TaskContext.getPartitionId();
    try (RecordStream<OrderRecord> orders = reader.open(new ShipmentLines(schema, rows), source)) {
      orders.forEach(buffer::add);
    }
    afterAsOf.add(buffer.recordsAfterAsOf());
    return buffer.customerSummaries().iterator();
  }
}
