package io.github.logicrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.jackson.LogiCrmModule;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new LogiCrmModule());
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @TempDir
  static Path dir;
  static Path book;
  static Path out;
  static Run analysis;

  /** One run of the command: its exit code and what it printed. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = LogiCrm.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void generateAndAnalyze() {
    book = dir.resolve("book");
    out = dir.resolve("out");
    assertThat(run("generate", "--customers=300", "--years=3", "--as-of=" + AS_OF, "--seed=5", "--out=" + book)
        .exitCode()).isZero();
    analysis = run("analyze", "--shipments=" + book.resolve("shipments.csv"),
        "--invoices=" + book.resolve("invoices.csv"), "--surveys=" + book.resolve("surveys.csv"),
        "--customers=" + book.resolve("customers.csv"), "--as-of=" + AS_OF, "--out=" + out);
  }

  static List<CustomerProfile> readProfiles(Path file) throws IOException {
    try (MappingIterator<CustomerProfile> lines = JSON.readerFor(CustomerProfile.class).readValues(file.toFile())) {
      return lines.readAll();
    }
  }

  @Test
  void theBookThroughFilesEqualsThePipelineOnTheGeneratedRecords() throws IOException {
    assertThat(analysis.exitCode()).as(analysis.err()).isZero();
    BookRecords records = BookRecords.of(SampleBook.of(300, 3, AS_OF, 5));
    Customer360Result direct = Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(records.orders(), records.invoices(), records.surveys(), records.customers());
    assertThat(readProfiles(out.resolve("customers.jsonl"))).isEqualTo(direct.profiles());
    assertThat(JSON.readValue(out.resolve("book-summary.json").toFile(), BookSummary.class))
        .isEqualTo(direct.summary());
  }

  @Test
  void theTableHasTheDocumentedColumnsAndOneRowPerCustomer() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("customers.csv"));
    assertThat(lines.get(0).split(",")).startsWith("customer_id", "name", "segment", "status")
        .contains("orders", "revenue", "frequency", "recency", "age", "p_alive", "expected_orders", "clv",
            "abc_tier", "rfm", "lifecycle_stage", "perfect_order_rate", "otif", "churn_risk", "win_back_action");
    assertThat(lines).hasSize(1 + readProfiles(out.resolve("customers.jsonl")).size());
  }

  @Test
  void theLoadReportAccountsForEveryRow() throws IOException {
    LoadReport[] reports = JSON.readValue(out.resolve("load-report.json").toFile(), LoadReport[].class);
    assertThat(reports).extracting(LoadReport::source)
        .containsExactly("customers.csv", "shipments.csv", "invoices.csv", "surveys.csv");
    long lines = Files.lines(book.resolve("shipments.csv")).count() - 1;
    assertThat(reports[1].rowsRead()).isEqualTo(lines);
    assertThat(reports[1].rowsAccepted()).isEqualTo(lines);
    assertThat(analysis.out()).contains("Customer book as of 2025-12-31", "customer equity", "ABC tiers");
  }

  @Test
  void aBadRowStopsAStrictRunWithItsLocation() throws IOException {
    Path bad = corrupt("strict");
    Run strict = run("analyze", "--shipments=" + bad, "--as-of=" + AS_OF, "--out=" + dir.resolve("strict-out"));
    assertThat(strict.exitCode()).isEqualTo(LogiCrm.REJECTED_INPUT);
    assertThat(strict.err().strip())
        .isEqualTo("logicrm: shipments.csv:3:11 revenue must be finite and >= 0: \"twelve\"");
  }

  @Test
  void aCountingRunWritesTheRejectsAndGoesOn() throws IOException {
    Path bad = corrupt("count");
    Path counted = dir.resolve("count-out");
    Run count = run("analyze", "--shipments=" + bad, "--as-of=" + AS_OF, "--out=" + counted,
        "--on-bad-row=COUNT");
    assertThat(count.exitCode()).as(count.err()).isZero();
    assertThat(Files.readString(counted.resolve("rejects-shipments.csv"))).contains("shipments.csv", "twelve");
    LoadReport[] reports = JSON.readValue(counted.resolve("load-report.json").toFile(), LoadReport[].class);
    assertThat(reports[0].rowsRejected()).isPositive();
    Run limited = run("analyze", "--shipments=" + bad, "--as-of=" + AS_OF, "--out=" + dir.resolve("limit-out"),
        "--on-bad-row=COUNT", "--max-rejected=0");
    assertThat(limited.exitCode()).isEqualTo(LogiCrm.REJECTED_INPUT);
    assertThat(limited.err()).contains("rows rejected, more than --max-rejected 0");
  }

  @Test
  void theOtifProfileIsTheNamedDefinition() throws IOException {
    Path scor = dir.resolve("scor-out");
    Run run = run("analyze", "--shipments=" + book.resolve("shipments.csv"), "--as-of=" + AS_OF,
        "--out=" + scor, "--otif-profile=SCOR_PERFECT_ORDER");
    assertThat(run.exitCode()).as(run.err()).isZero();
    io.github.logicrm.core.service.OtifResult otif = JSON.readValue(scor.resolve("book-summary.json").toFile(),
        BookSummary.class).service().orElseThrow().otif();
    assertThat(otif.profile()).contains(io.github.logicrm.core.service.OtifProfile.SCOR_PERFECT_ORDER);
    assertThat(otif.unit()).isEqualTo(io.github.logicrm.core.service.OtifUnit.LINE);
    assertThat(run.out()).contains("SCOR_PERFECT_ORDER: by LINE, against the COMMITTED window, early NOT_ON_TIME");
  }

  @Test
  void usageErrorsExitWithTwoAndHelpWithZero() {
    assertThat(run("analyze", "--shipments=x.csv").exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    Run help = run("analyze", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--jdbc-url", "--on-bad-row", "LOGICRM_JDBC_USER");
  }

  /** The shipments file with the revenue of its second data line replaced by a word. */
  private static Path corrupt(String name) throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(book.resolve("shipments.csv")));
    String[] fields = lines.get(2).split(",", -1);
    fields[10] = "twelve";
    lines.set(2, String.join(",", fields));
    Path file = dir.resolve(name).resolve("shipments.csv");
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
    return file;
  }
}
