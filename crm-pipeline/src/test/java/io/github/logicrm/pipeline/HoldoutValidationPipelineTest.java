package io.github.logicrm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.TrackingPeriod;
import io.github.logicrm.metrics.clv.HoldoutSplit;
import io.github.logicrm.metrics.clv.HoldoutValidation;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's optional holdout validation equals the calculator applied to the book's orders. */
class HoldoutValidationPipelineTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final LocalDate HOLDOUT_FROM = LocalDate.of(2025, 1, 1);
  private static BookRecords book;

  @BeforeAll
  static void generate() {
    book = BookRecords.of(SampleBook.of(400, 3, AS_OF, 7));
  }

  private static Customer360Result run(PipelineConfig config) {
    return Customer360.of(config, AS_OF).run(book.orders(), book.invoices(), book.surveys(), book.customers());
  }

  @Test
  void withoutHoldoutTheResultIsUnchanged() {
    Customer360Result plain = run(PipelineConfig.withDefaults());
    assertThat(plain.validation()).isEmpty();
    Customer360Result validated = run(PipelineConfig.withDefaults().withHoldoutFrom(HOLDOUT_FROM));
    assertThat(validated.profiles()).isEqualTo(plain.profiles());
    assertThat(validated.summary()).isEqualTo(plain.summary());
    assertThat(new Customer360Result(plain.profiles(), plain.summary(), plain.recordsAfterAsOf(),
        plain.customersWithoutOrders(), plain.orderSeries(), Optional.empty())).isEqualTo(plain);
  }

  @Test
  void validationEqualsTheCalculatorOnTheOrderDays() {
    PipelineConfig config = PipelineConfig.withDefaults().withPurchaseModel(PurchaseModelKind.MBG_NBD)
        .withHoldoutFrom(HOLDOUT_FROM);
    PurchaseModelComparison validation = run(config).validation().orElseThrow();
    Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
    for (OrderRecord o : book.orders()) {
      dates.computeIfAbsent(o.customerId().value(), k -> new ArrayList<>())
          .add(LocalDate.ofInstant(o.shipment().shippedAt(), ZoneOffset.UTC));
    }
    LocalDate first = dates.values().stream().flatMap(List::stream).min(LocalDate::compareTo).orElseThrow();
    HoldoutSplit split = HoldoutSplit.fromDates(PurchaseTimeUnit.WEEKS, HOLDOUT_FROM.minusDays(1), AS_OF,
        PurchaseTimeUnit.MONTHS, first.withDayOfMonth(1), dates.values());
    PurchaseModelComparison expected = HoldoutValidation.withDefaults().fitAndCompare(split,
        PurchaseModelFitter.withDefaults(), PurchaseModelKind.MBG_NBD);
    assertThat(validation.models()).extracting(PurchaseModelValidation::model)
        .containsExactly(PurchaseModelKind.MBG_NBD);
    assertThat(validation.customers()).isEqualTo(expected.customers());
    assertThat(validation.laterCustomers()).isEqualTo(expected.laterCustomers());
    assertThat(validation.calibrationEnd()).contains(LocalDate.of(2024, 12, 31));
    assertThat(validation.holdoutEnd()).contains(AS_OF);
    // customers are in another order in the pipeline, so sums may differ in the last bits
    for (int m = 0; m < expected.models().size(); m++) {
      PurchaseModelValidation a = validation.models().get(m);
      PurchaseModelValidation b = expected.models().get(m);
      assertThat(a.frequencyGroups()).extracting(g -> g.customers())
          .isEqualTo(b.frequencyGroups().stream().map(g -> g.customers()).toList());
      assertThat(a.holdoutErrors().actualTotal()).isEqualTo(b.holdoutErrors().actualTotal());
      assertThat(a.holdoutErrors().expectedTotal())
          .isCloseTo(b.holdoutErrors().expectedTotal(), org.assertj.core.api.Assertions.within(1e-6));
      assertThat(a.tracking()).extracting(TrackingPeriod::actual)
          .isEqualTo(b.tracking().stream().map(TrackingPeriod::actual).toList());
      assertThat(a.tracking().get(0).firstDay()).isEqualTo(first.withDayOfMonth(1));
    }
  }

  @Test
  void holdoutAfterAsOfIsRejected() {
    assertThatThrownBy(() -> run(PipelineConfig.withDefaults().withHoldoutFrom(AS_OF.plusDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holdoutFrom must not be after asOf 2025-12-31: 2026-01-01");
  }
}
