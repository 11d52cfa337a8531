package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingRecordsTest {

  @Test
  void sampleExportGivesThreeOrdersAndAccountsForTheBadOne() {
    ReadingRecords.RecordStreamResult result = ReadingRecords.readSample();
    assertThat(result.orders()).extracting(o -> o.shipment().orderId()).containsExactly("SO-1001", "SO-1002", "SO-1004");
    assertThat(result.orders().get(0).shipment().lines()).hasSize(2);
    assertThat(result.orders().get(0).revenue()).isEqualTo(1850.0);
    assertThat(result.report().rowsRead()).isEqualTo(6);
    assertThat(result.report().rowsAccepted()).isEqualTo(4);
    assertThat(result.report().rejectedByReason())
        .isEqualTo(Map.of(RejectReason.BAD_NUMBER, 1L, RejectReason.ORDER_FIELDS_DISAGREE, 1L));
    assertThat(result.report().firstRejections()).extracting(Object::toString).containsExactly(
        "shipments.csv:5:11 revenue must be finite and >= 0: \"960,00\"",
        "shipments.csv:6 order SO-1003 is rejected with its line 5");
    assertThat(result.report().unusedColumns()).containsExactly("vehicle");
  }

  @Test
  void exportOnDiskWritesItsRejectsFile(@TempDir Path dir) throws IOException {
    Path export = dir.resolve("shipments.csv");
    try (InputStream sample = ReadingRecords.class.getResourceAsStream("/sample/tms/shipments.csv")) {
      Files.copy(sample, export);
    }
    Path rejects = dir.resolve("rejects.csv");
    List<OrderRecord> orders = ReadingRecords.readExport(export, rejects);
    assertThat(orders).hasSize(3);
    assertThat(Files.readAllLines(rejects)).hasSize(3)
        .contains("shipments.csv,5,11,revenue,\"960,00\",BAD_NUMBER,revenue must be finite and >= 0");
  }
}
