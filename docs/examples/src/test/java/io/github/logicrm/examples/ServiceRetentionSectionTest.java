package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.metrics.service.SevenRScorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceRetentionSectionTest {

  private static final SampleData DATA = SampleData.load();

  @Test
  void committedSampleFilesAreWhatTheSeedGenerates() {
    Map<String, String> files = SampleServiceData.generate(DATA.book()).files();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String committed;
      try (var in = SampleData.class.getResourceAsStream("/sample/" + file.getKey())) {
        committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(committed).as(file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void shipmentsReadThroughJacksonEqualTheGeneratedValues() {
    List<Shipment> read = DATA.read("shipments.json", new TypeReference<List<Shipment>>() {});
    assertThat(read).isEqualTo(SampleServiceData.generate(DATA.book()).shipments());
    assertThat(read).hasSizeGreaterThan(1000);
    List<WinBackCase> cases = DATA.read("win-back-cases.json", new TypeReference<List<WinBackCase>>() {});
    assertThat(cases).extracting(WinBackCase::customerId).doesNotHaveDuplicates();
  }

  @Test
  void sectionPrintsEveryCustomerWithItsPerfectOrderRate() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ServiceRetentionSection().print(DATA, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    List<Shipment> shipments = DATA.read("shipments.json", new TypeReference<List<Shipment>>() {});
    Map<?, ServiceSummary> year = SevenRScorer.withDefaults().summarizeByCustomer(shipments);
    for (Customer c : DATA.book().customers()) {
      String row = printed.lines().filter(l -> l.startsWith(c.id().value() + " ")).findFirst().orElseThrow();
      ServiceSummary s = year.get(c.id());
      if (s == null) {
        assertThat(row).contains(" - ");
      } else {
        assertThat(row).contains(String.format(Locale.ROOT, "%.1f%%", 100 * s.perfectOrderRate()));
      }
    }
  }

  /** A lost customer is advised on winning it back, not scored for a churn that already happened. */
  @Test
  void lostCustomersGetWinBackAdviceAndNoChurnScore() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ServiceRetentionSection().print(DATA, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> header = columns(bytes.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("id ")).findFirst().orElseThrow());
    int risk = header.indexOf("risk");
    int winBack = header.indexOf("win-back");
    int cap = header.indexOf("spend cap");
    int lost = 0;
    for (Customer c : DATA.book().customers()) {
      List<String> row = columns(bytes.toString(StandardCharsets.UTF_8).lines()
          .filter(l -> l.startsWith(c.id().value() + " ")).findFirst().orElseThrow());
      if (c.status() == CustomerStatus.LOST && !row.get(header.indexOf("shipments")).equals("0")) {
        lost++;
        assertThat(row.get(risk)).as(c.id().value()).isEqualTo("-");
        assertThat(row.get(winBack)).as(c.id().value()).isNotEqualTo("-");
      }
      if (row.get(winBack).equals("LET_GO")) {
        assertThat(row.get(cap)).as(c.id().value()).isEqualTo("0");
      }
      if (c.status() != CustomerStatus.LOST && !row.get(risk).equals("-")
          && !row.get(header.indexOf("level")).equals("HIGH")) {
        assertThat(row.get(winBack)).as("no win-back advice for %s, neither lost nor at risk", c.id().value())
            .isEqualTo("-");
      }
    }
    assertThat(lost).isPositive();
  }

  private static List<String> columns(String line) {
    return List.of(line.trim().split(" {2,}"));
  }
}
