package io.github.logicrm.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.CustomerSummary;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Aggregator's four functions and its buffer's binary form, without a Spark session: partial summaries of any
 * split of a customer's orders, sent through the codec and merged in any order, equal the summary of one pass.
 */
class CustomerSummaryAggregatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Test
  void splitEncodedAndMergedInAnyOrderEqualsOnePass() {
    PipelineRef ref = new PipelineRef(PipelineConfig::withDefaults, AS_OF);
    try {
      CustomerSummaryAggregator aggregator = new CustomerSummaryAggregator(ref);
      List<OrderRecord> orders = new ArrayList<>(BookRecords.of(SampleBook.of(60, 2, AS_OF, 4)).orders());
      BookBuffer onePass = ref.get().create();
      orders.forEach(onePass::add);

      Collections.shuffle(orders, new Random(9));
      List<BookBuffer> parts = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        parts.add(ref.get().create());
      }
      for (int k = 0; k < orders.size(); k++) {
        parts.get(k % parts.size()).add(orders.get(k));
      }
      for (CustomerSummary expected : onePass.customerSummaries()) {
        CustomerId id = expected.customerId();
        List<CustomerSummary> pieces = new ArrayList<>();
        for (BookBuffer part : parts) {
          part.customer(id).map(s -> SummaryCodec.read(ref, SummaryCodec.write(s))).ifPresent(pieces::add);
        }
        Collections.shuffle(pieces, new Random(id.hashCode()));
        // Two map-side buffers, each reduced from some pieces, then merged after the shuffle.
        CustomerSummary left = aggregator.zero();
        CustomerSummary right = aggregator.zero();
        for (int i = 0; i < pieces.size(); i++) {
          aggregator.reduce(i % 2 == 0 ? left : right, pieces.get(i));
        }
        CustomerSummary right2 = SummaryCodec.read(ref, SummaryCodec.write(right));
        CustomerSummary merged = aggregator.finish(aggregator.merge(right2, left));
        assertThat(merged).isEqualTo(expected);
        assertThat(SummaryCodec.read(ref, SummaryCodec.write(merged))).isEqualTo(expected);
        assertThat(aggregator.merge(aggregator.zero(), merged)).isEqualTo(expected);
      }
    } finally {
      ref.release();
    }
  }
}
