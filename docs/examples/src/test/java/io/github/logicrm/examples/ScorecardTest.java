package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.customer.Customer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  @Test
  void sampleBookHasAtLeastFiftyCustomers() {
    SampleData data = SampleData.load();
    assertThat(data.book().customers()).hasSizeGreaterThanOrEqualTo(50);
    assertThat(data.book().links()).isNotEmpty();
  }

  @Test
  void scorecardPrintsEveryCustomer() {
    SampleData data = SampleData.load();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scorecard.print(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(Scorecard.SECTIONS).hasSize(7);
    for (Section section : Scorecard.SECTIONS) {
      assertThat(printed).contains("== " + section.title() + " ==");
    }
    for (Customer c : data.book().customers()) {
      assertThat(printed).contains(c.id().value());
    }
  }
}
