package io.github.logicrm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.TrackingPeriod;
import io.github.logicrm.pipeline.Customer360Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calibration/holdout and tracking charts: drawn from the result's validation, absent without one. */
class ValidationChartsTest {

  @Test
  void chartsCarryTheValidationData() throws IOException {
    Customer360Result result = SampleResults.smallWithHoldout();
    PurchaseModelValidation v = result.validation().orElseThrow().models().get(0);
    Report report = Report.of(result);
    assertThat(report.charts().keySet()).containsSubsequence("pAliveMap", "calibrationHoldout", "tracking",
        "trackingCumulative", "clvByTier");
    assertThat(report.notShown()).doesNotContainKey("Calibration vs holdout, tracking");

    JsonNode groups = report.charts().get("calibrationHoldout").path("data").path("values");
    List<FrequencyGroup> nonEmpty = v.frequencyGroups().stream().filter(g -> g.customers() > 0).toList();
    assertThat(groups).hasSize(2 * nonEmpty.size());
    for (int i = 0; i < nonEmpty.size(); i++) {
      FrequencyGroup g = nonEmpty.get(i);
      assertThat(groups.get(2 * i).path("series").asText()).isEqualTo("Actual");
      assertThat(groups.get(2 * i).path("purchases").asDouble()).isEqualTo(g.meanActualPurchases().getAsDouble());
      assertThat(groups.get(2 * i + 1).path("purchases").asDouble())
          .isEqualTo(g.meanExpectedPurchases().getAsDouble());
      assertThat(groups.get(2 * i).path("customers").asInt()).isEqualTo(g.customers());
    }
    assertThat(report.charts().get("calibrationHoldout").path("title").path("subtitle").asText())
        .contains("MAE").contains("RMSE");

    JsonNode cumulative = report.charts().get("trackingCumulative").path("layer").get(0).path("data").path("values");
    List<TrackingPeriod> periods = v.tracking();
    assertThat(cumulative).hasSize(2 * periods.size());
    TrackingPeriod last = periods.get(periods.size() - 1);
    assertThat(cumulative.get(cumulative.size() - 2).path("orders").asDouble()).isEqualTo(last.cumulativeActual());
    assertThat(cumulative.get(cumulative.size() - 1).path("orders").asDouble())
        .isEqualTo(last.cumulativeExpected());
    String firstHoldout = periods.stream().filter(TrackingPeriod::holdout).findFirst().orElseThrow().firstDay()
        .toString();
    assertThat(firstHoldout).isEqualTo(SampleResults.HOLDOUT_FROM.toString());
    assertThat(report.charts().get("tracking").path("layer").get(1).path("data").path("values").get(0)
        .path("period").asText()).isEqualTo(firstHoldout);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.html().write(report, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Validation on the holdout period")
        .contains("data-chart=\"calibrationHoldout\"").contains("data-chart=\"trackingCumulative\"");
  }

  @Test
  void withoutHoldoutTheSectionIsListedAsNotShown() throws IOException {
    Report report = Report.of(SampleResults.small());
    assertThat(report.charts()).doesNotContainKeys("calibrationHoldout", "tracking", "trackingCumulative");
    assertThat(report.notShown()).containsEntry("Calibration vs holdout, tracking",
        "no holdout period was given (analyze --holdout-from, PipelineConfig.withHoldoutFrom)");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.html().write(report, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Validation on the holdout period");
  }
}
