package io.github.logicrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.cli.AnalyzeCommandTest.Run;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeHoldoutTest {

  @TempDir
  Path dir;

  @Test
  void holdoutFromWritesTheValidationAndAReportWithItsCharts() throws IOException {
    Path book = dir.resolve("book");
    Path out = dir.resolve("out");
    assertThat(AnalyzeCommandTest.run("generate", "--customers=120", "--years=2", "--as-of=2025-12-31", "--seed=3",
        "--out=" + book).exitCode()).isZero();
    Run run = AnalyzeCommandTest.run("analyze", "--shipments=" + book.resolve("shipments.csv"),
        "--as-of=2025-12-31", "--out=" + out, "--holdout-from=2025-07-01", "--report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Holdout validation in " + out.resolve("validation.json").toAbsolutePath());
    assertThat(Files.readString(out.resolve("report.html"))).contains("data-chart=\"calibrationHoldout\"")
        .contains("data-chart=\"tracking\"").contains("data-chart=\"trackingCumulative\"");
    PurchaseModelComparison validation = AnalyzeCommand.mapper()
        .readValue(out.resolve("validation.json").toFile(), PurchaseModelComparison.class);
    assertThat(validation.calibrationEnd()).contains(LocalDate.of(2025, 6, 30));
    assertThat(validation.holdoutEnd()).contains(LocalDate.of(2025, 12, 31));
    assertThat(validation.models()).extracting(m -> m.model()).containsExactly(PurchaseModelKind.BG_NBD);
    assertThat(validation.models().get(0).tracking()).isNotEmpty();
  }

  @Test
  void withoutHoldoutNoValidationIsWritten() {
    Path book = dir.resolve("book");
    Path out = dir.resolve("out");
    assertThat(AnalyzeCommandTest.run("generate", "--customers=60", "--years=2", "--as-of=2025-12-31", "--seed=3",
        "--out=" + book).exitCode()).isZero();
    Run run = AnalyzeCommandTest.run("analyze", "--shipments=" + book.resolve("shipments.csv"),
        "--as-of=2025-12-31", "--out=" + out);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("validation.json")).doesNotExist();
    Run late = AnalyzeCommandTest.run("analyze", "--shipments=" + book.resolve("shipments.csv"),
        "--as-of=2025-12-31", "--out=" + out, "--holdout-from=2026-01-01");
    assertThat(late.exitCode()).isNotZero();
    assertThat(late.err()).contains("holdoutFrom must not be after asOf 2025-12-31: 2026-01-01");
  }
}
