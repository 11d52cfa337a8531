package io.github.logicrm.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.logicrm.core.book.SurveyModelFit;
import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.report.internal.Page.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The satisfaction section: the path model as a diagram (constructs as boxes, arrows labelled with their path
 * coefficients, R2 in the explained constructs) and the importance-performance map of the drivers of satisfaction,
 * per construct and per survey item, with the "fix first" quadrant (above-average importance, below-average
 * performance) marked.
 */
public final class SatisfactionCharts {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int WIDTH = 640;
  private static final int HEIGHT = 340;
  private static final double BOX_WIDTH = 112;
  private static final double BOX_HEIGHT = 44;
  private static final String POSITIVE = Charts.OKABE_ITO.get(0);
  private static final String NEGATIVE = Charts.OKABE_ITO.get(5);
  private static final String FIX_FIRST = "Fix first: high importance, low performance";
  /** Where along a path its coefficient sits: short of the middle, so crossing paths keep their labels apart. */
  private static final double LABEL_AT = 0.35;

  /** Where the boxes of the ECSI and ACSI constructs go: image and expectations left, loyalty right. */
  private static final Map<String, double[]> CSI_LAYOUT = Map.of(
      "Image", new double[] {90, 40},
      "Expectations", new double[] {90, 165},
      "Quality", new double[] {90, 295},
      "Value", new double[] {290, 295},
      "Satisfaction", new double[] {330, 165},
      "Complaints", new double[] {540, 295},
      "Loyalty", new double[] {570, 40});

  private SatisfactionCharts() {}

  /**
   * The path diagram of the fitted model.
   *
   * @param fit the book's fitted model, not null
   * @return the spec
   */
  public static ObjectNode pathDiagram(SurveyModelFit fit) {
    PathModel model = fit.model();
    PlsEstimate estimate = fit.estimate();
    Map<String, double[]> at = layout(model);
    ArrayNode nodes = JSON.arrayNode();
    for (LatentBlock block : model.blocks()) {
      double[] xy = at.get(block.name());
      Optional<BlockFit> blockFit = estimate.block(block.name());
      String r2 = blockFit.flatMap(b -> b.rSquared().isPresent()
          ? Optional.of(Formats.decimal(b.rSquared().getAsDouble(), 2)) : Optional.empty()).orElse(null);
      ObjectNode node = nodes.addObject().put("construct", block.name())
          .put("label", r2 == null ? block.name() : block.name() + "\nR² " + r2)
          .put("items", String.join(", ", block.items()))
          .put("x", xy[0] - BOX_WIDTH / 2).put("x2", xy[0] + BOX_WIDTH / 2)
          .put("y", xy[1] - BOX_HEIGHT / 2).put("y2", xy[1] + BOX_HEIGHT / 2)
          .put("cx", xy[0]).put("cy", xy[1]);
      node.put("rSquared", r2 == null ? Formats.NONE : r2);
      blockFit.ifPresent(b -> node.put("ave", Formats.decimal(b.ave(), 2)));
    }
    ArrayNode edges = JSON.arrayNode();
    for (PathEstimate path : estimate.paths()) {
      double[] from = at.get(path.from());
      double[] to = at.get(path.to());
      double dx = to[0] - from[0];
      double dy = to[1] - from[1];
      double out = clip(dx, dy);
      double length = Math.hypot(dx, dy);
      edges.addObject().put("path", path.from() + " -> " + path.to())
          .put("coefficient", path.coefficient())
          .put("label", Formats.decimal(path.coefficient(), 2))
          .put("sign", path.coefficient() < 0 ? "negative" : "positive")
          .put("width", 1 + 5 * Math.min(1, Math.abs(path.coefficient())))
          .put("x", from[0] + out * dx).put("y", from[1] + out * dy)
          .put("x2", to[0] - out * dx).put("y2", to[1] - out * dy)
          .put("mx", from[0] + LABEL_AT * dx).put("my", from[1] + LABEL_AT * dy)
          // the arrowhead sits on the target's border, pointing along the path (degrees clockwise, y down)
          .put("angle", Math.toDegrees(Math.atan2(dy, dx)))
          .put("ax", to[0] - out * dx - 5 * dx / length).put("ay", to[1] - out * dy - 5 * dy / length);
    }
    ObjectNode spec = Charts.spec("Satisfaction model (PLS, " + Formats.count(estimate.respondents())
        + " respondents): path coefficients, R² of each explained construct", null);
    spec.put("width", WIDTH).put("height", HEIGHT);
    ArrayNode layers = spec.putArray("layer");
    ObjectNode lines = layer(layers, edges, "rule");
    ObjectNode lineEnc = position(lines, "x", "y");
    lineEnc.putObject("x2").put("field", "x2");
    lineEnc.putObject("y2").put("field", "y2");
    lineEnc.putObject("strokeWidth").put("field", "width").put("type", "quantitative").putNull("scale");
    signColour(lineEnc);
    Charts.tooltip(lineEnc, "path", "label");
    ObjectNode heads = layer(layers, edges, "point");
    ((ObjectNode) heads.get("mark")).put("shape", "triangle-right").put("filled", true).put("size", 90)
        .put("opacity", 1);
    ObjectNode headEnc = position(heads, "ax", "ay");
    headEnc.putObject("angle").put("field", "angle").put("type", "quantitative").putNull("scale");
    signColour(headEnc);
    ObjectNode boxes = layer(layers, nodes, "rect");
    ((ObjectNode) boxes.get("mark")).put("cornerRadius", 20).put("fill", "#E8F1F8").put("stroke", POSITIVE)
        .put("strokeWidth", 1.5);
    ObjectNode boxEnc = position(boxes, "x", "y");
    boxEnc.putObject("x2").put("field", "x2");
    boxEnc.putObject("y2").put("field", "y2");
    Charts.tooltip(boxEnc, "construct", "items", "rSquared", "ave");
    ObjectNode names = layer(layers, nodes, "text");
    ((ObjectNode) names.get("mark")).put("lineBreak", "\n").put("fontSize", 12).put("baseline", "middle");
    position(names, "cx", "cy").putObject("text").put("field", "label");
    ObjectNode halos = layer(layers, edges, "point");
    ((ObjectNode) halos.get("mark")).put("shape", "square").put("size", 420).put("filled", true)
        .put("color", "#ffffff").put("opacity", 0.9);
    position(halos, "mx", "my");
    ObjectNode coefficients = layer(layers, edges, "text");
    ((ObjectNode) coefficients.get("mark")).put("fontSize", 11).put("fontWeight", "bold").put("baseline", "middle");
    ObjectNode coefficientEnc = position(coefficients, "mx", "my");
    coefficientEnc.putObject("text").put("field", "label");
    signColour(coefficientEnc);
    return spec;
  }

