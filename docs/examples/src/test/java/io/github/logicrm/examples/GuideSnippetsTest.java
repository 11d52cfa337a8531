package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's promise, kept: every Java snippet of {@code README.md} and {@code docs/*.md} is taken from the
 * compiled examples. A snippet is found when its lines, each stripped of indentation and trailing blanks, with
 * blank lines left out, appear one after the other in a source file of {@code docs/examples/src/main/java} (or,
 * for the Spark page, of crm-spark's {@code examples} test package, which that module's tests run).
 */
class GuideSnippetsTest {

  private static final Path ROOT = repositoryRoot();

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))
        && Files.isRegularFile(dir.resolve("pom.xml")))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** One fenced Java block of a page, with the line it starts on. */
  record Snippet(Path page, int line, List<String> lines) {
    @Override
    public String toString() {
      return ROOT.relativize(page) + ":" + line;
    }
  }

  static List<Snippet> snippets(Path page) {
    List<String> text = read(page);
    List<Snippet> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (text.get(i).strip().equals("```java")) {
        int start = i + 1;
        List<String> lines = new ArrayList<>();
        for (i = start; i < text.size() && !text.get(i).strip().equals("```"); i++) {
          lines.add(text.get(i));
        }
        found.add(new Snippet(page, start, normalized(lines)));
      }
    }
    return found;
  }

  private static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(List<String> source, List<String> snippet) {
    for (int start = 0; start + snippet.size() <= source.size(); start++) {
      if (source.subList(start, start + snippet.size()).equals(snippet)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private static List<List<String>> exampleSources() throws IOException {
    List<List<String>> sources = new ArrayList<>();
    // The Spark page's examples live beside the Spark module (Spark is not a named module), run by its tests.
    for (String root : List.of("docs/examples/src/main/java",
        "crm-spark/src/test/java/io/github/logicrm/spark/examples")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(root))) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> normalized(read(p)))
            .forEach(sources::add);
      }
    }
    return sources;
  }

  @Test
  void everyJavaSnippetOfTheGuideIsInTheExamples() throws IOException {
    List<List<String>> sources = exampleSources();
    List<Snippet> all = new ArrayList<>();
    for (Path page : pages()) {
      all.addAll(snippets(page));
    }
    assertThat(all).as("Java snippets in README.md and docs/*.md").hasSizeGreaterThan(20);
    List<Snippet> missing = all.stream()
        .filter(s -> s.lines().isEmpty() || sources.stream().noneMatch(src -> contains(src, s.lines())))
        .collect(Collectors.toList());
    assertThat(missing).as("snippets not found verbatim in docs/examples/src/main/java").isEmpty();
  }

  @Test
  void aSnippetIsFoundOnlyVerbatim() {
    List<String> source = List.of("int a = 1;", "int b = 2;", "return a + b;");
    assertThat(contains(source, List.of("int b = 2;", "return a + b;"))).isTrue();
    assertThat(contains(source, List.of("int a = 1;", "return a + b;"))).isFalse();
    assertThat(contains(source, List.of("int b = 3;"))).isFalse();
  }
}
