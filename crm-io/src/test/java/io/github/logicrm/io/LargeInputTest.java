package io.github.logicrm.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/** A source far larger than its records could fit in memory streams through, every row accounted for. */
class LargeInputTest {

  /**
   * Generates a shipments file as it is read: order {@code o} has {@code 1 + o % 3} lines; the first line of every
   * 97th order has a negative delivered quantity.
   */
  static final class GeneratedShipments extends Reader {

    private final int orders;
    private final StringBuilder buffer = new StringBuilder(ShipmentReaderTest.HEADER + ",lane\n");
    private int position;
    private int order;

    GeneratedShipments(int orders) {
      this.orders = orders;
    }

    static int lines(int order) {
      return 1 + order % 3;
    }

    @Override
    public int read(char[] target, int offset, int length) {
      if (position == buffer.length()) {
        if (order == orders) {
          return -1;
        }
        buffer.setLength(0);
        position = 0;
        for (int k = 0; k < 1000 && order < orders; k++, order++) {
          int day = 1 + order % 28;
          for (int line = 1; line <= lines(order); line++) {
            buffer.append("C-").append(order % 50_000).append(",SO-").append(order).append(',').append(line)
                .append(",12,").append(order % 97 == 0 && line == 1 ? "-1" : "12")
                .append(",2026-03-").append(day < 10 ? "0" : "").append(day).append("T08:00:00Z")
                .append(",2026-03-").append(day < 10 ? "0" : "").append(day).append("T12:00:00+01:00")
                .append(",2026-03-").append(day < 10 ? "0" : "").append(day).append("T06:30:00Z")
                .append(",2026-03-").append(day < 10 ? "0" : "").append(day).append("T10:15:30.250Z")
                .append(',').append(100 + order % 1000).append(".25,LANE-").append(order % 40).append('\n');
          }
        }
      }
      int n = Math.min(length, buffer.length() - position);
      buffer.getChars(position, position + n, target, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void twoMillionLinesStreamWithEveryRowCounted() {
    int orders = 1_000_000;
    long lines = 0;
    long badLines = 0;
    long badOrders = 0;
    for (int o = 0; o < orders; o++) {
      lines += GeneratedShipments.lines(o);
      if (o % 97 == 0) {
        badLines += GeneratedShipments.lines(o);
        badOrders++;
      }
    }
    ShipmentReader reader = ShipmentReader.builder().onBadRow(BadRows.COUNT).keepFirstRejections(10).build();
    long records = 0;
    long recordLines = 0;
    double revenue = 0;
    long usedAtEnd;
    try (RecordStream<OrderRecord> stream = reader.open(new GeneratedShipments(orders), "generated.csv")) {
      for (OrderRecord order : stream) {
        records++;
        recordLines += order.shipment().lines().size();
        revenue += order.revenue();
      }
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      usedAtEnd = runtime.totalMemory() - runtime.freeMemory();
      LoadReport report = stream.report();
      assertThat(report.rowsRead()).isEqualTo(lines);
      assertThat(report.rowsAccepted()).isEqualTo(lines - badLines).isEqualTo(recordLines);
      // the bad line of an order and its other lines
      assertThat(report.rejectedByReason().get(RejectReason.OUT_OF_RANGE)).isEqualTo(badOrders);
      assertThat(report.rejectedByReason().get(RejectReason.ORDER_FIELDS_DISAGREE))
          .isEqualTo(badLines - badOrders);
      assertThat(report.rejectedByReason()).hasSize(2);
      assertThat(report.firstRejections()).hasSize(10);
      assertThat(report.unusedColumns()).isEmpty();
    }
    assertThat(lines).isEqualTo(1_999_999);
    assertThat(records).isEqualTo(orders - badOrders);
    double expectedRevenue = 0;
    for (int o = 0; o < orders; o++) {
      if (o % 97 != 0) {
        expectedRevenue += 100 + o % 1000 + 0.25;
      }
    }
    assertThat(revenue).isEqualTo(expectedRevenue);
    // a million order records held at once would take far more than this (each several hundred bytes);
    // what is left is the set of order ids and the parser's buffers
    assertThat(usedAtEnd).isLessThan(400L * 1024 * 1024);
  }
}