  /**
   * The importance-performance map of the target's drivers: per construct, or per survey item of the constructs
   * that drive it, coloured by construct.
   *
   * @param map the map, not null
   * @param items true for the survey items, false for the constructs
   * @return the spec
   */
  public static ObjectNode ipma(ImportancePerformance map, boolean items) {
    List<IpmaPoint> points = items ? map.indicators() : map.constructs();
    double meanImportance = points.stream().mapToDouble(IpmaPoint::importance).average().orElse(0);
    double meanPerformance = points.stream().mapToDouble(IpmaPoint::performance).average().orElse(0);
    double maxImportance = points.stream().mapToDouble(IpmaPoint::importance).max().orElse(0);
    ArrayNode values = JSON.arrayNode();
    for (int k = 0; k < points.size(); k++) {
      IpmaPoint p = points.get(k);
      values.addObject().put("name", p.name()).put("construct", p.construct()).put("importance", p.importance())
          .put("performance", p.performance())
          .put("quadrant", fixFirst(p, meanImportance, meanPerformance) ? FIX_FIRST : "")
          .put("labelBelow", crowded(points, k, maxImportance));
    }
    String what = items ? "survey items" : "drivers";
    ObjectNode spec = Charts.spec("Importance and performance of the " + what + " of " + map.target()
        + " (performance of " + map.target() + " " + Formats.decimal(map.targetPerformance(), 1) + " of 100)", null);
    ArrayNode layers = spec.putArray("layer");
    ObjectNode quadrant = layers.addObject();
    quadrant.putObject("data").set("values", JSON.arrayNode().add(JSON.objectNode()
        .put("x", meanImportance).put("x2", Math.max(maxImportance * 1.1, meanImportance))
        .put("y", 0).put("y2", meanPerformance).put("label", FIX_FIRST)));
    quadrant.putObject("mark").put("type", "rect").put("color", Charts.OKABE_ITO.get(5)).put("opacity", 0.08);
    ObjectNode quadrantEnc = quadrant.putObject("encoding");
    quadrantEnc.putObject("x").put("field", "x").put("type", "quantitative");
    quadrantEnc.putObject("x2").put("field", "x2");
    quadrantEnc.putObject("y").put("field", "y").put("type", "quantitative");
    quadrantEnc.putObject("y2").put("field", "y2");
    ObjectNode quadrantLabel = layers.addObject();
    quadrantLabel.set("data", quadrant.get("data").deepCopy());
    quadrantLabel.putObject("mark").put("type", "text").put("align", "right").put("baseline", "bottom")
        .put("dx", -4).put("dy", -4).put("color", Charts.OKABE_ITO.get(5)).put("fontWeight", "bold");
    ObjectNode labelEnc = quadrantLabel.putObject("encoding");
    labelEnc.putObject("x").put("field", "x2").put("type", "quantitative");
    labelEnc.putObject("y").put("field", "y").put("type", "quantitative");
    labelEnc.putObject("text").put("field", "label");
    ObjectNode rules = layers.addObject();
    rules.putObject("data").set("values", JSON.arrayNode().add(JSON.objectNode().put("importance", meanImportance)
        .put("performance", meanPerformance)));
    rules.putObject("mark").put("type", "rule").put("color", "#888888").set("strokeDash",
        JSON.arrayNode().add(4).add(3));
    rules.putObject("encoding").putObject("x").put("field", "importance").put("type", "quantitative");
    ObjectNode hrule = layers.addObject();
    hrule.set("data", rules.get("data").deepCopy());
    hrule.set("mark", rules.get("mark").deepCopy());
    hrule.putObject("encoding").putObject("y").put("field", "performance").put("type", "quantitative");
    ObjectNode dots = layers.addObject();
    dots.putObject("data").set("values", values);
    dots.putObject("mark").put("type", "point").put("filled", true).put("size", 110);
    ObjectNode enc = dots.putObject("encoding");
    Charts.quantitative(enc, "x", "importance", "Importance: total effect on " + map.target()
        + " (points per point of the driver)", ".2f");
    ObjectNode y = Charts.quantitative(enc, "y", "performance", "Performance (index 0-100)", ",d");
    y.putObject("scale").set("domain", JSON.arrayNode().add(0).add(100));
    ObjectNode colour = enc.putObject("color").put("field", "construct").put("type", "nominal");
    colour.putObject("legend").put("title", "Construct");
    ArrayNode tooltip = enc.putArray("tooltip");
    tooltip.addObject().put("field", "name").put("type", "nominal").put("title", items ? "Item" : "Construct");
    tooltip.addObject().put("field", "importance").put("type", "quantitative").put("format", ".3f");
    tooltip.addObject().put("field", "performance").put("type", "quantitative").put("format", ".1f");
    tooltip.addObject().put("field", "quadrant").put("type", "nominal");
    for (boolean below : new boolean[] {false, true}) {
      ObjectNode names = layers.addObject();
      names.putObject("data").set("values", values.deepCopy());
      names.putArray("transform").addObject().put("filter", (below ? "" : "!") + "datum.labelBelow");
      names.putObject("mark").put("type", "text").put("align", "left").put("dx", 7).put("dy", below ? 12 : 0)
          .put("fontSize", 11);
      ObjectNode nameEnc = names.putObject("encoding");
      nameEnc.putObject("x").put("field", "importance").put("type", "quantitative");
      nameEnc.putObject("y").put("field", "performance").put("type", "quantitative");
      nameEnc.putObject("text").put("field", "name");
    }
    return spec;
  }

