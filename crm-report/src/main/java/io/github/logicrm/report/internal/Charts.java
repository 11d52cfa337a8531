package io.github.logicrm.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.StageFlow;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's charts as Vega-Lite (v5) specifications: data aggregated here, so a chart's size does not grow with
 * the book, plus a declarative spec any Vega-Lite front end can draw. Colours are the Okabe-Ito palette for
 * categories and viridis for magnitudes, both safe for colour-blind readers; money axes say "book currency".
 */
public final class Charts {

  /** Okabe-Ito: distinguishable with every common colour-vision deficiency. */
  static final List<String> OKABE_ITO =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

  /** Points on the Pareto curve, whatever the size of the book. */
  static final int PARETO_POINTS = 200;

  /** Recency bins of the P(alive) map, in weeks (one quarter). */
  static final int RECENCY_BIN_WEEKS = 13;

  /** Lower bounds of the frequency bins of the P(alive) map (repeat order days). */
  static final int[] FREQUENCY_BINS = {0, 1, 2, 3, 4, 5, 10, 20, 50, 100};

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int WIDTH = 480;
  private static final int HEIGHT = 280;

  private Charts() {}

  /**
   * Customers by status, in the status order of the customer lifecycle.
   *
   * @param summary the book summary, not null
   * @return the spec
   */
  public static ObjectNode statuses(BookSummary summary) {
    ArrayNode values = JSON.arrayNode();
    List<String> order = new ArrayList<>();
    for (CustomerStatus status : CustomerStatus.values()) {
      Integer n = summary.statuses().get(status);
      if (n != null) {
        values.addObject().put("status", status.name()).put("customers", n);
        order.add(status.name());
      }
    }
    ObjectNode spec = bars("Customers by status", values, OKABE_ITO.get(0));
    ObjectNode enc = (ObjectNode) spec.get("encoding");
    nominal(enc, "x", "status", "Status", order);
    quantitative(enc, "y", "customers", "Customers", Formats.COUNT_D3);
    tooltip(enc, "status", "customers:n");
    return spec;
  }

  /**
   * The Pareto curve of the tier value: cumulative share of value against cumulative share of customers, richest
   * first, with a rule at each cut between two tiers.
   *
   * @param profiles the profiles, not null
   * @param summary the book summary, whose tiers give the cuts
   * @return the spec
   */
  public static ObjectNode abcPareto(List<CustomerProfile> profiles, BookSummary summary) {
    double[] values = profiles.stream().mapToDouble(CustomerProfile::tierValue).toArray();
    Arrays.sort(values);
    int n = values.length;
    double[] cumulative = new double[n + 1];
    for (int k = 1; k <= n; k++) {
      cumulative[k] = cumulative[k - 1] + values[n - k];
    }
    double total = cumulative[n];
    ArrayNode curve = JSON.arrayNode();
    int points = Math.min(n, PARETO_POINTS);
    for (int j = 0; j <= points; j++) {
      int k = (int) Math.round(j * (double) n / points);
      curve.addObject().put("customerShare", k / (double) n).put("valueShare", cumulative[k] / total);
    }
    ArrayNode cuts = JSON.arrayNode();
    double customerShare = 0;
    double valueShare = 0;
    List<TierSummary> tiers = summary.tiers();
    for (TierSummary tier : tiers.subList(0, tiers.size() - 1)) {
      customerShare += tier.customerShare();
      valueShare += tier.valueShare();
      cuts.addObject().put("tier", tier.tier().name()).put("customerShare", customerShare)
          .put("valueShare", valueShare)
          .put("label", String.format(Locale.ROOT, "%s: %s of customers, %s of value", tier.tier(),
              Formats.percent(tier.customerShare()), Formats.percent(tier.valueShare())));
    }
    ObjectNode spec = spec("ABC: cumulative value against cumulative customers", null);
    ArrayNode layers = spec.putArray("layer");
    ObjectNode line = layers.addObject();
    line.putObject("data").set("values", curve);
    line.putObject("mark").put("type", "line").put("color", OKABE_ITO.get(0)).put("strokeWidth", 2);
    ObjectNode enc = line.putObject("encoding");
    quantitative(enc, "x", "customerShare", "Customers, richest first (cumulative share)", Formats.PERCENT_D3);
    quantitative(enc, "y", "valueShare", "Value (cumulative share of the book)", Formats.PERCENT_D3);
    tooltip(enc, "customerShare:%", "valueShare:%");
    ObjectNode rules = layers.addObject();
    rules.putObject("data").set("values", cuts);
    ObjectNode ruleMark = rules.putObject("mark").put("type", "rule").put("size", 1.5);
    ruleMark.set("strokeDash", JSON.arrayNode().add(4).add(3));
    ObjectNode ruleEnc = rules.putObject("encoding");
    ruleEnc.putObject("x").put("field", "customerShare").put("type", "quantitative");
    tierColour(ruleEnc, summary);
    tooltip(ruleEnc, "label");
    ObjectNode labels = layers.addObject();
    labels.putObject("data").set("values", cuts);
    labels.putObject("mark").put("type", "text").put("align", "left").put("dx", 4).put("dy", -6);
    ObjectNode labelEnc = labels.putObject("encoding");
    labelEnc.putObject("x").put("field", "customerShare").put("type", "quantitative");
    labelEnc.putObject("y").put("field", "valueShare").put("type", "quantitative");
    labelEnc.putObject("text").put("field", "tier");
    tierColour(labelEnc, summary);
    return spec;
  }

