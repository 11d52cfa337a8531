package io.github.logicrm.cli;

import static io.github.logicrm.cli.AnalyzeCommandTest.JSON;
import static io.github.logicrm.cli.AnalyzeCommandTest.readProfiles;
import static io.github.logicrm.cli.AnalyzeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import io.github.logicrm.metrics.clv.PurchaseModel;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on the CDNOW purchase logs (Fader and Hardie's data in {@code ../shared/data/cdnow}), as a
 * purchase-only book with the 39-week calibration period ending 1997-09-30. Skipped when the data is absent.
 */
class CdnowPurchaseLogTest {

  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  @TempDir
  Path dir;

  private static Path cdnow(String file) {
    Path path = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "cdnow", file);
    Assumptions.assumeTrue(Files.isRegularFile(path), "shared data not available: " + path);
    return path;
  }

  /** Writes a CDNOW log as a purchases CSV; idColumn and dollarColumn are the fields' positions in the log. */
  private Path purchases(Path log, int skip, int idColumn, int dateColumn, int dollarColumn) throws IOException {
    Path csv = dir.resolve("purchases.csv");
    List<String> rows = new ArrayList<>(List.of("customer_id,order_date,amount"));
    try (Stream<String> lines = Files.lines(log)) {
      lines.skip(skip).map(l -> l.trim().split("\\s+")).forEach(f -> rows.add(f[idColumn] + ","
          + LocalDate.parse(f[dateColumn], DateTimeFormatter.BASIC_ISO_DATE) + "," + f[dollarColumn]));
    }
    Files.write(csv, rows);
    return csv;
  }

  private BookSummary analyze(Path purchases, Path out) throws IOException {
    AnalyzeCommandTest.Run run = run("analyze", "--purchases=" + purchases, "--as-of=" + CALIBRATION_END,
        "--out=" + out);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readValue(out.resolve("book-summary.json").toFile(), BookSummary.class);
  }

  @Test
  void theSampleReproducesThePublishedBgNbdFitAndSummaries() throws IOException {
    Path out = dir.resolve("sample-out");
    BookSummary book = analyze(purchases(cdnow("CDNOW_sample.txt"), 0, 1, 2, 4), out);
    // Fader, Hardie and Lee (2005), CDNOW 1/10 sample, 39 weeks: LL -9582.429, r 0.2425945 (DOMAIN.md section 3)
    PurchaseModelFit fit = book.purchaseFit();
    assertThat(book.customers()).isEqualTo(2357);
    assertThat(fit.logLikelihood()).isCloseTo(-9582.429, within(0.001));
    assertThat(fit.parameters().get("r")).isCloseTo(0.2425945, within(5e-7));
    Map<String, String[]> published;
    try (Stream<String> lines = Files.lines(cdnow("cdnow_customers_summary.csv"))) {
      published = lines.skip(1).map(l -> l.split(",")).collect(Collectors.toMap(f -> f[0], Function.identity()));
    }
    for (CustomerProfile p : readProfiles(out.resolve("customers.jsonl"))) {
      String[] row = published.get(String.valueOf(Integer.parseInt(p.customerId().value())));
      assertThat(p.frequency()).isEqualTo(Integer.parseInt(row[1]));
      assertThat(p.recency()).isCloseTo(Double.parseDouble(row[2]), within(0.005));
      assertThat(p.age()).isCloseTo(Double.parseDouble(row[3]), within(0.005));
    }
  }

  @Test
  void theMasterLogGivesTheCalculatorsOwnFigures() throws IOException {
    Path log = cdnow("CDNOW_master.txt");
    Path out = dir.resolve("master-out");
    BookSummary book = analyze(purchases(log, 1, 0, 1, 3), out);
    PurchaseLogSummarizer.Accumulator direct = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, CALIBRATION_END)
        .create();
    try (Stream<String> lines = Files.lines(log)) {
      lines.skip(1).map(l -> l.trim().split("\\s+")).forEach(f -> direct.add(f[0],
          LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(f[3])));
    }
    // The pipeline lists customers by id; the same order gives the same compressed patterns, hence the same fit.
    List<PurchaseSummary> byId = direct.finish().stream()
        .sorted(java.util.Comparator.comparing(PurchaseSummary::customerId)).toList();
    PurchaseData data = PurchaseData.of(byId.stream().mapToInt(PurchaseSummary::frequency).toArray(),
        byId.stream().mapToDouble(PurchaseSummary::recency).toArray(),
        byId.stream().mapToDouble(PurchaseSummary::age).toArray());
    PurchaseModelFit fit = PurchaseModelFitter.withDefaults().fitBgNbd(data.compress());
    assertThat(book.purchaseFit()).isEqualTo(fit);
    PurchaseModel model = PurchaseModel.from(fit);
    Map<CustomerId, PurchaseSummary> summaries = byId.stream()
        .collect(Collectors.toMap(PurchaseSummary::customerId, Function.identity()));
    List<CustomerProfile> profiles = readProfiles(out.resolve("customers.jsonl"));
    assertThat(profiles).hasSize(summaries.size());
    for (CustomerProfile p : profiles) {
      PurchaseSummary s = summaries.get(p.customerId());
      assertThat(p.frequency()).isEqualTo(s.frequency());
      assertThat(p.recency()).isEqualTo(s.recency());
      assertThat(p.age()).isEqualTo(s.age());
      assertThat(p.pAlive()).isEqualTo(model.probabilityAlive(s.frequency(), s.recency(), s.age()));
    }
    List<CustomerId> zeroSpend = summaries.values().stream()
        .filter(s -> s.frequency() > 0 && s.meanRepeatSpend().getAsDouble() == 0)
        .map(PurchaseSummary::customerId).sorted().toList();
    assertThat(zeroSpend).isNotEmpty();
    assertThat(book.spendFitExcluded()).isEqualTo(zeroSpend);
  }
}
