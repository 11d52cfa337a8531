package io.github.logicrm.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.logicrm.core.service.ServiceSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service record over time and by lane: the perfect-order and OTIF rates per ship month (a trend) and per lane
 * (worst perfect-order rate first), from the book summary's per-month and per-lane service records.
 */
public final class ServiceTrendCharts {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String PERFECT_ORDER = "Perfect order";

  private ServiceTrendCharts() {}

  /**
   * The perfect-order and OTIF rates per ship month.
   *
   * @param byMonth the service record per month, keyed {@code yyyy-MM}, not null
   * @return the spec
   */
  public static ObjectNode byMonth(Map<String, ServiceSummary> byMonth) {
    ArrayNode values = JSON.arrayNode();
    String otif = null;
    for (Map.Entry<String, ServiceSummary> e : byMonth.entrySet()) {
      ServiceSummary s = e.getValue();
      otif = otifLabel(s);
      String month = e.getKey() + "-01";
      values.addObject().put("month", month).put("measure", PERFECT_ORDER).put("rate", s.perfectOrderRate())
          .put("shipments", s.shipments());
      values.addObject().put("month", month).put("measure", otif).put("rate", s.otif().rate())
          .put("shipments", s.shipments());
    }
    ObjectNode spec = Charts.spec("Perfect order and OTIF per month", values);
    ObjectNode mark = spec.putObject("mark").put("type", "line").put("strokeWidth", 2);
    mark.putObject("point").put("size", 18);
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x = enc.putObject("x").put("field", "month").put("type", "temporal").put("timeUnit", "yearmonth")
        .put("title", "Month of shipping");
    x.putObject("axis").put("format", "%b %Y").put("labelAngle", 0);
    ObjectNode y = Charts.quantitative(enc, "y", "rate", "Rate (share of orders)", Formats.PERCENT_D3);
    y.putObject("scale").put("zero", false);
    colour(enc, otif);
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "month").put("type", "temporal").put("timeUnit", "yearmonth")
        .put("format", "%B %Y").put("title", "Month");
    tooltip.addObject().put("field", "measure").put("type", "nominal");
    tooltip.addObject().put("field", "rate").put("type", "quantitative").put("format", ".1%");
    tooltip.addObject().put("field", "shipments").put("type", "quantitative").put("format", Formats.COUNT_D3);
    return spec;
  }

  /**
   * The perfect-order and OTIF rates per lane, the lane with the lowest perfect-order rate first.
   *
   * @param byLane the service record per lane, not null
   * @return the spec
   */
  public static ObjectNode byLane(Map<String, ServiceSummary> byLane) {
    List<Map.Entry<String, ServiceSummary>> lanes = new ArrayList<>(byLane.entrySet());
    lanes.sort(Comparator.comparingDouble((Map.Entry<String, ServiceSummary> e) -> e.getValue().perfectOrderRate())
        .thenComparing(Map.Entry::getKey));
    ArrayNode values = JSON.arrayNode();
    List<String> order = new ArrayList<>();
    String otif = null;
    for (Map.Entry<String, ServiceSummary> e : lanes) {
      ServiceSummary s = e.getValue();
      otif = otifLabel(s);
      order.add(e.getKey());
      values.addObject().put("lane", e.getKey()).put("measure", PERFECT_ORDER).put("rate", s.perfectOrderRate())
          .put("shipments", s.shipments());
      values.addObject().put("lane", e.getKey()).put("measure", otif).put("rate", s.otif().rate())
          .put("shipments", s.shipments());
    }
    ObjectNode spec = Charts.spec("Perfect order and OTIF per lane, worst perfect-order rate first", values);
    spec.put("height", Math.max(120, 26 * lanes.size()));
    spec.put("mark", "bar");
    ObjectNode enc = spec.putObject("encoding");
    Charts.nominal(enc, "y", "lane", "Lane", order);
    enc.putObject("yOffset").put("field", "measure").put("type", "nominal");
    ObjectNode x = Charts.quantitative(enc, "x", "rate", "Rate (share of orders)", Formats.PERCENT_D3);
    x.putObject("scale").set("domain", JSON.arrayNode().add(0).add(1));
    colour(enc, otif);
    Charts.tooltip(enc, "lane", "measure", "rate:%", "shipments:n");
    return spec;
  }

  private static String otifLabel(ServiceSummary s) {
    return "OTIF (by " + s.otif().unit().name().toLowerCase(Locale.ROOT) + ")";
  }

  private static void colour(ObjectNode encoding, String otif) {
    ObjectNode colour = encoding.putObject("color").put("field", "measure").put("type", "nominal");
    ObjectNode scale = colour.putObject("scale");
    scale.set("domain", JSON.arrayNode().add(PERFECT_ORDER).add(otif));
    scale.set("range", JSON.arrayNode().add(Charts.OKABE_ITO.get(0)).add(Charts.OKABE_ITO.get(1)));
    colour.putObject("legend").put("title", "Measure").put("orient", "bottom");
  }
}
