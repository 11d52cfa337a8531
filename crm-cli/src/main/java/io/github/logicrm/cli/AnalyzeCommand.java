package io.github.logicrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.OtifProfile;
import io.github.logicrm.io.BadRows;
import io.github.logicrm.io.CustomerReader;
import io.github.logicrm.io.InvoiceReader;
import io.github.logicrm.io.JdbcSource;
import io.github.logicrm.io.PurchaseReader;
import io.github.logicrm.io.RecordReader;
import io.github.logicrm.io.RecordStream;
import io.github.logicrm.io.ShipmentReader;
import io.github.logicrm.io.SurveyReader;
import io.github.logicrm.jackson.LogiCrmModule;
import io.github.logicrm.pipeline.BookBuffer;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.ValueBasis;
import io.github.logicrm.report.Report;
import io.github.logicrm.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code logicrm analyze}: reads a book's records, runs the Customer 360 pipeline and writes the per-customer table
 * (CSV and JSON Lines), the book summary (JSON) and the load report (JSON) to the output directory, printing the
 * book summary.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Derive one profile per customer from shipments (and optionally invoices, surveys and the customer "
        + "master) as of a date.",
        "Writes customers.csv, customers.jsonl, book-summary.json and load-report.json to --out.",
        "JDBC credentials come from the environment variables LOGICRM_JDBC_USER and LOGICRM_JDBC_PASSWORD."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:unexpected failure", "2:usage error",
        "3:input rejected (strict mode, --max-rejected exceeded, or a book that cannot be scored)"})
