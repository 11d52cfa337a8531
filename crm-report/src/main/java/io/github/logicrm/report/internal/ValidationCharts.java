package io.github.logicrm.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.HoldoutErrors;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.TrackingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The purchase-model diagnostics of a holdout validation as Vega-Lite (v5) specifications, in the style of
 * {@link Charts}: calibration against holdout purchases by calibration frequency, and actual against expected
 * repeat transactions per period and cumulative, with a rule where the holdout begins. Actual is drawn solid in
 * the first Okabe-Ito colour, the model dashed in the second, so the two differ without colour too.
 */
public final class ValidationCharts {

  /** The names of the charts, in page order. */
  public static final List<String> NAMES = List.of("calibrationHoldout", "tracking", "trackingCumulative");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String ACTUAL = "Actual";
  private static final String MODEL = "Model";

  private ValidationCharts() {}

  /**
   * Adds the three charts of the comparison's first model.
   *
   * @param charts chart name to spec, in page order; the charts are appended
   * @param comparison the validation, not null
   */
  public static void addTo(Map<String, ObjectNode> charts, PurchaseModelComparison comparison) {
    PurchaseModelValidation v = comparison.models().get(0);
    charts.put(NAMES.get(0), calibrationHoldout(v, comparison.holdoutLength()));
    if (!v.tracking().isEmpty()) {
      charts.put(NAMES.get(1), tracking(v, false));
      charts.put(NAMES.get(2), tracking(v, true));
    }
  }

  /**
   * Mean holdout purchases per customer against calibration frequency (0, 1, ..., 7+): actual and expected, with the
   * holdout errors as the subtitle.
   *
   * @param v the validation of one model, not null
   * @param holdoutWeeks the holdout length in the unit of the fit
   * @return the spec
   */
  public static ObjectNode calibrationHoldout(PurchaseModelValidation v, double holdoutWeeks) {
    ArrayNode values = JSON.arrayNode();
    List<String> order = new ArrayList<>();
    for (FrequencyGroup g : v.frequencyGroups()) {
      if (g.customers() == 0) {
        continue;
      }
      String label = g.frequency() + (g.orMore() ? "+" : "");
      order.add(label);
      values.addObject().put("frequency", label).put("series", ACTUAL)
          .put("purchases", g.meanActualPurchases().getAsDouble()).put("customers", g.customers());
      values.addObject().put("frequency", label).put("series", MODEL)
          .put("purchases", g.meanExpectedPurchases().getAsDouble()).put("customers", g.customers());
    }
    ObjectNode spec = Charts.spec(v.model() + ": holdout orders by calibration frequency", values);
    ((ObjectNode) spec.get("title")).put("subtitle", errors(v.holdoutErrors()));
    spec.putObject("mark").put("type", "line").put("point", true);
    ObjectNode enc = spec.putObject("encoding");
    Charts.nominal(enc, "x", "frequency", "Repeat orders in the calibration period", order);
    Charts.quantitative(enc, "y", "purchases", String.format(Locale.ROOT,
        "Mean orders per customer in the holdout (%.1f weeks)", holdoutWeeks), ",.2f");
    series(enc);
    Charts.tooltip(enc, "frequency", "series", "customers:n");
    ((ArrayNode) enc.get("tooltip")).addObject().put("field", "purchases").put("type", "quantitative")
        .put("format", ",.2f").put("title", "orders per customer");
    return spec;
  }

  /**
   * Actual against expected repeat transactions per tracking period, or summed from the first period on.
   *
   * @param v the validation of one model, with tracking, not null
   * @param cumulative true for the cumulative chart
   * @return the spec
   */
  public static ObjectNode tracking(PurchaseModelValidation v, boolean cumulative) {
    ArrayNode values = JSON.arrayNode();
    ToDoubleFunction<TrackingPeriod> actual = cumulative ? TrackingPeriod::cumulativeActual : TrackingPeriod::actual;
    ToDoubleFunction<TrackingPeriod> expected =
        cumulative ? TrackingPeriod::cumulativeExpected : TrackingPeriod::expected;
    String holdoutStart = null;
    for (TrackingPeriod p : v.tracking()) {
      if (p.holdout() && holdoutStart == null) {
        holdoutStart = p.firstDay().toString();
      }
      values.addObject().put("period", p.firstDay().toString()).put("series", ACTUAL)
          .put("orders", actual.applyAsDouble(p));
      values.addObject().put("period", p.firstDay().toString()).put("series", MODEL)
          .put("orders", expected.applyAsDouble(p));
    }
    ObjectNode spec = Charts.spec(v.model() + (cumulative
        ? ": cumulative repeat orders, actual and expected"
        : ": repeat orders per period, actual and expected"), null);
    ((ObjectNode) spec.get("title")).put("subtitle", "Calibration to the dashed rule, holdout after it");
    ArrayNode layers = spec.putArray("layer");
    ObjectNode lines = layers.addObject();
    lines.putObject("data").set("values", values);
    lines.putObject("mark").put("type", "line").put("interpolate", "step-after");
    ObjectNode enc = lines.putObject("encoding");
    enc.putObject("x").put("field", "period").put("type", "temporal").put("title", "Period (first day)");
    Charts.quantitative(enc, "y", "orders",
        cumulative ? "Repeat orders since the first period" : "Repeat orders in the period", ",.0f");
    series(enc);
    Charts.tooltip(enc, "period", "series");
    ((ArrayNode) enc.get("tooltip")).addObject().put("field", "orders").put("type", "quantitative")
        .put("format", ",.1f").put("title", "repeat orders");
    if (holdoutStart != null) {
      ObjectNode rule = layers.addObject();
      rule.putObject("data").putArray("values").addObject().put("period", holdoutStart);
      ObjectNode ruleMark = rule.putObject("mark").put("type", "rule").put("color", "#000000");
      ruleMark.set("strokeDash", JSON.arrayNode().add(4).add(3));
      rule.putObject("encoding").putObject("x").put("field", "period").put("type", "temporal");
    }
    return spec;
  }

  private static void series(ObjectNode enc) {
    ObjectNode colour = enc.putObject("color").put("field", "series").put("type", "nominal");
    ObjectNode scale = colour.putObject("scale");
    scale.putArray("domain").add(ACTUAL).add(MODEL);
    scale.putArray("range").add(Charts.OKABE_ITO.get(0)).add(Charts.OKABE_ITO.get(1));
    colour.putObject("legend").putNull("title");
    ObjectNode dash = enc.putObject("strokeDash").put("field", "series").put("type", "nominal");
    ObjectNode dashScale = dash.putObject("scale");
    dashScale.putArray("domain").add(ACTUAL).add(MODEL);
    dashScale.putArray("range").add(JSON.arrayNode().add(1).add(0)).add(JSON.arrayNode().add(6).add(3));
    dash.putObject("legend").putNull("title");
  }

  private static String errors(HoldoutErrors e) {
    String total = e.totalErrorPercent().isPresent()
        ? String.format(Locale.ROOT, "%+.1f%%", e.totalErrorPercent().getAsDouble()) : Formats.NONE;
    return String.format(Locale.ROOT, "%s customers; holdout orders expected %s, actual %s (%s); MAE %.2f, RMSE %.2f",
        Formats.count(e.customers()), Formats.count(Math.round(e.expectedTotal())), Formats.count(e.actualTotal()),
        total, e.meanAbsoluteError(), e.rootMeanSquaredError());
  }
}