  /**
   * Each tier's share of the customers beside its share of the value.
   *
   * @param summary the book summary, not null
   * @return the spec
   */
  public static ObjectNode abcShares(BookSummary summary) {
    ArrayNode values = JSON.arrayNode();
    for (TierSummary tier : summary.tiers()) {
      values.addObject().put("tier", tier.tier().name()).put("measure", "Customers").put("share", tier.customerShare());
      values.addObject().put("tier", tier.tier().name()).put("measure", "Value").put("share", tier.valueShare());
    }
    ObjectNode spec = spec("ABC tiers: share of customers and share of value", values);
    spec.put("mark", "bar");
    ObjectNode enc = spec.putObject("encoding");
    nominal(enc, "x", "tier", "ABC tier", tierNames(summary));
    quantitative(enc, "y", "share", "Share of the book", Formats.PERCENT_D3);
    enc.putObject("xOffset").put("field", "measure");
    ObjectNode colour = enc.putObject("color").put("field", "measure").put("type", "nominal");
    colour.putObject("scale").set("range", JSON.arrayNode().add(OKABE_ITO.get(4)).add(OKABE_ITO.get(0)));
    colour.putObject("legend").put("title", "Share of");
    tooltip(enc, "tier", "measure", "share:%");
    return spec;
  }

  /**
   * Customers by lifecycle stage.
   *
   * @param summary the book summary, not null
   * @return the spec
   */
  public static ObjectNode stages(BookSummary summary) {
    ArrayNode values = JSON.arrayNode();
    for (LifecycleStage stage : LifecycleStage.values()) {
      values.addObject().put("stage", stage.name()).put("customers", summary.stages().getOrDefault(stage, 0));
    }
    ObjectNode spec = bars("Customers by lifecycle stage", values, OKABE_ITO.get(2));
    ObjectNode enc = (ObjectNode) spec.get("encoding");
    nominal(enc, "x", "stage", "Lifecycle stage", stageNames());
    quantitative(enc, "y", "customers", "Customers", Formats.COUNT_D3);
    tooltip(enc, "stage", "customers:n");
    return spec;
  }

