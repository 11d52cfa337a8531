package io.github.logicrm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seam for hosts that finish a book on many machines: the summaries' binary form, the zero summary, and a book
 * scored in slices with one fit and ranked in one place equals the book finished in one process.
 */
class BookSliceTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static BookRecords book;
  private static Customer360 pipeline;
  private static BookBuffer buffer;
  private static Customer360Result result;

  @BeforeAll
  static void runOnce() {
    book = BookRecords.of(SampleBook.of(300, 3, AS_OF, 11));
    pipeline = Customer360.of(PipelineConfig.withDefaults(), AS_OF);
    buffer = pipeline.create();
    book.customers().forEach(buffer::add);
    book.orders().forEach(buffer::add);
    book.invoices().forEach(buffer::add);
    book.surveys().forEach(buffer::add);
    result = pipeline.finish(buffer);
  }

  @Test
  void everySummaryReadsBackEqualFromItsBinaryForm() {
    long bytes = 0;
    for (CustomerSummary s : buffer.summaries().values()) {
      byte[] form = write(s);
      bytes += form.length;
      CustomerSummary back = read(form);
      assertThat(back).isEqualTo(s);
      assertThat(write(back)).isEqualTo(form);
    }
    // Compact: a few bytes per order day beside the fixed service counts, not the object graph.
    long orderDays = buffer.summaries().values().stream().mapToLong(CustomerSummary::orderDays).sum();
    assertThat(bytes).isLessThan(200L * buffer.customers() + 8 * orderDays);
  }

  @Test
  void theZeroSummaryTakesTheCustomerOfItsFirstRecordOrMerge() {
    CustomerSummary some = buffer.summaries().values().iterator().next();
    CustomerSummary zero = pipeline.createSummary();
    assertThat(zero.orderDays()).isZero();
    assertThatThrownBy(zero::customerId).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("summary must have taken a record to be of a customer");
    assertThat(read(write(zero))).isEqualTo(zero);
    assertThat(pipeline.createSummary().merge(zero).merge(some).merge(pipeline.createSummary())).isEqualTo(some);
    assertThat(read(write(some)).merge(zero)).isEqualTo(some);
  }

  @Test
  void ordersSplitAndMergedInAnyOrderEqualOnePass() {
    List<OrderRecord> orders = new ArrayList<>(book.orders());
    Collections.shuffle(orders, new Random(5));
    int parts = 4;
    List<Map<CustomerId, CustomerSummary>> partial = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      BookBuffer b = pipeline.create();
      for (int k = p; k < orders.size(); k += parts) {
        b.add(orders.get(k));
      }
      partial.add(b.summaries());
    }
    Collections.reverse(partial);
    for (CustomerSummary expected : buffer.summaries().values()) {
      if (expected.orderDays() == 0) {
        continue;
      }
      CustomerSummary merged = pipeline.createSummary();
      for (Map<CustomerId, CustomerSummary> part : partial) {
        CustomerSummary s = part.get(expected.customerId());
        if (s != null) {
          merged.merge(read(write(s)));        // each part travels in its binary form
        }
      }
      assertThat(merged.orderDays()).isEqualTo(expected.orderDays());
      assertThat(merged.frequency()).isEqualTo(expected.frequency());
      assertThat(merged.recency()).isEqualTo(expected.recency());
      assertThat(merged.meanRepeatSpend()).isEqualTo(expected.meanRepeatSpend());
    }
  }

  @Test
  void slicesScoredWithTheBookFitAndRankedTogetherEqualOneProcess() {
    BookFit fit = new BookScorer(pipeline, BookScorer.sortedWithOrders(buffer.summaries().values())).fit();
    assertThat(fit.purchaseFit()).isEqualTo(result.summary().purchaseFit());
    List<CustomerSummary> all = new ArrayList<>(buffer.summaries().values());
    Collections.shuffle(all, new Random(3));
    List<BookSlice> slices = new ArrayList<>();
    int parts = 3;
    for (int p = 0; p < parts; p++) {
      int from = all.size() * p / parts;
      int to = all.size() * (p + 1) / parts;
      slices.add(pipeline.scoreSlice(all.subList(from, to), fit));
    }
    List<BookRanking.Entry> entries = new ArrayList<>();
    slices.forEach(s -> entries.addAll(s.entries()));
    entries.sort(Comparator.comparing(BookRanking.Entry::customerId));
    BookRanking ranking = BookRanking.of(pipeline, entries, buffer.master());
    Map<CustomerId, BookRanking.Rank> ranks = new java.util.HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      ranks.put(entries.get(i).customerId(), ranking.ranks().get(i));
    }
    List<CustomerProfile> profiles = new ArrayList<>();
    for (BookSlice slice : slices) {
      profiles.addAll(slice.profiles(slice.customerIds().stream().map(ranks::get).toList(), buffer.master()));
    }
    profiles.sort(Comparator.comparing(CustomerProfile::customerId));
    assertThat(profiles).isEqualTo(result.profiles());
    assertThat(ranking.summary(fit, java.util.Optional.empty()).equity()).isEqualTo(result.summary().equity());
  }

  @Test
  void rankingRejectsUnsortedEntries() {
    BookFit fit = new BookScorer(pipeline, BookScorer.sortedWithOrders(buffer.summaries().values())).fit();
    List<BookRanking.Entry> entries = new ArrayList<>(
        pipeline.scoreSlice(buffer.summaries().values(), fit).entries());
    Collections.swap(entries, 0, 1);
    assertThatThrownBy(() -> BookRanking.of(pipeline, entries, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("entries must be sorted by distinct customer id: ");
  }

  private static byte[] write(CustomerSummary s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      s.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static CustomerSummary read(byte[] form) {
    try {
      return pipeline.readSummary(new DataInputStream(new ByteArrayInputStream(form)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
