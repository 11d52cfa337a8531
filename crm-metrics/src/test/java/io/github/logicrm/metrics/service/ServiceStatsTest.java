package io.github.logicrm.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.TimeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceStatsTest {

  private static final List<Shipment> BOOK = Shipments.random(2026, 4000, 12);

  /** The collector without its finisher, so that a per-customer buffer can finish with its customer id. */
  private static Collector<Shipment, ServiceStats, ServiceStats> buffers(SevenRScorer scorer) {
    return Collector.of(scorer::create, ServiceStats::add, ServiceStats::merge);
  }

  @Test
  void oneAtATimeMergedAndParallelAllEqualTheBatch() {
    for (OtifUnit unit : OtifUnit.values()) {
      SevenRScorer scorer = SevenRScorer.withDefaults().withOtifUnit(unit);
      ServiceSummary batch = scorer.summarize(BOOK);

      ServiceStats oneByOne = scorer.create();
      for (Shipment s : BOOK) {
        oneByOne.add(s);
      }
      assertThat(oneByOne.finish()).isEqualTo(batch);

      ServiceStats left = scorer.create();
      ServiceStats right = scorer.create();
      for (int i = 0; i < BOOK.size(); i++) {
        (i < 1234 ? left : right).add(BOOK.get(i));
      }
      assertThat(left.merge(right).finish()).isEqualTo(batch);

      List<Shipment> shuffled = new ArrayList<>(BOOK);
      Collections.shuffle(shuffled, new Random(unit.ordinal()));
      ServiceStats first = scorer.create();
      ServiceStats second = scorer.create();
      ServiceStats third = scorer.create();
      for (int i = 0; i < shuffled.size(); i++) {
        (i < 1000 ? first : i < 2500 ? second : third).add(shuffled.get(i));
      }
      assertThat(third.merge(scorer.create()).merge(first).merge(second).finish()).isEqualTo(batch);

      assertThat(shuffled.parallelStream().collect(scorer.collector())).isEqualTo(batch);
      assertThat(BOOK.parallelStream().collect(scorer.collector())).isEqualTo(batch);
      assertThat(BOOK.stream().collect(scorer.collector())).isEqualTo(batch);
    }
  }

  @Test
  void addingShipmentsEqualsAddingTheRowsOfTheirTableUnderEveryProfile() {
    ShipmentTable table = ShipmentTable.of(BOOK);
    for (io.github.logicrm.core.service.OtifProfile profile : io.github.logicrm.core.service.OtifProfile.values()) {
      SevenRScorer rules = SevenRScorer.withDefaults().withProfile(profile);
      ServiceStats fromShipments = rules.create();
      ServiceStats fromRows = rules.create();
      for (int row = 0; row < BOOK.size(); row++) {
        fromShipments.add(BOOK.get(row));
        fromRows.add(table, row);
        assertThat(rules.passMask(BOOK.get(row))).isEqualTo(rules.passMask(table, row));
      }
      assertThat(fromShipments.finish()).isEqualTo(fromRows.finish());
    }
  }

  @Test
  void orderOfShipmentsDoesNotMatter() {
    SevenRScorer scorer = SevenRScorer.withDefaults().withOtifUnit(OtifUnit.UNIT);
    List<Shipment> shuffled = new ArrayList<>(BOOK);
    Collections.shuffle(shuffled, new Random(11));
    assertThat(scorer.summarize(shuffled)).isEqualTo(scorer.summarize(BOOK));
  }

  @Test
  void perCustomerColumnarUpdateEqualsPerCustomerBatch() {
    SevenRScorer scorer = SevenRScorer.withDefaults().withTimeReference(TimeReference.REQUESTED);
    ShipmentTable table = ShipmentTable.of(BOOK);
    ServiceStats[] byCustomer = new ServiceStats[table.customerIds().size()];
    for (int c = 0; c < byCustomer.length; c++) {
      byCustomer[c] = scorer.create();
    }
    scorer.addAll(table, byCustomer);
    SortedMap<CustomerId, ServiceSummary> batch = scorer.summarizeByCustomer(BOOK);
    assertThat(batch).hasSize(12);
    Map<CustomerId, ServiceSummary> columnar = new TreeMap<>();
    for (int c = 0; c < byCustomer.length; c++) {
      columnar.put(table.customerIds().get(c), byCustomer[c].finish(table.customerIds().get(c)));
    }
    assertThat(columnar).isEqualTo(batch);

    Map<CustomerId, ServiceSummary> parallel = BOOK.parallelStream()
        .collect(Collectors.groupingByConcurrent(Shipment::customerId, buffers(scorer)))
        .entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().finish(e.getKey())));
    assertThat(new TreeMap<>(parallel)).isEqualTo(batch);
  }

  @Test
  void periodSelectsShipmentsDeliveredInsideIt() {
    SevenRScorer scorer = SevenRScorer.withDefaults();
    Instant from = Instant.parse("2026-04-01T00:00:00Z");
    Instant to = Instant.parse("2026-07-01T00:00:00Z");
    SortedMap<CustomerId, ServiceSummary> period = scorer.summarizeByCustomer(BOOK, from, to);
    List<Shipment> inside = BOOK.stream()
        .filter(s -> !s.deliveredAt().isBefore(from) && s.deliveredAt().isBefore(to))
        .collect(Collectors.toList());
    assertThat(inside).isNotEmpty().hasSizeLessThan(BOOK.size());
    assertThat(period.values().stream().mapToLong(ServiceSummary::shipments).sum()).isEqualTo(inside.size());
    assertThat(period).isEqualTo(scorer.summarizeByCustomer(inside));
  }

  @Test
  void rejectsMergingDifferentRulesAndSummarizingNothing() {
    ServiceStats a = SevenRScorer.withDefaults().create();
    ServiceStats b = SevenRScorer.withDefaults().withOtifUnit(OtifUnit.LINE).create();
    assertThatThrownBy(() -> a.merge(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("other must follow the same rules SevenRScorer{reference=COMMITTED,")
        .hasMessageContaining(": SevenRScorer{reference=COMMITTED, earlyDelivery=ON_TIME, otifUnit=LINE,");
    assertThatThrownBy(a::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no shipment added: a summary needs at least one");
    assertThat(a.merge(SevenRScorer.withDefaults().create()).shipments()).isZero();
  }

  @Test
  void rejectsAShortStatisticsArray() {
    SevenRScorer scorer = SevenRScorer.withDefaults();
    ShipmentTable table = ShipmentTable.of(BOOK);
    assertThatThrownBy(() -> scorer.addAll(table, new ServiceStats[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("byCustomer length must be >= the table's customer count 12: 3");
  }
}