  /**
   * The stage transition matrix: customers by their stage a year before the as-of date and their stage now.
   *
   * @param summary the book summary, not null
   * @return the spec
   */
  public static ObjectNode stageTransitions(BookSummary summary) {
    ArrayNode values = JSON.arrayNode();
    int most = 0;
    for (StageFlow flow : summary.stageTransitions()) {
      values.addObject().put("from", flow.from().name()).put("to", flow.to().name()).put("customers", flow.customers());
      most = Math.max(most, flow.customers());
    }
    ObjectNode spec = spec("Stage transitions: a year before " + summary.asOf() + " (rows) to " + summary.asOf()
        + " (columns)", null);
    spec.putObject("data").set("values", values);
    ObjectNode enc = spec.putObject("encoding");
    nominal(enc, "x", "to", "Stage at the as-of date", stageNames());
    nominal(enc, "y", "from", "Stage a year before", stageNames());
    ArrayNode layers = spec.putArray("layer");
    ObjectNode cells = layers.addObject();
    cells.put("mark", "rect");
    ObjectNode colour = cells.putObject("encoding").putObject("color").put("field", "customers")
        .put("type", "quantitative");
    colour.putObject("scale").put("scheme", "viridis");
    colour.putObject("legend").put("title", "Customers").put("format", Formats.COUNT_D3);
    tooltip((ObjectNode) cells.get("encoding"), "from", "to", "customers:n");
    ObjectNode text = layers.addObject();
    text.put("mark", "text");
    ObjectNode textEnc = text.putObject("encoding");
    textEnc.putObject("text").put("field", "customers").put("type", "quantitative").put("format", Formats.COUNT_D3);
    // black on the light (yellow) end of viridis, white on the dark end
    ObjectNode textColour = textEnc.putObject("color").put("value", "#ffffff");
    textColour.putObject("condition").put("test", "datum.customers > " + most / 2.0).put("value", "#000000");
    return spec;
  }

  /**
   * The P(alive) map: the mean P(alive) of the customers in each cell of repeat order days (frequency) by weeks
   * from the first to the last order day (recency), as in the BTYD literature's probability-alive matrix.
   *
   * @param profiles the profiles, not null
   * @return the spec
   */
  public static ObjectNode pAliveMap(List<CustomerProfile> profiles) {
    double maxRecency = profiles.stream().mapToDouble(CustomerProfile::recency).max().orElse(0);
    int recencyBins = (int) (maxRecency / RECENCY_BIN_WEEKS) + 1;
    double[][] sum = new double[FREQUENCY_BINS.length][recencyBins];
    int[][] count = new int[FREQUENCY_BINS.length][recencyBins];
    for (CustomerProfile p : profiles) {
      int f = frequencyBin(p.frequency());
      int r = (int) (p.recency() / RECENCY_BIN_WEEKS);
      sum[f][r] += p.pAlive();
      count[f][r]++;
    }
    List<String> frequencyLabels = new ArrayList<>();
    for (int f = 0; f < FREQUENCY_BINS.length; f++) {
      frequencyLabels.add(frequencyLabel(f));
    }
    List<String> recencyLabels = new ArrayList<>();
    for (int r = recencyBins - 1; r >= 0; r--) {
      recencyLabels.add(recencyLabel(r));
    }
    ArrayNode values = JSON.arrayNode();
    for (int f = 0; f < FREQUENCY_BINS.length; f++) {
      for (int r = 0; r < recencyBins; r++) {
        if (count[f][r] > 0) {
          values.addObject().put("frequency", frequencyLabel(f)).put("recency", recencyLabel(r))
              .put("pAlive", sum[f][r] / count[f][r]).put("customers", count[f][r]);
        }
      }
    }
    ObjectNode spec = spec("P(alive) by frequency and recency (mean of the customers in each cell)", values);
    spec.put("mark", "rect");
    ObjectNode enc = spec.putObject("encoding");
    nominal(enc, "x", "frequency", "Frequency: repeat order days", frequencyLabels);
    nominal(enc, "y", "recency", "Recency: weeks from first to last order day", recencyLabels);
    ObjectNode colour = enc.putObject("color").put("field", "pAlive").put("type", "quantitative");
    colour.putObject("scale").put("scheme", "viridis").set("domain", JSON.arrayNode().add(0).add(1));
    colour.putObject("legend").put("title", "P(alive)").put("format", Formats.PERCENT_D3);
    tooltip(enc, "frequency", "recency", "pAlive:%", "customers:n");
    return spec;
  }

