package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.pipeline.Customer360Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExampleTest {

  private final Customer360Result result = Customer360Example.inMemory();

  @Test
  void theReportIsOneHtmlFileOfTheBook(@TempDir Path dir) throws IOException {
    Path file = ReportExample.writeReport(result, dir);
    assertThat(file).hasFileName("report.html");
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>")
        .contains("LogiCRM report as of " + result.summary().asOf());
  }

  @Test
  void theParetoChartIsAVegaLiteSpecWithItsData() throws IOException {
    JsonNode spec = new ObjectMapper().readTree(ReportExample.paretoSpec(result));
    assertThat(spec.path("$schema").asText()).endsWith("vega-lite/v5.json");
    assertThat(spec.path("layer").get(0).path("data").path("values").size()).isGreaterThan(100);
  }
}
