package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueCell;
import io.github.logicrm.core.segmentation.ValueIndicators;
import io.github.logicrm.core.segmentation.ValueLevel;
import io.github.logicrm.core.segmentation.ValueScore;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.lifecycle.LifecycleClassifier;
import io.github.logicrm.metrics.segmentation.AbcAnalysis;
import io.github.logicrm.metrics.segmentation.RfmScoring;
import io.github.logicrm.metrics.segmentation.ValueMatrix;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lifecycle stage, ABC tier, value-matrix cell and RFM code of every customer of the sample book, from the
 * made-up monthly histories ({@code sample/volume-histories.json}, 36 months to the valuation date) and value
 * indicators ({@code sample/value-indicators.json}).
 */
final class LifecycleSegmentationSection implements Section {

  private static final String NONE = "-";

  @Override
  public String title() {
    return "Lifecycle and segmentation";
  }

  @Override
  public void print(SampleData data, PrintStream out) {
    List<VolumeHistory> histories = data.read("volume-histories.json", new TypeReference<List<VolumeHistory>>() {});
    List<ValueIndicators> indicators =
        data.read("value-indicators.json", new TypeReference<List<ValueIndicators>>() {});
    int n = histories.size();
    int periods = histories.get(0).shipments().size();
    YearMonth first = YearMonth.from(SampleData.VALUATION_DATE).minusMonths(periods - 1L);

    LifecycleClassifier classifier = LifecycleClassifier.withDefaults();
    double[] lastYearRevenue = new double[n];
    double[] recency = new double[n];
    double[] frequency = new double[n];
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      List<Double> revenue = histories.get(i).revenue();
      int last = -1;
      for (int t = 0; t < periods; t++) {
        double r = revenue.get(t);
        if (r > 0) {
          last = t;
          frequency[i]++;
          monetary[i] += r;
        }
        if (t >= periods - 12) {
          lastYearRevenue[i] += r;
        }
      }
      recency[i] = periods - 1 - last;
    }
    AbcAnalysis abc = AbcAnalysis.withDefaults();
    ValueTier[] tiers = abc.classify(lastYearRevenue);
    // monthly data: many customers share the best recency; the default tie rule gives them 5
    List<RfmScore> rfm = RfmScoring.withDefaults().score(recency, frequency, monetary);
    Map<CustomerId, ValueScore> values = new HashMap<>();
    ValueMatrix.withDefaults().score(indicators).forEach(s -> values.put(s.customerId(), s));

    out.printf("%d customers with %d months of shipments and revenue (%s to %s); customers without history "
        + "(prospects) show '-'.%n", n, periods, first, first.plusMonths(periods - 1L));
    out.println("Stage from shipments and revenue together (monthly defaults); tier by last-12-month revenue "
        + "(top 5% / next 15% of customers; the value share each tier holds is below the table); value cell current x potential (equal weights); RFM over 36 months "
        + "(months since last order, months with orders, revenue; the best value scores 5, the worst 1, other ties"
        + " their middle rank).");
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < n; i++) {
      row.put(histories.get(i).customerId().value(), i);
    }
    Map<LifecycleStage, Integer> byStage = new EnumMap<>(LifecycleStage.class);
    Table table = new Table("id", "stage", "since", "trend/mo", "level/peak", "tier", "value cell", "current",
        "potential", "RFM", "RFM score");
    for (Customer c : data.book().customers()) {
      Integer i = row.get(c.id().value());
      if (i == null) {
        table.row(c.id(), NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);
        continue;
      }
      VolumeHistory history = histories.get(i);
      LifecycleAssessment stage = classifier.classify(history);
      List<StageTransition> transitions = classifier.transitions(history);
      int since = transitions.get(transitions.size() - 1).period();
      byStage.merge(stage.stage(), 1, Integer::sum);
      ValueScore value = values.get(c.id());
      table.row(c.id(), stage.stage(), first.plusMonths(since), percent(stage.trend()),
          percent(stage.levelToPeak()), tiers[i], value.cell(), format(value.currentScore()),
          format(value.potentialScore()), rfm.get(i).cellCode(), format(rfm.get(i).weightedScore()));
    }
    table.print(out);

    out.println();
    out.println("Stages: " + byStage);
    for (LifecycleStage s : byStage.keySet()) {
      out.println("  " + s + ": " + s.recommendedStrategy());
    }

    out.println();
    Table summary = new Table("tier", "customers", "customer share", "revenue (12 mo)", "value share");
    for (TierSummary t : abc.summarize(lastYearRevenue)) {
      summary.row(t.tier(), t.customers(), percent(t.customerShare()),
          String.format(Locale.ROOT, "%.0f", t.value()), percent(t.valueShare()));
    }
    summary.print(out);

    out.println();
    Map<ValueCell, Integer> byCell = new EnumMap<>(ValueCell.class);
    values.values().forEach(v -> byCell.merge(v.cell(), 1, Integer::sum));
    Table matrix = new Table("current \\ potential", "HIGH", "MEDIUM", "LOW");
    for (ValueLevel current : ValueLevel.values()) {
      matrix.row(current, count(byCell, current, ValueLevel.HIGH), count(byCell, current, ValueLevel.MEDIUM),
          count(byCell, current, ValueLevel.LOW));
    }
    matrix.print(out);
  }

  private static int count(Map<ValueCell, Integer> byCell, ValueLevel current, ValueLevel potential) {
    return byCell.getOrDefault(ValueCell.of(current, potential), 0);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