  /**
   * The CLV distribution per ABC tier: 5th to 95th percentile (line), 25th to 75th (box), median (tick).
   *
   * @param profiles the profiles, not null
   * @param summary the book summary (horizon, tiers)
   * @return the spec
   */
  public static ObjectNode clvByTier(List<CustomerProfile> profiles, BookSummary summary) {
    Map<ValueTier, double[]> byTier = new EnumMap<>(ValueTier.class);
    Map<ValueTier, Integer> sizes = new EnumMap<>(ValueTier.class);
    for (CustomerProfile p : profiles) {
      sizes.merge(p.abcTier(), 1, Integer::sum);
    }
    sizes.forEach((tier, size) -> byTier.put(tier, new double[size]));
    Map<ValueTier, Integer> filled = new EnumMap<>(ValueTier.class);
    for (CustomerProfile p : profiles) {
      int i = filled.merge(p.abcTier(), 1, Integer::sum) - 1;
      byTier.get(p.abcTier())[i] = p.clv();
    }
    ArrayNode values = JSON.arrayNode();
    byTier.forEach((tier, clvs) -> {
      Arrays.sort(clvs);
      values.addObject().put("tier", tier.name()).put("customers", clvs.length)
          .put("p5", quantile(clvs, 0.05)).put("p25", quantile(clvs, 0.25)).put("median", quantile(clvs, 0.5))
          .put("p75", quantile(clvs, 0.75)).put("p95", quantile(clvs, 0.95));
    });
    ObjectNode spec = spec("CLV per ABC tier over " + summary.horizonMonths() + " months (5th-95th percentile, "
        + "quartiles, median)", values);
    ObjectNode enc = spec.putObject("encoding");
    nominal(enc, "y", "tier", "ABC tier", tierNames(summary));
    tierColour(enc, summary);
    tooltip(enc, "tier", "customers:n", "p5:$", "p25:$", "median:$", "p75:$", "p95:$");
    ArrayNode layers = spec.putArray("layer");
    ObjectNode whisker = layers.addObject();
    whisker.putObject("mark").put("type", "rule").put("size", 2);
    ObjectNode whiskerEnc = whisker.putObject("encoding");
    quantitative(whiskerEnc, "x", "p5", "CLV (book currency)", Formats.MONEY_D3);
    whiskerEnc.putObject("x2").put("field", "p95");
    ObjectNode box = layers.addObject();
    box.putObject("mark").put("type", "bar").put("size", 18);
    box.putObject("encoding").putObject("x").put("field", "p25").put("type", "quantitative");
    ((ObjectNode) box.get("encoding")).putObject("x2").put("field", "p75");
    ObjectNode median = layers.addObject();
    median.putObject("mark").put("type", "tick").put("color", "#000000").put("size", 24).put("thickness", 2);
    median.putObject("encoding").putObject("x").put("field", "median").put("type", "quantitative");
    return spec;
  }

  /**
   * The share of shipments passing each of the 7 rights, book-wide.
   *
   * @param service the book's service record, not null
   * @return the spec
   */
  public static ObjectNode sevenR(ServiceSummary service) {
    ArrayNode values = JSON.arrayNode();
    List<String> order = new ArrayList<>();
    for (ServiceRight right : ServiceRight.values()) {
      values.addObject().put("right", right.name()).put("passRate", service.rate(right))
          .put("passed", service.passed().get(right)).put("shipments", service.shipments());
      order.add(right.name());
    }
    ObjectNode spec = bars("7R: share of " + Formats.count(service.shipments()) + " shipments passing each right",
        values, OKABE_ITO.get(0));
    ObjectNode enc = (ObjectNode) spec.get("encoding");
    nominal(enc, "x", "right", "Right", order);
    wholeRange(quantitative(enc, "y", "passRate", "Shipments passing (share)", Formats.PERCENT_D3));
    tooltip(enc, "right", "passRate:%", "passed:n", "shipments:n");
    return spec;
  }

