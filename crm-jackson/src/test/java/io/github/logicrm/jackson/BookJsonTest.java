package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BookJsonTest {

  static Rejection rejection() {
    return Rejection.builder().source("orders.csv").line(1042).column(3).columnName("revenue").value("-12,5")
        .reason(RejectReason.BAD_NUMBER).message("revenue must be finite and >= 0").build();
  }

  @Test
  void orderRecordMatchesGolden() {
    OrderRecord order = OrderRecord.builder().shipment(ServiceJsonTest.shipment()).revenue(1850.0)
        .cost(OptionalDouble.of(1210.5)).consigneeId(CustomerId.of("C-002")).lane("CAN-SZX").build();
    assertMatchesGolden(order, OrderRecord.class);
  }

  @Test
  void invoiceRecordMatchesGolden() {
    InvoiceRecord invoice = InvoiceRecord.builder().customerId(CustomerId.of("C-001")).invoiceId("INV-2026-0311")
        .issuedOn(LocalDate.of(2026, 3, 2)).dueOn(LocalDate.of(2026, 4, 1)).amount(1850.0)
        .paidOn(LocalDate.of(2026, 4, 9)).build();
    assertMatchesGolden(invoice, InvoiceRecord.class);
  }

  @Test
  void surveyRecordMatchesGolden() {
    Map<String, Double> answers = new LinkedHashMap<>();
    answers.put("on_time", 8.0);
    answers.put("damage_free", 9.0);
    answers.put("billing", 6.5);
    SurveyRecord survey = SurveyRecord.builder().customerId(CustomerId.of("C-001")).respondentId("R-0042")
        .answeredOn(LocalDate.of(2026, 5, 12)).answers(answers).recommend(9).build();
    assertMatchesGolden(survey, SurveyRecord.class);
  }

  @Test
  void customerRecordMatchesGolden() {
    CustomerRecord customer = CustomerRecord.builder().customerId(CustomerId.of("C-002"))
        .name("Pearl River Retail").segment("retail").region("South China")
        .relationshipStart(LocalDate.of(2021, 6, 1)).addDependsOn(CustomerId.of("C-001")).build();
    assertMatchesGolden(customer, CustomerRecord.class);
  }

  @Test
  void rejectionAndLoadReportMatchGolden() {
    assertMatchesGolden(rejection(), Rejection.class);
    LoadReport report = LoadReport.builder().source("orders.csv").rowsRead(1200).rowsAccepted(1196)
        .putRejectedByReason(RejectReason.BAD_NUMBER, 1L).putRejectedByReason(RejectReason.ORDER_FIELDS_DISAGREE, 3L)
        .addFirstRejections(rejection()).addUnusedColumns("weight_kg").build();
    assertMatchesGolden(report, LoadReport.class);
  }

  @Test
  void reportThatDoesNotAddUpIsRejected() {
    String json = "{\"source\":\"orders.csv\",\"rowsRead\":10,\"rowsAccepted\":8,"
        + "\"rejectedByReason\":{\"BAD_NUMBER\":1}}";
    assertThatThrownBy(() -> MAPPER.readValue(json, LoadReport.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid fields 'rowsRead', 'rowsAccepted', 'rejectedByReason' of LoadReport: "
            + "rowsRead must equal rowsAccepted 8 + the sum of rejectedByReason 1: 10")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
