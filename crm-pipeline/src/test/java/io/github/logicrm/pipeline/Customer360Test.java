package io.github.logicrm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.metrics.clv.GammaGamma;
import io.github.logicrm.metrics.clv.PurchaseClv;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import io.github.logicrm.metrics.clv.PurchaseModel;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Customer360Test {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static BookRecords book;
  private static Customer360 pipeline;
  private static Customer360Result result;

  @BeforeAll
  static void runOnce() {
    book = BookRecords.of(SampleBook.of(400, 3, AS_OF, 7));
    pipeline = Customer360.of(PipelineConfig.withDefaults(), AS_OF);
    result = pipeline.run(book.orders(), book.invoices(), book.surveys(), book.customers());
  }

  @Test
  void everyCustomerWithOrdersHasOneProfile() {
    long withOrders = book.orders().stream().map(OrderRecord::customerId).distinct().count();
    assertThat(result.profiles()).hasSize((int) withOrders);
    assertThat(result.summary().customers()).isEqualTo((int) withOrders);
    assertThat(result.summary().orders()).isEqualTo(book.orders().size());
    assertThat(result.profiles()).isSortedAccordingTo(Comparator.comparing(CustomerProfile::customerId));
  }

  @Test
  void purchaseFiguresEqualThePurchaseLogSummarizer() {
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, AS_OF).create();
    book.orders().stream()
        .sorted(Comparator.comparing(OrderRecord::customerId).thenComparing(o -> o.shipment().shippedAt()))
        .forEach(o -> log.add(o.customerId().value(),
            LocalDate.ofInstant(o.shipment().shippedAt(), ZoneOffset.UTC), o.revenue()));
    Map<CustomerId, PurchaseSummary> expected = log.finish().stream()
        .collect(Collectors.toMap(PurchaseSummary::customerId, Function.identity()));
    for (CustomerProfile p : result.profiles()) {
      PurchaseSummary s = expected.get(p.customerId());
      assertThat(p.frequency()).isEqualTo(s.frequency());
      assertThat(p.recency()).isEqualTo(s.recency());
      assertThat(p.age()).isEqualTo(s.age());
      if (p.frequency() > 0) {
        double mean = s.meanRepeatSpend().getAsDouble();
        assertThat(p.meanRepeatSpend().getAsDouble()).isCloseTo(mean, within(1e-12 * mean));
      }
    }
  }

  @Test
  void scoresEqualTheCalculatorsCalledDirectly() {
    PurchaseModelFit fit = result.summary().purchaseFit();
    PurchaseModel model = PurchaseModel.from(fit);
    GammaGamma spend = GammaGamma.from(result.summary().spendFit().orElseThrow());
    PurchaseClv clv = PurchaseClv.of(36, 365.25 / 12 / 7, PurchaseClv.perPeriodRate(0.10, 12));
    for (CustomerProfile p : result.profiles()) {
      int x = p.frequency();
      assertThat(p.pAlive()).isEqualTo(model.probabilityAlive(x, p.recency(), p.age()));
      assertThat(p.expectedOrders())
          .isEqualTo(model.conditionalExpectedPurchases(36 * 365.25 / 12 / 7, x, p.recency(), p.age()));
      double value = x == 0 ? spend.expectedSpend()
          : spend.conditionalExpectedSpend(x, p.meanRepeatSpend().getAsDouble());
      assertThat(p.expectedOrderValue()).isEqualTo(value);
      assertThat(p.clv()).isCloseTo(p.marginRate() * value * clv.discountedPurchases(model, x, p.recency(), p.age()),
          within(1e-9 * Math.max(1, Math.abs(p.clv()))));
    }
    assertThat(result.summary().equity())
        .isCloseTo(result.profiles().stream().mapToDouble(CustomerProfile::clv).sum(), within(1e-6));
  }

  @Test
  void splitAndMergedInAnyOrderEqualsOnePass() {
    List<OrderRecord> shuffled = new ArrayList<>(book.orders());
    Collections.shuffle(shuffled, new Random(11));
    List<BookBuffer> parts = List.of(pipeline.create(), pipeline.create(), pipeline.create());
    Random pick = new Random(12);
    shuffled.forEach(o -> parts.get(pick.nextInt(3)).add(o));
    book.invoices().forEach(i -> parts.get(pick.nextInt(3)).add(i));
    book.surveys().forEach(s -> parts.get(pick.nextInt(3)).add(s));
    book.customers().forEach(c -> parts.get(pick.nextInt(3)).add(c));
    BookBuffer merged = parts.get(2).merge(parts.get(0)).merge(pipeline.create()).merge(parts.get(1));
    Customer360Result split = pipeline.finish(merged);
    assertThat(split.profiles()).isEqualTo(result.profiles());
    assertThat(split.summary()).isEqualTo(result.summary());
  }

  @Test
  void parallelStreamCollectorEqualsSerialRun() {
    Customer360 serial = Customer360.of(PipelineConfig.withDefaults().withParallel(false), AS_OF);
    Customer360Result one = book.orders().stream().collect(serial.collector());
    Customer360Result many = book.orders().parallelStream().collect(pipeline.collector());
    assertThat(many.profiles()).isEqualTo(one.profiles());
    assertThat(many.summary()).isEqualTo(one.summary());
  }

  @Test
  void winBackAdviceOnlyForLostOrAtRiskCustomers() {
    for (CustomerProfile p : result.profiles()) {
      boolean lostOrAtRisk = p.status() == io.github.logicrm.core.customer.CustomerStatus.LOST
          || p.churn().orElseThrow().level() == io.github.logicrm.core.retention.RiskLevel.HIGH;
      assertThat(p.winBack().isPresent()).as(p.customerId().value()).isEqualTo(lostOrAtRisk);
    }
    assertThat(result.summary().atRisk()).isNotEmpty();
    assertThat(result.profiles()).allMatch(p -> p.churn().isEmpty() == (p.status()
        == io.github.logicrm.core.customer.CustomerStatus.LOST));
  }

  @Test
  void rejectsAnEmptyBook() {
    assertThatThrownBy(() -> pipeline.finish(pipeline.create()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("book must hold at least one order on or before asOf 2025-12-31: 0 customers without orders");
  }

  @Test
  void recordsAfterTheAsOfDateAreCountedNotScored() {
    Customer360 earlier = Customer360.of(PipelineConfig.withDefaults(), AS_OF.minusYears(1));
    Customer360Result r = earlier.run(book.orders(), book.invoices(), book.surveys(), book.customers());
    long later = book.orders().stream()
        .filter(o -> LocalDate.ofInstant(o.shipment().shippedAt(), ZoneOffset.UTC).isAfter(AS_OF.minusYears(1)))
        .count()
        + book.invoices().stream().filter(i -> i.issuedOn().isAfter(AS_OF.minusYears(1))).count()
        + book.surveys().stream().filter(s -> s.answeredOn().isAfter(AS_OF.minusYears(1))).count();
    assertThat(r.recordsAfterAsOf()).isEqualTo(later);
  }
}
