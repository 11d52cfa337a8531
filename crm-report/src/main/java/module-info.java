/**
 * LogiCRM report: a Customer 360 result as one self-contained HTML file a logistics manager can open offline, and
 * each of its charts as a Vega-Lite specification for a front end to draw itself.
 *
 * <p>The page is rendered from a Mustache template; the charts are drawn in the browser by Vega-Lite and
 * vega-embed, whose scripts are read from their WebJars and inlined, so the file makes no network request.
 */
module io.github.logicrm.report {
  requires transitive io.github.logicrm.pipeline;
  requires transitive io.github.logicrm.jackson;
  requires com.github.mustachejava;

  exports io.github.logicrm.report;

  opens io.github.logicrm.report.internal to com.github.mustachejava;
}
