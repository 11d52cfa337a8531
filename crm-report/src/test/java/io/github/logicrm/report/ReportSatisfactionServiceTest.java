package io.github.logicrm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.SurveyModelFit;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.MonthlyOrders;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The satisfaction section, the service trend and lane charts, and the customer's order series. */
class ReportSatisfactionServiceTest {

  private final Customer360Result result = SampleResults.small();
  private final Report report = Report.of(result);
  private final BookSummary summary = result.summary();

  @Test
  void thePathDiagramDrawsEveryPathWithItsCoefficientAndTheR2OfEveryExplainedConstruct() {
    SurveyModelFit fit = summary.surveyModel().orElseThrow();
    JsonNode layers = report.charts().get("surveyPaths").path("layer");
    JsonNode edges = layers.get(0).path("data").path("values");
    assertThat(edges).hasSize(fit.estimate().paths().size());
    for (int k = 0; k < edges.size(); k++) {
      PathEstimate path = fit.estimate().paths().get(k);
      assertThat(edges.get(k).path("path").asText()).isEqualTo(path.from() + " -> " + path.to());
      assertThat(edges.get(k).path("coefficient").asDouble()).isEqualTo(path.coefficient());
      assertThat(edges.get(k).path("label").asText()).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
          path.coefficient()));
    }
    JsonNode nodes = layers.get(2).path("data").path("values");
    assertThat(nodes).hasSize(7);
    for (JsonNode node : nodes) {
      String construct = node.path("construct").asText();
      java.util.OptionalDouble r2 = fit.estimate().block(construct).orElseThrow().rSquared();
      assertThat(node.path("label").asText()).isEqualTo(r2.isPresent()
          ? construct + "\nR² " + String.format(java.util.Locale.ROOT, "%.2f", r2.getAsDouble()) : construct);
      // boxes stay inside the drawing
      assertThat(node.path("x").asDouble()).isGreaterThanOrEqualTo(0);
      assertThat(node.path("x2").asDouble()).isLessThanOrEqualTo(640);
      assertThat(node.path("y").asDouble()).isGreaterThanOrEqualTo(0);
      assertThat(node.path("y2").asDouble()).isLessThanOrEqualTo(340);
    }
    assertThat(nodes.findValuesAsText("construct")).containsExactly("Image", "Expectations", "Quality", "Value",
        "Satisfaction", "Complaints", "Loyalty");
  }

  @Test
  void theImportancePerformanceMapsPlotTheDriversAndItemsAndShadeTheFixFirstQuadrant() throws IOException {
    ImportancePerformance map = summary.surveyModel().orElseThrow().ipma().orElseThrow();
    for (boolean items : new boolean[] {false, true}) {
      List<IpmaPoint> points = items ? map.indicators() : map.constructs();
      JsonNode spec = report.charts().get(items ? "ipmaItems" : "ipmaDrivers");
      JsonNode values = spec.path("layer").get(4).path("data").path("values");
      assertThat(values).hasSize(points.size());
      double meanImportance = points.stream().mapToDouble(IpmaPoint::importance).average().orElseThrow();
      double meanPerformance = points.stream().mapToDouble(IpmaPoint::performance).average().orElseThrow();
      JsonNode quadrant = spec.path("layer").get(0).path("data").path("values").get(0);
      assertThat(quadrant.path("x").asDouble()).isCloseTo(meanImportance, within(1e-12));
      assertThat(quadrant.path("y2").asDouble()).isCloseTo(meanPerformance, within(1e-12));
      for (int k = 0; k < points.size(); k++) {
        IpmaPoint p = points.get(k);
        JsonNode v = values.get(k);
        assertThat(v.path("name").asText()).isEqualTo(p.name());
        assertThat(v.path("importance").asDouble()).isEqualTo(p.importance());
        assertThat(v.path("performance").asDouble()).isEqualTo(p.performance());
        boolean fixFirst = p.importance() > meanImportance && p.performance() < meanPerformance;
        assertThat(v.path("quadrant").asText()).as(p.name())
            .isEqualTo(fixFirst ? "Fix first: high importance, low performance" : "");
      }
    }
    String html = ReportTest.html(report);
    assertThat(html).contains("id=\"satisfaction\"").contains("Fix first (survey items)")
        .contains("data-chart=\"surveyPaths\"").contains("data-chart=\"ipmaItems\"");
    assertThat(report.notShown()).doesNotContainKey("Satisfaction path diagram and importance-performance map");
  }

  @Test
  void serviceTrendsArePerMonthAndLanesWorstFirst() {
    JsonNode months = report.charts().get("serviceByMonth").path("data").path("values");
    assertThat(months).hasSize(2 * summary.serviceByMonth().size());
    int k = 0;
    for (Map.Entry<String, ServiceSummary> e : summary.serviceByMonth().entrySet()) {
      assertThat(months.get(k).path("month").asText()).isEqualTo(e.getKey() + "-01");
      assertThat(months.get(k).path("rate").asDouble()).isEqualTo(e.getValue().perfectOrderRate());
      assertThat(months.get(k + 1).path("rate").asDouble()).isEqualTo(e.getValue().otif().rate());
      assertThat(months.get(k).path("shipments").asInt()).isEqualTo(e.getValue().shipments());
      k += 2;
    }
    JsonNode lanes = report.charts().get("serviceByLane").path("data").path("values");
    assertThat(lanes).hasSize(2 * summary.serviceByLane().size());
    List<Double> perfect = new ArrayList<>();
    for (int j = 0; j < lanes.size(); j += 2) {
      String lane = lanes.get(j).path("lane").asText();
      assertThat(lanes.get(j).path("rate").asDouble()).isEqualTo(summary.serviceByLane().get(lane)
          .perfectOrderRate());
      perfect.add(lanes.get(j).path("rate").asDouble());
    }
    assertThat(perfect).isSorted();
  }

  @Test
  void everyListedCustomersPageDrawsItsOrdersPerMonth() throws IOException {
    String html = ReportTest.html(report);
    List<CustomerProfile> listed = new ArrayList<>(report.atRisk());
    listed.addAll(report.winBack());
    for (CustomerProfile p : listed.subList(0, Math.min(20, listed.size()))) {
      MonthlyOrders series = result.orderSeries(p.customerId()).orElseThrow();
      String counts = Arrays.stream(series.toArray()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
      assertThat(html).contains("<title>Orders per month, " + series.firstMonth() + " to " + series.lastMonth()
          + " (");
      assertThat(html).contains("orders): " + counts + "</title>");
    }
    assertThat(html.split("class=\"order-series\"", -1)).hasSize(
        (int) listed.stream().map(CustomerProfile::customerId).distinct().count() + 1);
  }

  @Test
  void aBookWithoutSurveysSaysWhyItHasNoSatisfactionSection() throws IOException {
    BookRecords book = BookRecords.of(SampleBook.of(150, 3, SampleResults.AS_OF, 9));
    Report plain = Report.of(Customer360.of(PipelineConfig.withDefaults(), SampleResults.AS_OF)
        .run(book.orders(), book.invoices(), List.of(), book.customers()));
    assertThat(plain.charts()).doesNotContainKeys("surveyPaths", "ipmaDrivers", "ipmaItems")
        .containsKeys("serviceByMonth", "serviceByLane");
    assertThat(plain.notShown()).containsEntry("Satisfaction path diagram and importance-performance map",
        "the book has no survey responses");
    assertThat(ReportTest.html(plain)).doesNotContain("id=\"satisfaction\"");
  }
}
