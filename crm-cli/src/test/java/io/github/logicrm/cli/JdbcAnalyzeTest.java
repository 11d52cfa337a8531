package io.github.logicrm.cli;

import static io.github.logicrm.cli.AnalyzeCommandTest.JSON;
import static io.github.logicrm.cli.AnalyzeCommandTest.readProfiles;
import static io.github.logicrm.cli.AnalyzeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.testing.PostgresServer;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * The sample book's shipments loaded into a real PostgreSQL server and analyzed through {@code --jdbc-url}: the same
 * output as from the CSV file. Skipped, saying why, when the PostgreSQL server binaries are not installed.
 */
class JdbcAnalyzeTest {

  @RegisterExtension
  static final PostgresServer SERVER = new PostgresServer();

  @TempDir
  Path dir;

  @Test
  void theSampleThroughAQueryEqualsTheSampleThroughItsFile() throws Exception {
    Path book = dir.resolve("book");
    assertThat(run("generate", "--customers=150", "--years=2", "--as-of=2025-12-31", "--seed=9", "--out=" + book)
        .exitCode()).isZero();
    try (Connection connection = SERVER.connect(); Statement sql = connection.createStatement();
         Reader csv = Files.newBufferedReader(book.resolve("shipments.csv"))) {
      sql.execute("CREATE TABLE shipments (customer_id text, order_id text, line_no integer, ordered_qty numeric,"
          + " delivered_qty numeric, damaged_qty numeric, requested_start timestamptz, requested_end timestamptz,"
          + " shipped_at timestamptz, delivered_at timestamptz, revenue numeric, cost numeric, quoted_price numeric,"
          + " invoiced_price numeric, delivered_to_agreed_location boolean, contract_terms_met boolean,"
          + " documents_complete boolean, tracking_complete boolean, complaints integer, consignee_id text,"
          + " lane text)");
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY shipments FROM STDIN WITH (FORMAT csv, HEADER true)", csv);
    }
    Path fromFile = dir.resolve("from-file");
    Path fromQuery = dir.resolve("from-query");
    assertThat(run("analyze", "--shipments=" + book.resolve("shipments.csv"), "--as-of=2025-12-31",
        "--out=" + fromFile).exitCode()).isZero();
    AnalyzeCommandTest.Run query = run("analyze", "--jdbc-url=" + SERVER.url(),
        "--query=SELECT * FROM shipments ORDER BY customer_id, order_id, line_no", "--as-of=2025-12-31",
        "--out=" + fromQuery);
    assertThat(query.exitCode()).as(query.err()).isZero();
    assertThat(readProfiles(fromQuery.resolve("customers.jsonl")))
        .isEqualTo(readProfiles(fromFile.resolve("customers.jsonl")));
    assertThat(JSON.readValue(fromQuery.resolve("book-summary.json").toFile(), BookSummary.class))
        .isEqualTo(JSON.readValue(fromFile.resolve("book-summary.json").toFile(), BookSummary.class));
    LoadReport[] fileLoad = JSON.readValue(fromFile.resolve("load-report.json").toFile(), LoadReport[].class);
    LoadReport[] queryLoad = JSON.readValue(fromQuery.resolve("load-report.json").toFile(), LoadReport[].class);
    assertThat(queryLoad[0].source()).isEqualTo("shipments query");
    assertThat(queryLoad[0].rowsRead()).isEqualTo(fileLoad[0].rowsRead());
    assertThat(queryLoad[0].rowsAccepted()).isEqualTo(fileLoad[0].rowsAccepted());
  }
}
