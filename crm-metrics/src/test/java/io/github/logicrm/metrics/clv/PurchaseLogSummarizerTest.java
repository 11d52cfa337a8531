package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    for (PurchaseSummary s : log.finish()) {
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
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).create()
        .add("A", LocalDate.of(2026, 1, 1), 100)
        .add("A", LocalDate.of(2026, 1, 1), 50)
        .add("A", LocalDate.of(2026, 1, 8), 30)
        .add("A", LocalDate.of(2026, 1, 8), 10)
        .add("A", LocalDate.of(2026, 2, 1), 20);
    PurchaseSummary a = log.finish().get(0);
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
    PurchaseSummary m = monthly.create()
        .add("A", LocalDate.of(2026, 1, 5), 10)
        .add("A", LocalDate.of(2026, 1, 30), 10)
        .add("A", LocalDate.of(2026, 2, 1), 10)
        .finish().get(0);
    assertThat(m.frequency()).isEqualTo(1);
    assertThat(m.recency()).isEqualTo(1);
    assertThat(m.age()).isEqualTo(2);
    PurchaseLogSummarizer weekly = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END)
        .withSamePeriod(PurchaseTimeUnit.WEEKS);
    // 2026-01-05 is a Monday: the 5th and the 11th share an ISO week, the 12th starts the next one
    PurchaseSummary w = weekly.create()
        .add("A", LocalDate.of(2026, 1, 5), 10)
        .add("A", LocalDate.of(2026, 1, 11), 10)
        .add("A", LocalDate.of(2026, 1, 12), 10)
        .finish().get(0);
    assertThat(w.frequency()).isEqualTo(1);
    assertThat(w.recency()).isEqualTo(7);
  }

  @Test
  void holdoutPeriodAndRowsOutsideTheWindow() {
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END)
        .withHoldoutEnd(LocalDate.of(2026, 6, 30)).create()
        .add("A", LocalDate.of(2026, 3, 3), 10)
        .add("B", LocalDate.of(2026, 4, 2), 99)
        .add("A", LocalDate.of(2026, 4, 1), 20)
        .add("A", LocalDate.of(2026, 4, 1), 5)
        .add("A", LocalDate.of(2026, 5, 1), 30)
        .add("A", LocalDate.of(2026, 7, 1), 40);
    assertThat(log.customers()).isEqualTo(1);
    assertThat(log.rowsOfLaterCustomers()).isEqualTo(1);
    assertThat(log.rowsAfterEnd()).isEqualTo(1);
    PurchaseSummary a = log.finish().get(0);
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
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).create()
        .add("A", LocalDate.of(2026, 2, 1), 10);
    assertThatThrownBy(() -> log.add("A", LocalDate.of(2026, 1, 1), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date[1] must not be before customer A's previous purchase 2026-02-01: 2026-01-01");
    assertThatThrownBy(() -> log.add("B", LocalDate.of(2026, 1, 1), -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount[2] must be finite and >= 0: -5.0");
    assertThatThrownBy(() -> log.add(" ", LocalDate.of(2026, 1, 1), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customerId[3] must not be blank: ' '");
    assertThatThrownBy(() -> PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).create().finish())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("log must hold at least one purchase on or before calibrationEnd 2026-03-31: 0 rows added");
    assertThatThrownBy(() -> PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).withHoldoutEnd(END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holdoutEnd must be after calibrationEnd 2026-03-31: 2026-03-31");
  }

  @Test
  void interleavedCustomersGiveTheSameSummariesAsGroupedOnes() {
    PurchaseLogSummarizer summarizer = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END);
    List<PurchaseSummary> grouped = summarizer.create()
        .add("A", LocalDate.of(2026, 1, 1), 10).add("A", LocalDate.of(2026, 2, 1), 20)
        .add("B", LocalDate.of(2026, 1, 15), 5).add("B", LocalDate.of(2026, 3, 1), 7)
        .finish();
    List<PurchaseSummary> interleaved = summarizer.create()
        .add("A", LocalDate.of(2026, 1, 1), 10).add("B", LocalDate.of(2026, 1, 15), 5)
        .add("A", LocalDate.of(2026, 2, 1), 20).add("B", LocalDate.of(2026, 3, 1), 7)
        .finish();
    assertThat(interleaved).isEqualTo(grouped);
  }

  /** One row of a purchase log. */
  private record Row(String customerId, LocalDate date, double amount) {}

  /**
   * A random log: customers first buying before or after the calibration end, rows up to past the holdout
   * end, several rows on one day or in one week, amounts in cents; each customer's rows in date order, the
   * customers interleaved at random.
   */
  private static List<Row> randomLog(SplittableRandom random, int customers) {
    List<List<Row>> byCustomer = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      List<Row> rows = new ArrayList<>();
      LocalDate date = END.minusDays(random.nextInt(200) - 30);
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        rows.add(new Row("C" + c, date, random.nextInt(100_000) / 100.0));
        date = date.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(25));
      }
      byCustomer.add(rows);
    }
    List<Row> log = new ArrayList<>();
    int[] next = new int[customers];
    List<Integer> open = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      open.add(c);
    }
    while (!open.isEmpty()) {
      int k = random.nextInt(open.size());
      int c = open.get(k);
      log.add(byCustomer.get(c).get(next[c]++));
      if (next[c] == byCustomer.get(c).size()) {
        open.remove(k);
      }
    }
    return log;
  }

  private static PurchaseLogSummarizer.Accumulator addAll(PurchaseLogSummarizer.Accumulator acc, List<Row> rows) {
    for (Row r : rows) {
      acc.add(r.customerId(), r.date(), r.amount());
    }
    return acc;
  }

  /** Splits the log at random points and merges the parts, in log order, in a random grouping. */
  private static PurchaseLogSummarizer.Accumulator splitAndMerge(PurchaseLogSummarizer summarizer, List<Row> log,
      SplittableRandom random) {
    int parts = 2 + random.nextInt(6);
    List<Integer> cuts = new ArrayList<>(List.of(0, log.size()));
    for (int i = 1; i < parts; i++) {
      cuts.add(random.nextInt(log.size() + 1));
    }
    cuts.sort(null);
    List<PurchaseLogSummarizer.Accumulator> accs = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      accs.add(addAll(summarizer.create(), log.subList(cuts.get(i), cuts.get(i + 1))));
    }
    while (accs.size() > 1) {
      int i = random.nextInt(accs.size() - 1);
      accs.set(i, accs.get(i).merge(accs.remove(i + 1)));
    }
    return accs.get(0);
  }

  @Test
  void oneAtATimeMergedAndParallelAllEqualOnePass() {
    SplittableRandom random = new SplittableRandom(20261128);
    LocalDate holdoutEnd = END.plusDays(60);
    for (PurchaseTimeUnit grain : PurchaseTimeUnit.values()) {
      PurchaseLogSummarizer summarizer = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END)
          .withSamePeriod(grain).withHoldoutEnd(holdoutEnd);
      List<Row> log = randomLog(random, 400);
      PurchaseLogSummarizer.Accumulator onePass = addAll(summarizer.create(), log);
      List<PurchaseSummary> expected = onePass.finish();
      assertThat(onePass.rowsOfLaterCustomers()).isPositive();
      assertThat(onePass.rowsAfterEnd()).isPositive();
      assertThat(expected).anySatisfy(s -> assertThat(s.holdoutSpend().orElse(0)).isPositive());
      if (grain != PurchaseTimeUnit.YEARS) { // the holdout period lies in the calibration end's year
        assertThat(expected).anySatisfy(s -> assertThat(s.holdoutPurchases().orElse(0)).isGreaterThan(1));
      }

      for (int trial = 0; trial < 20; trial++) {
        PurchaseLogSummarizer.Accumulator merged = splitAndMerge(summarizer, log, random);
        assertThat(merged.finish()).as("%s, trial %d", grain, trial).isEqualTo(expected);
        assertThat(merged.rows()).isEqualTo(onePass.rows());
        assertThat(merged.rowsAfterEnd()).isEqualTo(onePass.rowsAfterEnd());
        assertThat(merged.rowsOfLaterCustomers()).isEqualTo(onePass.rowsOfLaterCustomers());
        assertThat(merged.customers()).isEqualTo(onePass.customers());
      }
      assertThat(summarizer.create().merge(onePass).finish()).isEqualTo(expected);
      assertThat(addAll(summarizer.create(), log).merge(summarizer.create()).finish()).isEqualTo(expected);

      var collector = summarizer.collector(Row::customerId, Row::date, Row::amount);
      assertThat(log.parallelStream().collect(collector)).isEqualTo(expected);
      assertThat(log.stream().collect(collector)).isEqualTo(expected);

      // the same purchases, the customers interleaved otherwise: the same summary per customer
      List<Row> shuffled = new ArrayList<>(log);
      shuffled.sort((a, b) -> Integer.compare(a.customerId().hashCode() % 7, b.customerId().hashCode() % 7));
      assertThat(byId(shuffled.parallelStream().collect(collector))).isEqualTo(byId(expected));
    }
  }

  private static Map<String, PurchaseSummary> byId(List<PurchaseSummary> summaries) {
    return summaries.stream().collect(Collectors.toMap(s -> s.customerId().value(), Function.identity()));
  }

  @Test
  void aMergeThatBreaksDateOrderThrowsWhatOnePassThrowsAndChangesNothing() {
    PurchaseLogSummarizer summarizer = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END);
    List<Row> first = List.of(new Row("A", LocalDate.of(2026, 1, 1), 10), new Row("B", LocalDate.of(2026, 2, 1), 5),
        new Row("A", LocalDate.of(2026, 1, 20), 10));
    List<Row> second = List.of(new Row("C", LocalDate.of(2026, 1, 2), 1), new Row("B", LocalDate.of(2026, 1, 31), 2),
        new Row("A", LocalDate.of(2026, 1, 19), 3));
    List<Row> log = new ArrayList<>(first);
    log.addAll(second);
    assertThatThrownBy(() -> addAll(summarizer.create(), log))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date[4] must not be before customer B's previous purchase 2026-02-01: 2026-01-31");
    PurchaseLogSummarizer.Accumulator a = addAll(summarizer.create(), first);
    List<PurchaseSummary> before = a.finish();
    assertThatThrownBy(() -> a.merge(addAll(summarizer.create(), second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date[4] must not be before customer B's previous purchase 2026-02-01: 2026-01-31");
    assertThat(a.finish()).isEqualTo(before);
    assertThat(a.rows()).isEqualTo(3);
  }

  @Test
  void customersFirstSeenInTheHoldoutAreHeldToDateOrderToo() {
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END)
        .withHoldoutEnd(LocalDate.of(2026, 6, 30)).create()
        .add("L", LocalDate.of(2026, 5, 1), 10)
        .add("L", LocalDate.of(2026, 8, 1), 10);
    assertThatThrownBy(() -> log.add("L", LocalDate.of(2026, 3, 1), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date[2] must not be before customer L's previous purchase 2026-05-01: 2026-03-01");
    assertThat(log.add("L", LocalDate.of(2026, 5, 2), 10).rowsOfLaterCustomers()).isEqualTo(2);
    assertThat(log.rowsAfterEnd()).isEqualTo(1);
    assertThat(log.customers()).isZero();
  }

  @Test
  void mergeRejectsOtherRulesAndItself() {
    PurchaseLogSummarizer.Accumulator a = PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).create();
    assertThatThrownBy(() -> a.merge(PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END).create()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must follow the same rules PurchaseLogSummarizer{unit=DAYS, grain=DAYS, "
            + "calibrationEnd=2026-03-31, holdoutEnd=none}: PurchaseLogSummarizer{unit=WEEKS, grain=DAYS, "
            + "calibrationEnd=2026-03-31, holdoutEnd=none}");
    assertThatThrownBy(() -> a.merge(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must not be this accumulator: Accumulator{0 rows, 0 customers}");
    assertThat(a.merge(PurchaseLogSummarizer.of(PurchaseTimeUnit.DAYS, END).create()).rows()).isZero();
  }
}