  /**
   * The figures beside the diagram: the estimate's evidence and the answer to "what do we fix first".
   *
   * @param fit the book's fitted model, not null
   * @return label and formatted value, in reading order
   */
  public static List<Figure> figures(SurveyModelFit fit) {
    PlsEstimate e = fit.estimate();
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Respondents (dropped for a missing answer)", Formats.count(e.respondents()) + " ("
        + Formats.count(e.droppedRespondents()) + ")"));
    figures.add(new Figure("Estimate", e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " in " + Formats.count(e.iterations()) + " iterations, " + e.scheme().name().toLowerCase(java.util.Locale.ROOT)
        + " scheme"));
    e.block(fit.target()).flatMap(b -> b.rSquared().isPresent() ? Optional.of(b.rSquared().getAsDouble())
        : Optional.empty()).ifPresent(r2 -> figures.add(new Figure("R² of " + fit.target(), Formats.decimal(r2, 2))));
    figures.add(new Figure("Goodness of fit", Formats.decimal(e.goodnessOfFit(), 2)));
    if (fit.ipma().isPresent()) {
      ImportancePerformance map = fit.ipma().get();
      figures.add(new Figure("Performance of " + map.target() + " (0-100)",
          Formats.decimal(map.targetPerformance(), 1)));
      figures.add(new Figure("Fix first (survey items)", fixFirst(map.indicators())));
      figures.add(new Figure("Fix first (drivers)", fixFirst(map.constructs())));
    } else {
      figures.add(new Figure("Importance-performance map", "not computed: " + fit.ipmaNotComputed().orElseThrow()));
    }
    return figures;
  }

  /** The points in the fix-first quadrant, most important first, or "none". */
  static String fixFirst(List<IpmaPoint> points) {
    double meanImportance = points.stream().mapToDouble(IpmaPoint::importance).average().orElse(0);
    double meanPerformance = points.stream().mapToDouble(IpmaPoint::performance).average().orElse(0);
    List<String> first = points.stream().filter(p -> fixFirst(p, meanImportance, meanPerformance))
        .sorted(Comparator.comparingDouble(IpmaPoint::importance).reversed())
        .map(p -> p.name() + " (importance " + Formats.decimal(p.importance(), 3) + ", performance "
            + Formats.decimal(p.performance(), 1) + ")")
        .toList();
    return first.isEmpty() ? "none: no driver is both above-average in importance and below-average in performance"
        : String.join("; ", first);
  }

  /** Whether an earlier point sits so close that this point's label goes below it rather than beside it. */
  private static boolean crowded(List<IpmaPoint> points, int k, double maxImportance) {
    IpmaPoint p = points.get(k);
    for (int j = 0; j < k; j++) {
      IpmaPoint q = points.get(j);
      if (Math.abs(p.importance() - q.importance()) < 0.1 * maxImportance
          && Math.abs(p.performance() - q.performance()) < 4) {
        return true;
      }
    }
    return false;
  }

  private static boolean fixFirst(IpmaPoint p, double meanImportance, double meanPerformance) {
    return p.importance() > meanImportance && p.performance() < meanPerformance;
  }

  /**
   * Box centres: the usual places for the constructs of the ECSI and ACSI; otherwise columns by the longest path
   * from an exogenous construct, stacked within a column.
   */
  static Map<String, double[]> layout(PathModel model) {
    Map<String, double[]> at = new HashMap<>();
    if (model.blocks().stream().allMatch(b -> CSI_LAYOUT.containsKey(b.name()))) {
      model.blocks().forEach(b -> at.put(b.name(), CSI_LAYOUT.get(b.name()).clone()));
      return at;
    }
    Map<String, Integer> level = new HashMap<>();
    int deepest = 0;
    for (LatentBlock block : model.blocks()) {
      deepest = Math.max(deepest, level(model, block.name(), level));
    }
    Map<Integer, Integer> stacked = new HashMap<>();
    Map<Integer, Integer> inColumn = new HashMap<>();
    level.values().forEach(l -> inColumn.merge(l, 1, Integer::sum));
    for (LatentBlock block : model.blocks()) {
      int column = level.get(block.name());
      int row = stacked.merge(column, 1, Integer::sum) - 1;
      double x = BOX_WIDTH / 2 + 10 + (deepest == 0 ? 0 : column * (WIDTH - BOX_WIDTH - 20) / (double) deepest);
      double rows = inColumn.get(column);
      double y = (row + 0.5 + (column % 2 == 1 && rows == 1 ? 0.35 : 0)) * HEIGHT / (rows + 0.35);
      at.put(block.name(), new double[] {x, y});
    }
    return at;
  }

  private static int level(PathModel model, String name, Map<String, Integer> memo) {
    Integer known = memo.get(name);
    if (known != null) {
      return known;
    }
    int deepest = 0;
    for (String from : model.predecessors(name)) {
      deepest = Math.max(deepest, level(model, from, memo) + 1);
    }
    memo.put(name, deepest);
    return deepest;
  }

  /** The share of a centre-to-centre vector that lies inside a box around either end. */
  private static double clip(double dx, double dy) {
    double sx = dx == 0 ? Double.POSITIVE_INFINITY : BOX_WIDTH / 2 / Math.abs(dx);
    double sy = dy == 0 ? Double.POSITIVE_INFINITY : BOX_HEIGHT / 2 / Math.abs(dy);
    return Math.min(sx, sy);
  }

  private static ObjectNode layer(ArrayNode layers, ArrayNode values, String mark) {
    ObjectNode layer = layers.addObject();
    layer.putObject("data").set("values", values);
    layer.putObject("mark").put("type", mark);
    return layer;
  }

  /** Pixel positions: 0 to width rightwards, 0 to height downwards, no axes. */
  private static ObjectNode position(ObjectNode layer, String x, String y) {
    ObjectNode enc = layer.putObject("encoding");
    ObjectNode xs = enc.putObject("x").put("field", x).put("type", "quantitative").putNull("axis");
    xs.putObject("scale").put("nice", false).set("domain", JSON.arrayNode().add(0).add(WIDTH));
    ObjectNode ys = enc.putObject("y").put("field", y).put("type", "quantitative").putNull("axis");
    ys.putObject("scale").put("nice", false).put("reverse", true).set("domain", JSON.arrayNode().add(0).add(HEIGHT));
    return enc;
  }

  private static void signColour(ObjectNode encoding) {
    ObjectNode colour = encoding.putObject("color").put("field", "sign").put("type", "nominal");
    ObjectNode scale = colour.putObject("scale");
    scale.set("domain", JSON.arrayNode().add("positive").add("negative"));
    scale.set("range", JSON.arrayNode().add(POSITIVE).add(NEGATIVE));
    colour.putObject("legend").put("title", "Path");
  }
}
