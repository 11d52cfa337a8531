package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseLogSummarizerTest {

  private static final LocalDate END = LocalDate.of(2026, 3, 31);

  @Test
  void masterLogReproducesTheCdnowSummaryFile() {
    PurchaseLogSummarizer.Accumulator log = SharedData.cdnowMaster(
        PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30)));
    assertThat(log.rows()).isEqualTo(69_659);
    assertThat(log.customers()).isEqualTo(23_570);
    Map<String, String> sampleIds = SharedData.cdnowSampleIds();
    Map<String, PurchaseSummary> bySampleId = new HashMap<>();
    for (PurchaseSummary s : log.summaries()) {
      String id = sampleIds.get(s.customerId().value());
      if (id != null) {
        bySampleId.put(id, s);
      }
    }
    List<String[]> file = SharedData.csv("cdnow", "cdnow_customers_summary_with_transactions.csv");
    assertThat(bySampleId).hasSize(file.size()).hasSize(2357);
    double half = 0.005 + 1e-9;
    for (String[] row : file) {
      PurchaseSummary s = bySampleId.get(row[0]);
      assertThat(s.frequency()).as("x of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
      assertThat(s.recency()).as("t_x of %s", row[0]).isCloseTo(Double.parseDouble(row[2]), within(half));
      assertThat(s.age()).as("T of %s", row[0]).isCloseTo(Double.parseDouble(row[3]), within(half));
      assertThat(s.meanRepeatSpend().orElse(0)).as("zbar of %s", row[0])
          .isCloseTo(Double.parseDouble(row[4]), within(half));
    }
  }

  @Test
  void samePeriodPurchasesAreOneTransaction() {
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).start()
        .add("A", LocalDate.of(2026, 1, 1), 100)
        .add("A", LocalDate.of(2026, 1, 1), 50)
        .add("A", LocalDate.of(2026, 1, 8), 30)
        .add("A", LocalDate.of(2026, 1, 8), 10)
        .add("A", LocalDate.of(2026, 2, 1), 20);
    PurchaseSummary a = log.summaries().get(0);
    assertThat(a.frequency()).isEqualTo(2);
    assertThat(a.recency()).isEqualTo(31);
    assertThat(a.age()).isEqualTo(89);
    assertThat(a.meanRepeatSpend()).hasValue(30);
    assertThat(a.holdoutPurchases()).isEmpty();
  }

  @Test
  void weeklyAndMonthlyGrains() {
    PurchaseLogSummarizer monthly = PurchaseLogSummarizer.of(PurchaseTimeUnit.MONTHS, END)
        .withSamePeriod(PurchaseTimeUnit.MONTHS);
    PurchaseSummary m = monthly.start()
        .add("A", LocalDate.of(2026, 1, 5), 10)
        .add("A", LocalDate.of(2026, 1, 30), 10)
        .add("A", LocalDate.of(2026, 2, 1), 10)
        .summaries().get(0);
    assertThat(m.frequency()).isEqualTo(1);
    assertThat(m.recency()).isEqualTo(1);
    assertThat(m.age()).isEqualTo(2);
    PurchaseLogSummarizer weekly = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END)
        .withSamePeriod(PurchaseTimeUnit.WEEKS);
    // 2026-01-05 is a Monday: the 5th and the 11th share an ISO week, the 12th starts the next one
    PurchaseSummary w = weekly.start()
        .add("A", LocalDate.of(2026, 1, 5), 10)
        .add("A", LocalDate.of(2026, 1, 11), 10)
        .add("A", LocalDate.of(2026, 1, 12), 10)
        .summaries().get(0);
    assertThat(w.frequency()).isEqualTo(1);
    assertThat(w.recency()).isEqualTo(7);
  }

  @Test
  void holdoutPeriodAndRowsOutsideTheWindow() {
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END)
        .withHoldoutEnd(LocalDate.of(2026, 6, 30)).start()
        .add("A", LocalDate.of(2026, 3, 3), 10)
        .add("B", LocalDate.of(2026, 4, 2), 99)
        .add("A", LocalDate.of(2026, 4, 1), 20)
        .add("A", LocalDate.of(2026, 4, 1), 5)
        .add("A", LocalDate.of(2026, 5, 1), 30)
        .add("A", LocalDate.of(2026, 7, 1), 40);
    assertThat(log.customers()).isEqualTo(1);
    assertThat(log.rowsOfLaterCustomers()).isEqualTo(1);
    assertThat(log.rowsAfterEnd()).isEqualTo(1);
    PurchaseSummary a = log.summaries().get(0);
    assertThat(a.frequency()).isZero();
    assertThat(a.age()).isCloseTo(4, within(1e-12));
    assertThat(a.holdoutPurchases()).hasValue(2);
    assertThat(a.holdoutSpend()).hasValue(55);
    PurchaseData data = log.data();
    assertThat(data.size()).isEqualTo(1);
    assertThat(data.age(0)).isCloseTo(4, within(1e-12));
  }

  @Test
  void badRowsAreRejectedWithTheirRowNumber() {
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).start()
        .add("A", LocalDate.of(2026, 2, 1), 10);
    assertThatThrownBy(() -> log.add("A", LocalDate.of(2026, 1, 1), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date of row 1 must not be before customer A's previous purchase 2026-02-01: 2026-01-01");
    assertThatThrownBy(() -> log.add("B", LocalDate.of(2026, 1, 1), -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount of row 2 must be finite and >= 0: -5.0");
    assertThatThrownBy(() -> log.add(" ", LocalDate.of(2026, 1, 1), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customerId of row 3 must not be blank:  ");
    assertThatThrownBy(() -> PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).start().summaries())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("log must hold at least one purchase on or before calibrationEnd 2026-03-31: 0 rows added");
    assertThatThrownBy(() -> PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).withHoldoutEnd(END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holdoutEnd must be after calibrationEnd 2026-03-31: 2026-03-31");
  }

  @Test
  void interleavedCustomersGiveTheSameSummariesAsGroupedOnes() {
    PurchaseLogSummarizer summarizer = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END);
    List<PurchaseSummary> grouped = summarizer.start()
        .add("A", LocalDate.of(2026, 1, 1), 10).add("A", LocalDate.of(2026, 2, 1), 20)
        .add("B", LocalDate.of(2026, 1, 15), 5).add("B", LocalDate.of(2026, 3, 1), 7)
        .summaries();
    List<PurchaseSummary> interleaved = summarizer.start()
        .add("A", LocalDate.of(2026, 1, 1), 10).add("B", LocalDate.of(2026, 1, 15), 5)
        .add("A", LocalDate.of(2026, 2, 1), 20).add("B", LocalDate.of(2026, 3, 1), 7)
        .summaries();
    assertThat(interleaved).isEqualTo(grouped);
  }
}
