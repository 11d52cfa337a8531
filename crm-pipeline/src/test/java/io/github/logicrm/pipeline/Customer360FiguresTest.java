package io.github.logicrm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each figure of a profile against a hand computation on a small made-up book. */
class Customer360FiguresTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Customer360 PIPELINE = Customer360.of(PipelineConfig.withDefaults(), AS_OF);

  static OrderRecord order(String customer, String orderId, LocalDate day, double revenue, Double cost) {
    Instant shipped = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
    Shipment shipment = Shipment.builder().orderId(orderId).customerId(CustomerId.of(customer))
        .addLines(ShipmentLine.of("1", 10, 10))
        .requestedWindow(TimeWindow.of(shipped.plus(Duration.ofHours(20)), shipped.plus(Duration.ofHours(30))))
        .shippedAt(shipped).deliveredAt(shipped.plus(Duration.ofHours(24)))
        .deliveredToAgreedLocation(true).quotedPrice(revenue).invoicedPrice(revenue).contractTermsMet(true)
        .documentsComplete(true).trackingComplete(true).build();
    OrderRecord.Builder b = OrderRecord.builder().shipment(shipment).revenue(revenue);
    if (cost != null) {
      b.cost(cost);
    }
    return b.build();
  }

  /** A book where the sample's shippers stand beside a few made-up customers whose figures are worked by hand. */
  static Map<CustomerId, CustomerProfile> score(List<OrderRecord> extraOrders, List<InvoiceRecord> invoices,
      List<SurveyRecord> surveys, List<CustomerRecord> master) {
    BookRecords sample = BookRecords.of(SampleBook.of(150, 2, AS_OF, 1));
    List<OrderRecord> orders = new ArrayList<>(sample.orders());
    orders.addAll(extraOrders);
    List<CustomerRecord> customers = new ArrayList<>(sample.customers());
    customers.addAll(master);
    return PIPELINE.run(orders, invoices, surveys, customers).profiles().stream()
        .collect(Collectors.toMap(CustomerProfile::customerId, Function.identity()));
  }

  @Test
  void purchaseAndMarginFiguresFollowTheirDefinitions() {
    List<OrderRecord> orders = List.of(
        order("X1", "a", LocalDate.of(2025, 1, 6), 100, 80.0),
        order("X1", "b", LocalDate.of(2025, 1, 6), 50, null),
        order("X1", "c", LocalDate.of(2025, 3, 3), 200, 150.0),
        order("X2", "d", LocalDate.of(2024, 5, 1), 300, null));
    Map<CustomerId, CustomerProfile> p = score(orders, List.of(), List.of(), List.of());
    CustomerProfile x1 = p.get(CustomerId.of("X1"));
    assertThat(x1.orders()).isEqualTo(3);
    assertThat(x1.frequency()).isEqualTo(1);                        // two order days
    assertThat(x1.recency()).isEqualTo(56.0 / 7);                    // 2025-01-06 to 2025-03-03
    assertThat(x1.age()).isEqualTo(175.0 / 7);                       // 2025-01-06 to 2025-06-30
    assertThat(x1.revenue()).isEqualTo(350);
    assertThat(x1.meanRepeatSpend()).hasValue(200);
    assertThat(x1.marginRate()).isEqualTo(70.0 / 300);               // orders with a cost only
    assertThat(x1.status()).isEqualTo(CustomerStatus.REPEAT);
    CustomerProfile x2 = p.get(CustomerId.of("X2"));
    assertThat(x2.marginRate()).isEqualTo(0.20);                     // the configured rate
    assertThat(x2.revenue12m()).isZero();                            // 2024-05-01 is more than 365 days back
    assertThat(x2.frequency()).isZero();
    assertThat(x2.meanRepeatSpend()).isEmpty();
  }

  @Test
  void receivablesSurveyAndNpsFollowTheirDefinitions() {
    CustomerId x = CustomerId.of("X3");
    List<InvoiceRecord> invoices = List.of(
        invoice(x, "i1", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 1000, LocalDate.of(2025, 4, 2)),
        invoice(x, "i2", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), 400, null),
        invoice(x, "i3", LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 15), 600, null),
        invoice(x, "i4", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 999, null));
    List<SurveyRecord> surveys = List.of(
        SurveyRecord.builder().customerId(x).respondentId("r1").answeredOn(LocalDate.of(2025, 6, 1))
            .putAnswers("on_time", 10.0).putAnswers("price", 4.0).recommend(10).build(),
        SurveyRecord.builder().customerId(x).respondentId("r2").answeredOn(LocalDate.of(2025, 6, 2))
            .putAnswers("on_time", 8.0).recommend(5).build());
    Map<CustomerId, CustomerProfile> p = score(List.of(order("X3", "e", LocalDate.of(2025, 2, 1), 100, null)),
        invoices, surveys, List.of());
    CustomerProfile x3 = p.get(x);
    assertThat(x3.receivablesOutstanding()).hasValue(1000);         // i2 + i3; i4 is after the as-of date
    assertThat(x3.receivablesOverdue()).hasValue(400);              // i2 is past due
    assertThat(x3.daysSalesOutstanding()).hasValue(90.0 * 1000 / 1000); // i2 + i3 issued in the last 90 days
    // CSI: item means on_time 9, price 4 on 1-10: (100 x 8/9 + 100 x 3/9) / 2
    assertThat(x3.csi().getAsDouble()).isCloseTo((800.0 / 9 + 300.0 / 9) / 2, within(1e-12));
    assertThat(x3.nps()).hasValue(0);                               // one promoter, one detractor
    assertThat(x3.respondents()).isEqualTo(2);
  }

  @Test
  void aDependentOfALostShipperInheritsHalfOfACertainLoss() {
    List<OrderRecord> orders = new ArrayList<>();
    for (int m = 0; m < 18; m++) {                                  // a steady shipper that stopped a year ago
      orders.add(order("GONE", "g" + m, LocalDate.of(2023, 1, 10).plusMonths(m), 500, null));
    }
    for (int m = 0; m < 30; m++) {                                  // a steady shipper still shipping
      orders.add(order("DEP", "d" + m, LocalDate.of(2023, 1, 12).plusMonths(m), 500, null));
    }
    CustomerRecord dependent = CustomerRecord.builder().customerId(CustomerId.of("DEP"))
        .addDependsOn(CustomerId.of("GONE")).build();
    Map<CustomerId, CustomerProfile> p = score(orders, List.of(), List.of(), List.of(dependent));
    CustomerProfile gone = p.get(CustomerId.of("GONE"));
    CustomerProfile dep = p.get(CustomerId.of("DEP"));
    assertThat(gone.status()).isEqualTo(CustomerStatus.LOST);
    assertThat(gone.winBack()).isPresent();
    assertThat(dep.atRiskDependencies()).containsExactly(CustomerId.of("GONE"));
    assertThat(gone.churn()).isEmpty();
    assertThat(dep.churn().orElseThrow().score()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void aPurchaseOnlyLogScoresWithoutAServiceRecord() {
    CustomerId c = CustomerId.of("P1");
    BookBuffer book = PIPELINE.create();
    BookRecords.of(SampleBook.of(60, 2, AS_OF, 2)).orders().forEach(book::add);
    book.add(PurchaseRecord.of(c, LocalDate.of(2025, 1, 1), 20))
        .add(PurchaseRecord.of(c, LocalDate.of(2025, 2, 1), 30))
        .add(PurchaseRecord.of(c, LocalDate.of(2025, 7, 1), 40));
    CustomerProfile p = PIPELINE.finish(book).profiles().stream().filter(x -> x.customerId().equals(c))
        .findFirst().orElseThrow();
    assertThat(p.service()).isEmpty();
    assertThat(p.meanDeliveryHours()).isEmpty();
    assertThat(p.orders()).isEqualTo(2);                             // 2025-07-01 is after the as-of date
  }

  @Test
  void rejectsWhatDoesNotBelong() {
    BookBuffer other = Customer360.of(PipelineConfig.withDefaults(), AS_OF).create();
    assertThatThrownBy(() -> PIPELINE.create().merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("buffer must come from Customer360[asOf 2025-06-30]: ");
    BookBuffer book = PIPELINE.create().add(CustomerRecord.builder().customerId(CustomerId.of("A")).name("A").build());
    assertThatThrownBy(() -> book.add(CustomerRecord.builder().customerId(CustomerId.of("A")).name("B").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customer master must list A once or identically: ");
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withHorizon(0, 0.1))
        .hasMessage("months must be > 0: 0");
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withHorizon(12, Double.NaN))
        .hasMessage("annualDiscountRate must be finite and >= 0: NaN");
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withMarginRate(1.5))
        .hasMessage("marginRate must be in [0, 1]: 1.5");
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withRetention(-0.1, 0.5))
        .hasMessage("successProbability must be in [0, 1]: -0.1");
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withSurveyScale(10, 1))
        .hasMessage("survey scale must be finite with max > min 10.0: 1.0");
    assertThatThrownBy(() -> PipelineConfig.withDefaults()
        .withPurchaseModel(io.github.logicrm.core.clv.PurchaseModelKind.GAMMA_GAMMA))
        .hasMessage("model must be BG_NBD, MBG_NBD or PARETO_NBD: GAMMA_GAMMA");
    BookBuffer one = PIPELINE.create().add(order("X9", "a", LocalDate.of(2025, 1, 6), 10, null));
    CustomerSummary x9 = one.customer(CustomerId.of("X9")).orElseThrow();
    assertThatThrownBy(() -> x9.add(order("X9", "z", LocalDate.of(2025, 7, 2), 10, null)))
        .hasMessage("order z shippedAt must not be after asOf 2025-06-30: 2025-07-02");
    assertThatThrownBy(() -> x9.add(order("X8", "y", LocalDate.of(2025, 1, 7), 10, null)))
        .hasMessage("order must be of customer X9: X8");
    SurveyRecord outside = SurveyRecord.builder().customerId(CustomerId.of("A")).respondentId("r")
        .answeredOn(AS_OF).putAnswers("q", 11.0).build();
    assertThatThrownBy(() -> PIPELINE.create().add(outside))
        .hasMessage("answers[q] of respondent r must be in [1.0, 10.0]: 11.0");
  }

  private static InvoiceRecord invoice(CustomerId c, String id, LocalDate issued, LocalDate due, double amount,
      LocalDate paid) {
    InvoiceRecord.Builder b = InvoiceRecord.builder().customerId(c).invoiceId(id).issuedOn(issued).dueOn(due)
        .amount(amount);
    if (paid != null) {
      b.paidOn(paid);
    }
    return b.build();
  }
}
