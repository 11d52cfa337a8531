package io.github.logicrm.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.Shipment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binary form of {@link ServiceStats}: written and read back, alone or merged, it equals the statistics. */
class ServiceStatsFormTest {

  private static final List<Shipment> BOOK = Shipments.random(2027, 1500, 9);

  @Test
  void readBackAndMergedFromTheFormEqualOnePass() throws IOException {
    for (OtifUnit unit : OtifUnit.values()) {
      SevenRScorer scorer = SevenRScorer.withDefaults().withOtifUnit(unit);
      ServiceStats left = scorer.create();
      ServiceStats right = scorer.create();
      for (int i = 0; i < BOOK.size(); i++) {
        (i % 3 == 0 ? left : right).add(BOOK.get(i));
      }
      byte[] leftForm = write(left);
      assertThat(leftForm).hasSize(18 * 8);
      assertThat(scorer.create().mergeFrom(in(leftForm)).finish()).isEqualTo(left.finish());
      ServiceStats merged = scorer.create().mergeFrom(in(write(right))).mergeFrom(in(leftForm));
      assertThat(merged.finish()).isEqualTo(scorer.summarize(BOOK));
    }
  }

  @Test
  void aTruncatedFormFails() throws IOException {
    ServiceStats stats = SevenRScorer.withDefaults().create().add(BOOK.get(0));
    byte[] form = write(stats);
    assertThatThrownBy(() -> SevenRScorer.withDefaults().create()
        .mergeFrom(in(java.util.Arrays.copyOf(form, form.length - 1))))
        .isInstanceOf(EOFException.class);
  }

  private static byte[] write(ServiceStats stats) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      stats.writeTo(out);
    }
    return bytes.toByteArray();
  }

  private static DataInputStream in(byte[] form) {
    return new DataInputStream(new ByteArrayInputStream(form));
  }
}
