package io.github.logicrm.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.report.Report;
import io.github.logicrm.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The guide's "The report": a Customer 360 result as one HTML file, and a chart as Vega-Lite JSON. */
public final class ReportExample {

  private ReportExample() {}

  /**
   * Writes the report of a result as {@code report.html} in a directory.
   *
   * @param result the Customer 360 result
   * @param dir an existing directory
   * @return the file written
   * @throws IOException when the file cannot be written
   */
  public static Path writeReport(Customer360Result result, Path dir) throws IOException {
    Path file = dir.resolve("report.html");
    try (OutputStream out = Files.newOutputStream(file)) {
      ReportWriter.html().write(Report.of(result), out);   // UTF-8 HTML; the stream is flushed, not closed
    }
    return file;
  }

  /**
   * Returns the ABC Pareto chart as a Vega-Lite specification, for a front end to draw.
   *
   * @param result the Customer 360 result
   * @return the specification as JSON text
   * @throws JsonProcessingException never for these trees
   */
  public static String paretoSpec(Customer360Result result) throws JsonProcessingException {
    Map<String, JsonNode> charts = Report.of(result).charts();
    return new ObjectMapper().writeValueAsString(charts.get("abcPareto"));
  }
}
