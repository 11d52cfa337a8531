package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.pipeline.Customer360Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static Customer360Result result;
  private static Map<String, CustomerProfile> byId;
  private static String printed;

  @BeforeAll
  static void runOnTheSampleBook() {
    result = Scorecard.sampleBook();
    byId = result.profiles().stream().collect(Collectors.toMap(p -> p.customerId().value(), Function.identity()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scorecard.print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everySectionIsPrinted() {
    assertThat(Scorecard.SECTIONS).hasSize(6);
    for (Section section : Scorecard.SECTIONS) {
      assertThat(printed).contains("== " + section.title() + " ==");
    }
  }

  @Test
  void aCustomerHasOneTierWhereverItAppears() {
    int rows = 0;
    for (String line : printed.lines().toList()) {
      String[] cells = line.trim().split(" {2,}");
      CustomerProfile profile = byId.get(cells[0]);
      if (profile != null) {
        rows++;
        assertThat(cells[1]).as(line).isEqualTo(profile.abcTier().name());
      }
    }
    // lifetime value, lifecycle, service, satisfaction, at risk and win-back list ten customers each
    assertThat(rows).isEqualTo(6 * Scorecard.ROWS);
  }

  @Test
  void winBackAdviceUsesTheProfilesTier() {
    List<CustomerProfile> advised = result.profiles().stream().filter(p -> p.winBack().isPresent()).toList();
    assertThat(advised).isNotEmpty();
    for (CustomerProfile p : advised) {
      assertThat(p.winBack().get().tier()).as(p.customerId().value()).isEqualTo(p.abcTier());
    }
  }

  @Test
  void lifetimeValueListsTheHighestClvWithTheProfilesFigures() {
    List<String> expected = result.profiles().stream()
        .sorted(Comparator.comparingDouble(CustomerProfile::clv).reversed()).limit(Scorecard.ROWS)
        .map(p -> p.customerId().value() + " " + Scorecard.money(p.clv())).toList();
    List<String> listed = new ArrayList<>();
    for (String line : section("Lifetime value").lines().toList()) {
      String[] cells = line.trim().split(" {2,}");
      if (byId.containsKey(cells[0])) {
        listed.add(cells[0] + " " + cells[cells.length - 1]);
      }
    }
    assertThat(listed).containsExactlyElementsOf(expected);
  }

  @Test
  void bookFiguresAreTheSummarys() {
    assertThat(section("Customer book"))
        .contains(Scorecard.count(result.summary().customers()) + " customers")
        .contains("Customer equity " + Scorecard.money(result.summary().equity()));
    assertThat(section("Churn and win-back"))
        .startsWith(Scorecard.count(result.summary().atRisk().size()) + " customers at HIGH churn risk");
  }

  private static String section(String title) {
    int start = printed.indexOf("== " + title + " ==\n") + title.length() + 7;
    int end = printed.indexOf("\n== ", start);
    return printed.substring(start, end < 0 ? printed.length() : end);
  }
}
