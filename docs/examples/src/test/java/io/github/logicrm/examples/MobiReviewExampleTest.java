package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The review example prints what the guide shows; skipped when the shared data are absent. */
class MobiReviewExampleTest {

  static Path mobi() {
    Path file = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "ecsi", "mobi.csv");
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared data not available");
    return file;
  }

  @Test
  void summaryPrintsEveryTableWithItsVerdicts() {
    String text = new MobiReviewExample(mobi()).summary().toText();
    assertThat(text).contains("\nPaths\n", "\nConstructs\n", "\nItems\n", "\nHTMT\n", "\nConsistent PLS\n",
        "\nPLSpredict\n", "\nVerdicts\n", "CROSS_LOADINGS         met");
  }

  @Test
  void printsTheTablesOfTheGuide() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new MobiReviewExample(mobi()).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Satisfaction / Loyalty", "0.957", "NOT_DISTINCT",
        "CONVERGENT_VALIDITY    NOT met: Image: AVE 0.478; Expectations: AVE 0.480",
        "INNER_COLLINEARITY     met", "consistent PLS: INADMISSIBLE: corrected construct correlation matrix is "
            + "not positive semi-definite: smallest eigenvalue -0.006", "PLSpredict (10 folds x 10 repetitions)");
  }
}
