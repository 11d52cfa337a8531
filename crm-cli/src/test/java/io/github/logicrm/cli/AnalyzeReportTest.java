package io.github.logicrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.cli.AnalyzeCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeReportTest {

  @TempDir
  Path dir;

  @Test
  void theReportOptionAloneWritesReportHtmlAndPrintsItsPath() throws IOException {
    Path book = dir.resolve("book");
    Path out = dir.resolve("out");
    assertThat(AnalyzeCommandTest.run("generate", "--customers=120", "--years=2", "--as-of=2025-12-31", "--seed=3",
        "--out=" + book).exitCode()).isZero();
    Run without = AnalyzeCommandTest.run("analyze", "--shipments=" + book.resolve("shipments.csv"),
        "--as-of=2025-12-31", "--out=" + out);
    assertThat(without.exitCode()).as(without.err()).isZero();
    assertThat(without.out()).doesNotContain("Report in");
    assertThat(out.resolve("report.html")).doesNotExist();
    Run run = AnalyzeCommandTest.run("analyze", "--shipments=" + book.resolve("shipments.csv"),
        "--as-of=2025-12-31", "--out=" + out, "--report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path html = out.resolve("report.html").toAbsolutePath();
    assertThat(run.out()).contains("Report in " + html);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("LogiCRM report as of 2025-12-31")
        .contains("vegaEmbed");
  }
}
