package io.github.logicrm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportTest {

  private final Customer360Result result = SampleResults.small();
  private final Report report = Report.of(result);

  @Test
  void everyChartIsAVegaLiteSpecWithTitleAndInlineData() {
    Map<String, JsonNode> charts = report.charts();
    assertThat(charts).containsOnlyKeys("statuses", "abcPareto", "abcShares", "lifecycleStages", "stageTransitions",
        "pAliveMap", "clvByTier", "serviceRates", "sevenR", "sevenRFailures", "surveyPaths", "ipmaDrivers",
        "ipmaItems", "serviceByMonth", "serviceByLane");
    charts.forEach((name, spec) -> {
      assertThat(spec.path("$schema").asText()).as(name).isEqualTo("https://vega.github.io/schema/vega-lite/v5.json");
      assertThat(spec.path("title").path("text").asText()).as(name).isNotBlank();
      assertThat(spec.toString()).as(name).doesNotContain("\"url\"");
    });
  }

  @Test
  void chartsAreCopies() {
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.charts().get("statuses")).put("title", "changed");
    assertThat(report.charts().get("statuses").path("title").path("text").asText()).isEqualTo("Customers by status");
  }

  @Test
  void paretoCurveRisesFromZeroToTheWholeBookAndCutsAtTheTierShares() {
    JsonNode spec = report.charts().get("abcPareto");
    JsonNode curve = spec.path("layer").get(0).path("data").path("values");
    assertThat(curve.size()).isEqualTo(Math.min(result.profiles().size(), 200) + 1);
    assertThat(curve.get(0).path("valueShare").asDouble()).isZero();
    assertThat(curve.get(curve.size() - 1).path("customerShare").asDouble()).isEqualTo(1.0);
    assertThat(curve.get(curve.size() - 1).path("valueShare").asDouble()).isCloseTo(1.0, within(1e-12));
    for (int i = 1; i < curve.size(); i++) {
      assertThat(curve.get(i).path("valueShare").asDouble())
          .isGreaterThanOrEqualTo(curve.get(i - 1).path("valueShare").asDouble());
    }
    JsonNode cuts = spec.path("layer").get(1).path("data").path("values");
    double customers = 0;
    List<TierSummary> tiers = result.summary().tiers();
    assertThat(cuts.size()).isEqualTo(tiers.size() - 1);
    for (int i = 0; i < cuts.size(); i++) {
      customers += tiers.get(i).customerShare();
      assertThat(cuts.get(i).path("tier").asText()).isEqualTo(tiers.get(i).tier().name());
      assertThat(cuts.get(i).path("customerShare").asDouble()).isCloseTo(customers, within(1e-12));
    }
  }

  @Test
  void paretoPointEqualsTheValueOfTheRichestCustomersCountedByHand() {
    double[] values = result.profiles().stream().mapToDouble(CustomerProfile::tierValue).sorted().toArray();
    double total = Arrays.stream(values).sum();
    int n = values.length;
    JsonNode curve = report.charts().get("abcPareto").path("layer").get(0).path("data").path("values");
    for (int point : new int[] {1, 50, 137}) {
      int richest = (int) Math.round(point * (double) n / 200);
      double top = 0;
      for (int i = 0; i < richest; i++) {
        top += values[n - 1 - i];
      }
      assertThat(curve.get(point).path("customerShare").asDouble()).isEqualTo(richest / (double) n);
      assertThat(curve.get(point).path("valueShare").asDouble()).isCloseTo(top / total, within(1e-12));
    }
  }

  @Test
  void pAliveMapCountsEveryCustomerOnceAndAveragesTheirPAlive() {
    JsonNode cells = report.charts().get("pAliveMap").path("data").path("values");
    int customers = 0;
    double weighted = 0;
    for (JsonNode cell : cells) {
      customers += cell.path("customers").asInt();
      weighted += cell.path("customers").asInt() * cell.path("pAlive").asDouble();
      assertThat(cell.path("pAlive").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(customers).isEqualTo(result.profiles().size());
    double sum = result.profiles().stream().mapToDouble(CustomerProfile::pAlive).sum();
    assertThat(weighted).isCloseTo(sum, within(1e-9));
  }

  @Test
  void clvQuartilesPerTierEqualTheOrderStatisticsOfTheProfiles() {
    JsonNode rows = report.charts().get("clvByTier").path("data").path("values");
    for (JsonNode row : rows) {
      ValueTier tier = ValueTier.valueOf(row.path("tier").asText());
      double[] clv = result.profiles().stream().filter(p -> p.abcTier() == tier).mapToDouble(CustomerProfile::clv)
          .sorted().toArray();
      assertThat(row.path("customers").asInt()).isEqualTo(clv.length);
      // the same arithmetic in the same order: equal to the last bit
      assertThat(row.path("p5").asDouble()).isEqualTo(typeSeven(clv, 0.05));
      assertThat(row.path("p25").asDouble()).isEqualTo(typeSeven(clv, 0.25));
      assertThat(row.path("median").asDouble()).isEqualTo(typeSeven(clv, 0.5));
      assertThat(row.path("p75").asDouble()).isEqualTo(typeSeven(clv, 0.75));
      assertThat(row.path("p95").asDouble()).isEqualTo(typeSeven(clv, 0.95));
      assertThat(row.path("p25").asDouble()).isLessThanOrEqualTo(row.path("median").asDouble());
    }
  }

  @Test
  void sevenRFailuresAreSortedAndAddUpToTheShipmentsThatFailedEachRight() {
    var service = result.summary().service().orElseThrow();
    JsonNode rows = report.charts().get("sevenRFailures").path("data").path("values");
    long total = 0;
    int previous = Integer.MAX_VALUE;
    for (JsonNode row : rows) {
      int failures = row.path("failures").asInt();
      assertThat(failures).isLessThanOrEqualTo(previous);
      previous = failures;
      total += failures;
    }
    long expected = service.passed().values().stream().mapToLong(p -> service.shipments() - p).sum();
    assertThat(total).isEqualTo(expected);
    assertThat(rows.get(rows.size() - 1).path("cumulativeShare").asDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void listsFollowTheBookSummaryAndTheWinBackAdvice() {
    assertThat(report.atRisk()).extracting(CustomerProfile::customerId)
        .containsExactlyElementsOf(result.summary().atRisk());
    assertThat(report.atRiskTotal()).isEqualTo(result.summary().atRisk().size());
    assertThat(report.winBack()).isNotEmpty().allMatch(p -> p.status() == CustomerStatus.LOST);
    for (int i = 1; i < report.winBack().size(); i++) {
      WinBackAdvice previous = report.winBack().get(i - 1).winBack().orElseThrow();
      WinBackAdvice advice = report.winBack().get(i).winBack().orElseThrow();
      assertThat(advice.decision()).isGreaterThanOrEqualTo(previous.decision());
      if (advice.decision() == previous.decision()) {
        assertThat(advice.expectedGain()).isLessThanOrEqualTo(previous.expectedGain());
      }
    }
    assertThat(report.winBack()).extracting(p -> p.winBack().orElseThrow().decision())
        .contains(WinBackDecision.LET_GO).first().isNotEqualTo(WinBackDecision.LET_GO);
  }

  @Test
  void theAtRiskTableGivesTheFiredSignalsAndTheWinBackTableTheAdvicesReasons() throws IOException {
    String html = html(report);
    String atRisk = html.substring(html.indexOf("id=\"at-risk-table\""), html.indexOf("id=\"win-back\""));
    String winBack = html.substring(html.indexOf("id=\"win-back-table\""), html.indexOf("id=\"not-shown\""));
    CustomerProfile riskiest = report.atRisk().get(0);
    String fired = riskiest.churn().orElseThrow().signals().stream().filter(s -> s.fired()).map(s -> s.kind().name())
        .collect(java.util.stream.Collectors.joining(", "));
    assertThat(fired).isNotEmpty();
    assertThat(atRisk).contains("<td class=\"reasons\">" + fired + "</td>").doesNotContain("expected gain");
    // Mustache escapes "=" in the reasons as &#61;
    String reason = report.winBack().get(0).winBack().orElseThrow().reasons().get(0);
    assertThat(winBack).contains("<td class=\"reasons\">" + reason.replace("=", "&#61;"));
  }

  @Test
  void aShortListSaysHowManyItLeavesOut() throws IOException {
    Report shortList = Report.of(result, 3);
    assertThat(shortList.atRisk()).hasSize(3);
    assertThat(shortList.winBack()).hasSize(3);
    String html = html(shortList);
    assertThat(html).contains(report.atRiskTotal() + " customers at risk; the first 3 are listed here, all of them "
        + "in the Customer 360 table.");
    assertThat(count(html, "<section class=\"customer\"")).isBetween(3, 6);
  }

  @Test
  void theHtmlIsSelfContainedAndLinksEveryListedCustomerToItsPage() throws IOException {
    String html = html(report);
    assertThat(html).doesNotContainPattern("(?i)<script[^>]+src=").doesNotContainPattern("(?i)<link[^>]+href=")
        .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("@import");
    List<String> links = new ArrayList<>();
    Matcher m = Pattern.compile("href=\"#(customer-\\d+)\"").matcher(html);
    while (m.find()) {
      links.add(m.group(1));
    }
    assertThat(links).hasSize(report.atRisk().size() + report.winBack().size());
    links.forEach(anchor -> assertThat(html).contains("<section class=\"customer\" id=\"" + anchor + "\">"));
    for (String chart : report.charts().keySet()) {
      assertThat(html).contains("data-chart=\"" + chart + "\"");
    }
  }

  @Test
  void numbersHaveThousandsSeparatorsAndTheCurrencyIsStated() throws IOException {
    String html = html(report);
    assertThat(html).contains("Revenue (book currency)").contains(String.format(java.util.Locale.ROOT, "%,.0f",
        result.summary().revenue()));
    assertThat(html).doesNotContain(String.format(java.util.Locale.ROOT, ">%.0f<", result.summary().revenue()));
  }

  @Test
  void aPurchaseOnlyLogHasNoServiceSectionAndSaysSo() throws IOException {
    Customer360 pipeline = Customer360.of(PipelineConfig.withDefaults(), SampleResults.AS_OF);
    BookBuffer book = pipeline.create();
    BookRecords.of(SampleBook.of(150, 3, SampleResults.AS_OF, 9)).orders().forEach(o -> book.add(PurchaseRecord.of(
        o.customerId(), LocalDate.ofInstant(o.shipment().shippedAt(), ZoneOffset.UTC), o.revenue())));
    Report purchases = Report.of(pipeline.finish(book));
    assertThat(purchases.summary().service()).isEmpty();
    assertThat(purchases.charts()).doesNotContainKeys("serviceRates", "sevenR", "sevenRFailures")
        .containsKeys("abcPareto", "pAliveMap", "clvByTier");
    assertThat(purchases.notShown()).containsEntry("Service", "the book is a purchase-only log, without shipments");
    String html = html(purchases);
    assertThat(html).doesNotContain("id=\"service\"").doesNotContain("data-chart=\"sevenR\"")
        .contains("the book is a purchase-only log, without shipments");
  }

  @Test
  void rejectsANegativeListLength() {
    assertThatThrownBy(() -> Report.of(result, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxListed must be >= 0: -1");
  }

  static String html(Report report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.html().write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  /** Type-7 quantile written out independently: h = (n - 1) p, interpolate between floor(h) and ceil(h). */
  private static double typeSeven(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    double lower = sorted[(int) Math.floor(h)];
    double upper = sorted[(int) Math.ceil(h)];
    return lower + (h - Math.floor(h)) * (upper - lower);
  }
}
