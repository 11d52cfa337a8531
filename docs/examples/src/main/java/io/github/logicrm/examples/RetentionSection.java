package io.github.logicrm.examples;

import static io.github.logicrm.examples.Scorecard.count;
import static io.github.logicrm.examples.Scorecard.decimal;
import static io.github.logicrm.examples.Scorecard.money;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The at-risk list with its reasons and the win-back advice, by decision and for the largest cases. */
final class RetentionSection implements Section {

  @Override
  public String title() {
    return "Churn and win-back";
  }

  @Override
  public void print(Customer360Result result, PipelineConfig config, PrintStream out) {
    Map<CustomerId, CustomerProfile> byId = result.profiles().stream()
        .collect(Collectors.toMap(CustomerProfile::customerId, Function.identity()));
    List<CustomerId> atRisk = result.summary().atRisk();
    out.println(count(atRisk.size()) + " customers at HIGH churn risk; the " + Scorecard.ROWS + " riskiest:");
    Table risks = new Table("customer", "tier", "CLV", "stage", "churn score");
    List<String> reasons = new ArrayList<>();
    for (CustomerId id : atRisk.subList(0, Math.min(Scorecard.ROWS, atRisk.size()))) {
      CustomerProfile p = byId.get(id);
      ChurnRisk churn = p.churn().orElseThrow();
      risks.row(id, p.abcTier(), money(p.clv()), p.lifecycle().stage(), decimal(churn.score(), 1));
      reasons.add(id + ": " + String.join("; ", churn.reasons()));
    }
    risks.print(out);
    reasons.forEach(out::println);
    Map<WinBackDecision, Integer> decisions = new EnumMap<>(WinBackDecision.class);
    result.profiles().forEach(p -> p.winBack().ifPresent(a -> decisions.merge(a.decision(), 1, Integer::sum)));
    out.println("Win-back advice for lost and at-risk customers:");
    Table counts = new Table("decision", "customers");
    decisions.forEach((decision, n) -> counts.row(decision, count(n)));
    counts.print(out);
    out.println("The " + Scorecard.ROWS + " cases of highest expected gain:");
    Table cases = new Table("customer", "tier", "decision", "expected gain", "spend cap");
    List<String> caseReasons = new ArrayList<>();
    for (CustomerProfile p : Scorecard.top(result, p -> p.winBack().isPresent(),
        Comparator.comparingDouble((CustomerProfile p) -> p.winBack().get().expectedGain()).reversed()
            .thenComparing(p -> p.customerId().value()))) {
      WinBackAdvice advice = p.winBack().get();
      cases.row(p.customerId(), p.abcTier(), advice.decision(), money(advice.expectedGain()),
          money(advice.spendCap()));
      caseReasons.add(p.customerId() + ": " + String.join("; ", advice.reasons()));
    }
    cases.print(out);
    caseReasons.forEach(out::println);
  }
}
