package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.loyalty.LoyaltyType;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostScore;
import io.github.logicrm.core.switching.SwitchingCostType;
import io.github.logicrm.metrics.loyalty.LoyaltyClassifier;
import io.github.logicrm.metrics.switching.SwitchingCostIndex;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per customer: the survey-based switching-cost index (default weights) and the loyalty type, with the
 * McKinsey, Jones and Sasser and Dick and Basu classes, from the made-up survey and loyalty profiles.
 */
final class SwitchingLoyaltySection implements Section {

  @Override
  public String title() {
    return "Switching cost and loyalty";
  }

  @Override
  public void print(SampleData data, PrintStream out) {
    SwitchingCostQuestionnaire questionnaire =
        data.read("switching-cost-questionnaire.json", new TypeReference<SwitchingCostQuestionnaire>() {});
    Map<CustomerId, SwitchingCostAnswers> answers =
        data.read("switching-cost-answers.json", new TypeReference<List<SwitchingCostAnswers>>() {}).stream()
            .collect(Collectors.toMap(SwitchingCostAnswers::customerId, Function.identity()));
    Map<CustomerId, LoyaltyProfile> profiles =
        data.read("loyalty-profiles.json", new TypeReference<List<LoyaltyProfile>>() {}).stream()
            .collect(Collectors.toMap(LoyaltyProfile::customerId, Function.identity()));
    SwitchingCostIndex index = SwitchingCostIndex.of(questionnaire);
    LoyaltyClassifier classifier = LoyaltyClassifier.withDefaults();

    out.printf("Survey: %d items on 8 facets (1-5 and 1-7 scales, %d reverse-coded); equal weights; "
            + "a facet needs half its items answered.%n", questionnaire.items().size(),
        questionnaire.items().stream().filter(i -> i.reverseCoded()).count());
    Table table = new Table("id", "name", "status", "index", "proced.", "financ.", "relat.", "answered",
        "loyalty type", "McKinsey", "Jones-Sasser", "Dick-Basu");
    Map<String, double[]> byType = new LinkedHashMap<>();
    int without = 0;
    for (Customer c : data.book().customers()) {
      SwitchingCostAnswers a = answers.get(c.id());
      LoyaltyProfile p = profiles.get(c.id());
      if (a == null || p == null) {
        without++;
        continue;
      }
      SwitchingCostScore s = index.score(a);
      LoyaltyClassification l = classifier.classify(p);
      String type = l.type().map(LoyaltyType::name).orElse("none");
      table.row(c.id(), c.name(), c.status(), fmt(s.index()), fmt(s.typeScores().get(SwitchingCostType.PROCEDURAL)),
          fmt(s.typeScores().get(SwitchingCostType.FINANCIAL)), fmt(s.typeScores().get(SwitchingCostType.RELATIONAL)),
          String.format("%.0f%%", 100 * s.coverage()), type, l.mcKinseySegment(), l.jonesSasserQuadrant(),
          l.dickBasuCell());
      double[] sum = byType.computeIfAbsent(type, k -> new double[2]);
      sum[0] += s.index();
      sum[1]++;
    }
    table.print(out);
    out.printf("%d prospects and potential customers have no survey or profile yet.%n", without);
    out.println();
    Table summary = new Table("loyalty type", "customers", "mean index");
    for (LoyaltyType t : LoyaltyType.values()) {
      Optional.ofNullable(byType.get(t.name()))
          .ifPresent(sum -> summary.row(t, (int) sum[1], fmt(sum[0] / sum[1])));
    }
    Optional.ofNullable(byType.get("none")).ifPresent(sum -> summary.row("none", (int) sum[1], fmt(sum[0] / sum[1])));
    summary.print(out);
  }

  private static String fmt(double x) {
    return String.format("%.1f", x);
  }
}