  /**
   * The 7R failures as a Pareto: failed shipments per right, most frequent first, with the cumulative share.
   *
   * @param service the book's service record, not null
   * @return the spec
   */
  public static ObjectNode sevenRFailures(ServiceSummary service) {
    List<ServiceRight> rights = new ArrayList<>(List.of(ServiceRight.values()));
    rights.sort((a, b) -> Integer.compare(service.passed().get(a), service.passed().get(b)));
    long total = 0;
    for (ServiceRight right : rights) {
      total += service.shipments() - service.passed().get(right);
    }
    ArrayNode values = JSON.arrayNode();
    List<String> order = new ArrayList<>();
    long cumulative = 0;
    for (ServiceRight right : rights) {
      int failed = service.shipments() - service.passed().get(right);
      cumulative += failed;
      values.addObject().put("right", right.name()).put("failures", failed)
          .put("cumulativeShare", total == 0 ? 0 : cumulative / (double) total);
      order.add(right.name());
    }
    ObjectNode spec = spec("7R failures by right (Pareto)", values);
    ObjectNode enc = spec.putObject("encoding");
    nominal(enc, "x", "right", "Right failed", order);
    ArrayNode layers = spec.putArray("layer");
    ObjectNode bars = layers.addObject();
    bars.putObject("mark").put("type", "bar").put("color", OKABE_ITO.get(5));
    ObjectNode barEnc = bars.putObject("encoding");
    quantitative(barEnc, "y", "failures", "Failed shipments", Formats.COUNT_D3);
    tooltip(barEnc, "right", "failures:n", "cumulativeShare:%");
    ObjectNode line = layers.addObject();
    line.putObject("mark").put("type", "line").put("color", OKABE_ITO.get(0)).put("point", true);
    ObjectNode lineEnc = line.putObject("encoding");
    wholeRange(quantitative(lineEnc, "y", "cumulativeShare", "Cumulative share of failures", Formats.PERCENT_D3));
    spec.putObject("resolve").putObject("scale").put("y", "independent");
    return spec;
  }

  /**
   * The book-wide perfect-order and OTIF rates.
   *
   * @param service the book's service record, not null
   * @return the spec
   */
  public static ObjectNode serviceRates(ServiceSummary service) {
    ArrayNode values = JSON.arrayNode();
    values.addObject().put("measure", "All 7 rights").put("rate", service.allRightRate());
    values.addObject().put("measure", "Perfect order (per order)").put("rate", service.perfectOrderRate());
    values.addObject().put("measure", "Perfect order (product of rates)")
        .put("rate", service.perfectOrderRateFromComponents());
    values.addObject().put("measure", "OTIF (by " + service.otif().unit().name().toLowerCase(Locale.ROOT) + ")")
        .put("rate", service.otif().rate());
    ObjectNode spec = bars("Perfect order and OTIF, book-wide", values, OKABE_ITO.get(2));
    ObjectNode enc = (ObjectNode) spec.get("encoding");
    nominal(enc, "y", "measure", "", null);
    wholeRange(quantitative(enc, "x", "rate", "Rate (share of orders)", Formats.PERCENT_D3));
    tooltip(enc, "measure", "rate:%");
    return spec;
  }

  static int frequencyBin(int frequency) {
    int bin = 0;
    while (bin + 1 < FREQUENCY_BINS.length && frequency >= FREQUENCY_BINS[bin + 1]) {
      bin++;
    }
    return bin;
  }

  static String frequencyLabel(int bin) {
    int low = FREQUENCY_BINS[bin];
    if (bin + 1 == FREQUENCY_BINS.length) {
      return low + "+";
    }
    int high = FREQUENCY_BINS[bin + 1] - 1;
    return low == high ? Integer.toString(low) : low + "-" + high;
  }

  static String recencyLabel(int bin) {
    return bin * RECENCY_BIN_WEEKS + "-" + (bin + 1) * RECENCY_BIN_WEEKS;
  }

