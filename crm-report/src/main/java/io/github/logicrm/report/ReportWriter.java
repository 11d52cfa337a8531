package io.github.logicrm.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Writes a {@link Report} as one self-contained HTML file: every style and script inlined (Vega, Vega-Lite and
 * vega-embed from their WebJars), every chart's data in the page, so it opens offline and makes no network request.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(dir.resolve("report.html"))) {
 *   ReportWriter.html().write(Report.of(result), out);
 * }
 * }</pre>
 *
 * <p>The page comes from a Mustache template that only places the report's formatted figures. Thread-safe.
 */
public final class ReportWriter {

  /** The scripts inlined into the page, in load order, as named in {@code webjars.properties}. */
  static final List<String> SCRIPTS = List.of("vegaJs", "vegaLiteJs", "vegaEmbedJs");

  private static final ReportWriter HTML = new ReportWriter();

  private final Mustache template;
  private volatile Map<String, String> scripts;

  private ReportWriter() {
    try (Reader reader = new InputStreamReader(open(ReportWriter.class.getResourceAsStream("report.mustache"),
        "report.mustache"), StandardCharsets.UTF_8)) {
      this.template = new DefaultMustacheFactory().compile(reader, "report");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the HTML writer.
   *
   * @return the writer, shared
   */
  public static ReportWriter html() {
    return HTML;
  }

  /**
   * Writes the report to a stream as UTF-8 HTML. The stream is flushed, not closed.
   *
   * @param report the report, not null
   * @param out the stream, not null
   * @throws IOException if writing fails
   */
  public void write(Report report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      template.execute(writer, List.of(scripts(), report.page()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
  }

  private Map<String, String> scripts() throws IOException {
    Map<String, String> loaded = scripts;
    if (loaded == null) {
      Properties paths = new Properties();
      try (InputStream in = open(ReportWriter.class.getResourceAsStream("webjars.properties"), "webjars.properties")) {
        paths.load(in);
      }
      Map<String, String> read = new LinkedHashMap<>();
      for (String script : SCRIPTS) {
        read.put(script, read(paths.getProperty(script)));
      }
      loaded = Map.copyOf(read);
      scripts = loaded;
    }
    return loaded;
  }

  private static String read(String resource) throws IOException {
    ClassLoader loader = ReportWriter.class.getClassLoader();
    try (InputStream in = open(loader.getResourceAsStream(resource), resource)) {
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (script.contains("</script")) {
        throw new IllegalStateException(resource + " must not contain </script: it cannot be inlined");
      }
      return script;
    }
  }

  private static InputStream open(InputStream in, String resource) {
    if (in == null) {
      throw new IllegalStateException(resource + " must be on the class path: the report needs it");
    }
    return in;
  }
}
