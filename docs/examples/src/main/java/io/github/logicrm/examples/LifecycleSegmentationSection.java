package io.github.logicrm.examples;

import static io.github.logicrm.examples.Scorecard.count;
import static io.github.logicrm.examples.Scorecard.decimal;
import static io.github.logicrm.examples.Scorecard.money;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.StageFlow;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;

/** Lifecycle stages with their value, the moves between stages, and the evidence of the largest customers. */
final class LifecycleSegmentationSection implements Section {

  @Override
  public String title() {
    return "Lifecycle and segmentation";
  }

  @Override
  public void print(Customer360Result result, PipelineConfig config, PrintStream out) {
    Table stages = new Table("stage", "customers", "revenue last 12 months", "CLV");
    for (Map.Entry<LifecycleStage, Integer> e : result.summary().stages().entrySet()) {
      double revenue = 0;
      double clv = 0;
      for (CustomerProfile p : result.profiles()) {
        if (p.lifecycle().stage() == e.getKey()) {
          revenue += p.revenue12m();
          clv += p.clv();
        }
      }
      stages.row(e.getKey(), count(e.getValue()), money(revenue), money(clv));
    }
    stages.print(out);
    out.println("Moves between stages from a year before the as-of date (customers who had ordered by then):");
    Table moves = new Table("from", "to", "customers");
    for (StageFlow flow : result.summary().stageTransitions()) {
      if (flow.from() != flow.to()) {
        moves.row(flow.from(), flow.to(), count(flow.customers()));
      }
    }
    moves.print(out);
    out.println("The " + Scorecard.ROWS + " customers of highest revenue in the last twelve months:");
    Table evidence = new Table("customer", "tier", "stage", "months of tenure", "months since last order", "trend",
        "level to peak", "RFM");
    for (CustomerProfile p : Scorecard.top(result, p -> true,
        Comparator.comparingDouble(CustomerProfile::revenue12m).reversed())) {
      LifecycleAssessment a = p.lifecycle();
      evidence.row(p.customerId(), p.abcTier(), a.stage(), a.tenure(), a.periodsSinceLastOrder(),
          decimal(a.trend(), 3), decimal(a.levelToPeak(), 2), p.rfm().cellCode());
    }
    evidence.print(out);
  }
}
