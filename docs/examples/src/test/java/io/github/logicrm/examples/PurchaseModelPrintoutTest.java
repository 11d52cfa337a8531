package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PurchaseModelPrintoutTest {

  @Test
  void printsTheFitAndARowPerCustomer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PurchaseModelPrintout.print(SampleData.load(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("shipments of 47 customers, weeks");
    assertThat(printed).containsPattern("BG_NBD: r [0-9.]+ \\(se [0-9.]+\\).*CONVERGED");
    assertThat(printed).contains("P(alive)", "CLV 12m", "12-month revenue CLV of the book");
    long rows = printed.lines().filter(l -> l.matches("C-0[0-9][0-9] .*")).count();
    assertThat(rows).isEqualTo(54);
    // prospects and potential customers have no shipments: dashes, not zeros
    assertThat(printed.lines().filter(l -> l.startsWith("C-001 ")).findFirst().orElseThrow()).endsWith("-");
  }
}