final class AnalyzeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);
  private static final long PROGRESS_EVERY = 1_000_000;

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ShipmentSource source;

  /** Where the orders come from: a shipments file, a query, or a purchase-only log. */
  static final class ShipmentSource {
    @Option(names = "--shipments", description = "Shipments file, one row per order line (.csv or .jsonl).")
    Path file;

    @Option(names = "--purchases",
        description = "Purchase-only log instead of shipments: customer_id, order_date, amount (.csv or .jsonl).")
    Path purchases;

    @ArgGroup(exclusive = false)
    Query query;
  }

  /** A JDBC query for the shipments. */
  static final class Query {
    @Option(names = "--jdbc-url", required = true, description = "JDBC URL of the database.")
    String url;

    @Option(names = "--query", required = true,
        description = "SQL returning one row per order line, columns labelled as in the shipments file.")
    String sql;
  }

  @Option(names = "--invoices", description = "Invoices file (.csv or .jsonl).")
  Path invoices;

  @Option(names = "--surveys", description = "Survey responses file (.csv or .jsonl).")
  Path surveys;

  @Option(names = "--customers", description = "Customer master file (.csv or .jsonl).")
  Path customers;

  @Option(names = "--as-of", required = true, description = "Last day whose records count, yyyy-MM-dd.")
  LocalDate asOf;

  @Option(names = "--out", required = true, description = "Directory for the results.")
  Path out;

  @Option(names = "--zone", defaultValue = "UTC",
      description = "Zone of the book's calendar and of local date-times in the files (default ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(names = "--model", defaultValue = "BG_NBD",
      description = "Purchase model: BG_NBD, MBG_NBD or PARETO_NBD (default ${DEFAULT-VALUE}).")
  PurchaseModelKind model;

  @Option(names = "--horizon-months", defaultValue = "36", description = "CLV horizon (default ${DEFAULT-VALUE}).")
  int horizonMonths;

  @Option(names = "--discount-rate", defaultValue = "0.10",
      description = "Yearly discount rate (default ${DEFAULT-VALUE}).")
  double discountRate;

  @Option(names = "--margin-rate", defaultValue = "0.20",
      description = "Margin rate where orders carry no cost (default ${DEFAULT-VALUE}).")
  double marginRate;

  @Option(names = "--tier-basis", defaultValue = "REVENUE_12M",
      description = "Value basis of the ABC tiers: REVENUE_12M, MARGIN_12M or CLV (default ${DEFAULT-VALUE}).")
  ValueBasis tierBasis;

  @Option(names = "--otif-profile", defaultValue = "DELIVERED_BY",
      description = "OTIF and perfect-order definition: DELIVERED_BY, RETAILER or SCOR_PERFECT_ORDER "
          + "(default ${DEFAULT-VALUE}).")
  OtifProfile otifProfile;

  @Option(names = "--survey-scale", defaultValue = "1,10", split = ",",
      description = "Lowest and highest survey answer (default ${DEFAULT-VALUE}).")
  double[] surveyScale;

  @Option(names = "--on-bad-row", defaultValue = "STRICT",
      description = "STRICT stops at the first bad row; COUNT writes it to rejects-<file>.csv and goes on "
          + "(default ${DEFAULT-VALUE}).")
  BadRows onBadRow;

  @Option(names = "--max-rejected", defaultValue = "-1",
      description = "With COUNT, fail (exit 3) when more rows than this are rejected in all; -1: no limit.")
  long maxRejected;

  @Option(names = "--report", description = "Also write report.html: the book as one HTML page that opens offline.")
  boolean report;

  @Option(names = "--holdout-from", description = "Also validate the purchase model: fit it on the orders before "
      + "this day, yyyy-MM-dd, compare with the orders from it to --as-of; writes validation.json.")
  LocalDate holdoutFrom;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PipelineConfig config = PipelineConfig.withDefaults().withZone(zone).withPurchaseModel(model)
        .withHorizon(horizonMonths, discountRate).withMarginRate(marginRate).withTierBasis(tierBasis)
        .withSurveyScale(surveyScale[0], surveyScale[surveyScale.length - 1]);
    config = config.withCalculators(config.abc(), config.rfm(), config.lifecycle(),
        config.service().withProfile(otifProfile), config.churn(), config.winBack());
    config = holdoutFrom == null ? config : config.withHoldoutFrom(holdoutFrom);
    Customer360 pipeline = Customer360.of(config, asOf);
    Files.createDirectories(out);
    BookBuffer book = pipeline.create();
    List<LoadReport> loads = new ArrayList<>();
    Set<CustomerId> known = new TreeSet<>();
    if (customers != null) {
      loads.add(read(CustomerReader.builder(), customers, "customers", null, (CustomerRecord c) -> {
        known.add(c.customerId());
        book.add(c);
      }));
    }
    Set<CustomerId> master = customers == null ? null : known;
    if (source.file != null) {
      loads.add(read(ShipmentReader.builder(), source.file, "shipments", master, book::add));
    } else if (source.purchases != null) {
      loads.add(read(PurchaseReader.builder(), source.purchases, "purchases", master, book::add));
    } else {
      loads.add(readQuery(master, book));
    }
    if (invoices != null) {
      loads.add(read(InvoiceReader.builder(), invoices, "invoices", master, book::add));
    }
    if (surveys != null) {
      loads.add(read(SurveyReader.builder(), surveys, "surveys", master, book::add));
    }
    long rejected = loads.stream().mapToLong(LoadReport::rowsRejected).sum();
    if (maxRejected >= 0 && rejected > maxRejected) {
      writeJson(loads, out.resolve("load-report.json"));
      throw new RejectedInputException(String.format(Locale.ROOT,
          "%,d rows rejected, more than --max-rejected %,d: see %s", rejected, maxRejected,
          out.resolve("load-report.json")));
    }
    LOG.info("Scoring {} customers as of {}", book.customers(), asOf);
    Customer360Result result = pipeline.finish(book);
    CustomerTable.writeCsv(result.profiles(), out.resolve("customers.csv"));
    CustomerTable.writeJsonLines(result.profiles(), new ObjectMapper().registerModule(new LogiCrmModule()),
        out.resolve("customers.jsonl"));
    writeJson(result.summary(), out.resolve("book-summary.json"));
    writeJson(loads, out.resolve("load-report.json"));
    if (result.validation().isPresent()) {
      writeJson(result.validation().get(), out.resolve("validation.json"));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    new SummaryPrinter(stdout).print(result.summary(), loads);
    stdout.printf("Results in %s%n", out.toAbsolutePath());
    if (result.validation().isPresent()) {
      stdout.printf("Holdout validation in %s%n", out.resolve("validation.json").toAbsolutePath());
    }
    if (report) {
      Path html = out.resolve("report.html");
      try (OutputStream file = Files.newOutputStream(html)) {
        ReportWriter.html().write(Report.of(result), file);
      }
      stdout.printf("Report in %s%n", html.toAbsolutePath());
    }
    stdout.flush();
    return 0;
  }

  private <T> LoadReport read(RecordReader.Builder<? extends RecordReader<T>> builder, Path file, String kind,
      Set<CustomerId> master, Consumer<? super T> sink) throws IOException {
    RecordReader<T> reader = configure(builder, kind, master).build();
    LOG.info("Reading {}", file);
    try (RecordStream<T> records = reader.open(file)) {
      return drain(records, sink, kind);
    }
  }

  private LoadReport readQuery(Set<CustomerId> master, BookBuffer book) throws IOException, SQLException {
    String user = System.getenv("LOGICRM_JDBC_USER");
    String password = System.getenv("LOGICRM_JDBC_PASSWORD");
    LOG.info("Querying shipments from {}", source.query.url.replaceAll("password=[^&;]*", "password=***"));
    try (Connection connection = DriverManager.getConnection(source.query.url, user, password)) {
      ShipmentReader reader = configure(ShipmentReader.builder(), "shipments", master).build();
      try (RecordStream<io.github.logicrm.core.book.OrderRecord> records =
               reader.open(JdbcSource.of(connection, "shipments query", source.query.sql))) {
        return drain(records, book::add, "shipments");
      }
    }
  }

  private <R> RecordReader.Builder<R> configure(RecordReader.Builder<R> builder, String kind, Set<CustomerId> master) {
    builder.zone(zone).onBadRow(onBadRow);
    if (onBadRow == BadRows.COUNT) {
      builder.rejectsTo(out.resolve("rejects-" + kind + ".csv"));
    }
    if (master != null) {
      builder.knownCustomers(master);
    }
    return builder;
  }

  private static <T> LoadReport drain(RecordStream<T> records, Consumer<? super T> sink, String kind) {
    long count = 0;
    for (T record : records) {
      sink.accept(record);
      if (++count % PROGRESS_EVERY == 0) {
        LOG.info("{}: {} records", kind, String.format(Locale.ROOT, "%,d", count));
      }
    }
    LoadReport report = records.report();
    LOG.info("{}: {} rows read, {} rejected", kind, report.rowsRead(), report.rowsRejected());
    return report;
  }

  private void writeJson(Object value, Path file) throws IOException {
    mapper().writeValue(file.toFile(), value);
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new LogiCrmModule()).enable(SerializationFeature.INDENT_OUTPUT);
  }
}