  /**
   * Returns the p-quantile of sorted values by linear interpolation between order statistics (Hyndman and Fan's
   * type 7, the default of R and NumPy).
   *
   * @param sorted values in ascending order, at least one
   * @param p the probability, in [0, 1]
   * @return the quantile
   */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  static ObjectNode spec(String title, ArrayNode values) {
    ObjectNode spec = JSON.objectNode();
    spec.put("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
    spec.putObject("title").put("text", title).put("anchor", "start");
    spec.put("width", WIDTH).put("height", HEIGHT);
    if (values != null) {
      spec.putObject("data").set("values", values);
    }
    ObjectNode config = spec.putObject("config");
    config.putObject("range").set("category", JSON.arrayNode().addAll(OKABE_ITO.stream().map(JSON::textNode).toList()));
    config.putObject("axis").put("labelFontSize", 11).put("titleFontSize", 12);
    config.putObject("title").put("fontSize", 14);
    config.putObject("view").put("stroke", (String) null);
    return spec;
  }

  /** A bar chart in one colour; the caller adds the two axes. */
  static ObjectNode bars(String title, ArrayNode values, String colour) {
    ObjectNode spec = spec(title, values);
    spec.put("mark", "bar");
    spec.putObject("encoding").putObject("color").put("value", colour);
    return spec;
  }

  /** Shows a share axis from 0% to 100%. */
  static void wholeRange(ObjectNode axis) {
    axis.putObject("scale").set("domain", JSON.arrayNode().add(0).add(1));
  }

  static void nominal(ObjectNode encoding, String channel, String field, String title, List<String> order) {
    ObjectNode axis = encoding.putObject(channel).put("field", field).put("type", "nominal").put("title", title);
    if (order != null) {
      ArrayNode sort = axis.putArray("sort");
      order.forEach(sort::add);
    } else {
      axis.putNull("sort");
    }
    if (channel.equals("x")) {
      axis.putObject("axis").put("labelAngle", 0);
    }
  }

  static ObjectNode quantitative(ObjectNode encoding, String channel, String field, String title,
      String format) {
    ObjectNode axis = encoding.putObject(channel).put("field", field).put("type", "quantitative").put("title", title);
    axis.putObject("axis").put("format", format);
    return axis;
  }

  /** Tooltip fields: {@code name} nominal, {@code name:n} a count, {@code name:%} a rate, {@code name:$} money. */
  static void tooltip(ObjectNode encoding, String... fields) {
    ArrayNode tooltip = encoding.putArray("tooltip");
    for (String field : fields) {
      int colon = field.indexOf(':');
      if (colon < 0) {
        tooltip.addObject().put("field", field).put("type", "nominal");
        continue;
      }
      String format = switch (field.charAt(colon + 1)) {
        case 'n' -> Formats.COUNT_D3;
        case '%' -> ".1%";
        case '$' -> Formats.MONEY_D3;
        default -> throw new IllegalArgumentException("tooltip format must be n, % or $: " + field);
      };
      tooltip.addObject().put("field", field.substring(0, colon)).put("type", "quantitative").put("format", format);
    }
  }

  private static void tierColour(ObjectNode encoding, BookSummary summary) {
    ObjectNode colour = encoding.putObject("color").put("field", "tier").put("type", "nominal");
    ObjectNode scale = colour.putObject("scale");
    ArrayNode domain = scale.putArray("domain");
    ArrayNode range = scale.putArray("range");
    for (TierSummary tier : summary.tiers()) {
      domain.add(tier.tier().name());
      range.add(OKABE_ITO.get(tier.tier().ordinal()));
    }
    colour.putObject("legend").put("title", "ABC tier");
  }

  private static List<String> tierNames(BookSummary summary) {
    return summary.tiers().stream().map(t -> t.tier().name()).toList();
  }

  private static List<String> stageNames() {
    return Arrays.stream(LifecycleStage.values()).map(Enum::name).toList();
  }
}
