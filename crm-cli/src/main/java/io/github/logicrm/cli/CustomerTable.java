package io.github.logicrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.service.ServiceSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The per-customer output table: CSV with one documented column per figure (docs/from-your-tms-data.md), and JSON
 * Lines with the whole profile, evidence included, one customer per line.
 */
final class CustomerTable {

  /** One CSV column: its name and how it is read off a profile. */
  private record Column(String name, Function<CustomerProfile, String> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("customer_id", p -> p.customerId().value()),
      new Column("name", p -> p.name().orElse("")),
      new Column("segment", p -> p.segment().orElse("")),
      new Column("status", p -> p.status().name()),
      new Column("first_order", p -> p.firstOrder().toString()),
      new Column("last_order", p -> p.lastOrder().toString()),
      new Column("orders", p -> Long.toString(p.orders())),
      new Column("revenue", p -> number(p.revenue())),
      new Column("revenue_12m", p -> number(p.revenue12m())),
      new Column("margin_rate", p -> number(p.marginRate())),
      new Column("frequency", p -> Integer.toString(p.frequency())),
      new Column("recency", p -> number(p.recency())),
      new Column("age", p -> number(p.age())),
      new Column("mean_repeat_spend", p -> number(p.meanRepeatSpend())),
      new Column("p_alive", p -> number(p.pAlive())),
      new Column("expected_orders", p -> number(p.expectedOrders())),
      new Column("expected_order_value", p -> number(p.expectedOrderValue())),
      new Column("clv", p -> number(p.clv())),
      new Column("abc_tier", p -> p.abcTier().name()),
      new Column("tier_value", p -> number(p.tierValue())),
      new Column("rfm", p -> p.rfm().cellCode()),
      new Column("rfm_score", p -> number(p.rfm().weightedScore())),
      new Column("lifecycle_stage", p -> p.lifecycle().stage().name()),
      new Column("lifecycle_trend", p -> number(p.lifecycle().trend())),
      new Column("lifecycle_level_to_peak", p -> number(p.lifecycle().levelToPeak())),
      new Column("perfect_order_rate", p -> service(p, ServiceSummary::perfectOrderRate)),
      new Column("perfect_order_rate_components", p -> service(p, ServiceSummary::perfectOrderRateFromComponents)),
      new Column("otif", p -> service(p, s -> s.otif().rate())),
      new Column("complaints", p -> p.service().map(s -> Integer.toString(s.complaints())).orElse("")),
      new Column("mean_delivery_hours", p -> number(p.meanDeliveryHours())),
      new Column("receivables_outstanding", p -> number(p.receivablesOutstanding())),
      new Column("receivables_overdue", p -> number(p.receivablesOverdue())),
      new Column("dso_days", p -> number(p.daysSalesOutstanding())),
      new Column("csi", p -> number(p.csi())),
      new Column("nps", p -> number(p.nps())),
      new Column("respondents", p -> Integer.toString(p.respondents())),
      new Column("churn_risk", p -> p.churn().map(c -> number(c.score())).orElse("")),
      new Column("churn_level", p -> p.churn().map(c -> c.level().name()).orElse("")),
      new Column("churn_signals", p -> p.churn().map(c -> c.fired().stream().map(ChurnSignal::kind)
          .map(Enum::name).collect(Collectors.joining(";"))).orElse("")),
      new Column("at_risk_dependencies", p -> p.atRiskDependencies().stream().map(CustomerId::value)
          .collect(Collectors.joining(";"))),
      new Column("win_back_action", p -> p.winBack().map(a -> a.decision().name()).orElse("")),
      new Column("win_back_spend_cap", p -> p.winBack().map(a -> number(a.spendCap())).orElse("")),
      new Column("win_back_reasons", p -> p.winBack().map(WinBackAdvice::reasons)
          .map(r -> String.join("; ", r)).orElse("")));

  private CustomerTable() {}

  /**
   * Returns the CSV column names, in order.
   *
   * @return the header
   */
  static List<String> header() {
    return COLUMNS.stream().map(Column::name).toList();
  }

  static void writeCsv(List<CustomerProfile> profiles, Path file) throws IOException {
    try (CsvWriter csv = CsvWriter.builder().build(file)) {
      csv.writeRecord(header());
      for (CustomerProfile p : profiles) {
        csv.writeRecord(COLUMNS.stream().map(c -> c.value().apply(p)).toList());
      }
    }
  }

  static void writeJsonLines(List<CustomerProfile> profiles, ObjectMapper mapper, Path file) throws IOException {
    try (SequenceWriter lines = mapper.writerFor(CustomerProfile.class).withRootValueSeparator("\n")
        .writeValues(file.toFile())) {
      for (CustomerProfile p : profiles) {
        lines.write(p);
      }
    }
  }

  private static String service(CustomerProfile p, java.util.function.ToDoubleFunction<ServiceSummary> rate) {
    return p.service().map(s -> number(rate.applyAsDouble(s))).orElse("");
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }

  private static String number(double value) {
    return Double.toString(value);
  }
}
