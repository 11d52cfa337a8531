package io.github.logicrm.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Test support: the mapper as users get it, and golden files under {@code src/test/resources/golden}, one per
 * value type, named after the type.
 */
public final class GoldenJson {

  /** A mapper configured the way users are told to: modules found through ServiceLoader. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);

  private GoldenJson() {}

  /**
   * Tells whether two JSON trees are equal, numbers by value: a {@code long} written as 42 equals the
   * {@code int} node that parsing "42" gives.
   *
   * @param a one tree
   * @param b the other tree
   * @return true when equal
   */
  public static boolean sameJson(JsonNode a, JsonNode b) {
    return a.equals(GoldenJson::compareNodes, b);
  }

  /**
   * Asserts that the JSON a type's value was written as equals its golden tree, numbers by value.
   *
   * @param written the tree written
   * @param golden the golden tree
   * @param type the value type, for the message
   */
  public static void assertSameJson(JsonNode written, JsonNode golden, Class<?> type) {
    assertThat(sameJson(written, golden))
        .as("written JSON of %s%nexpected: %s%n but was: %s", type.getSimpleName(), golden, written)
        .isTrue();
  }

  private static int compareNodes(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  /**
   * Reads the golden file of a type.
   *
   * @param type the value type
   * @return the file's JSON tree, or empty if there is no golden file for the type
   */
  public static Optional<JsonNode> golden(Class<?> type) {
    String path = "/golden/" + type.getSimpleName() + ".json";
    try (InputStream in = GoldenJson.class.getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that a value writes exactly its type's golden file and that reading the file gives the value back.
   *
   * @param value the value, whose class's nearest registered supertype names the golden file
   * @param type the value type
   * @param <T> value type
   */
  public static <T> void assertMatchesGolden(T value, Class<T> type) {
    JsonNode expected = golden(type).orElseThrow(() -> new AssertionError("no golden file for " + type));
    JsonNode written = MAPPER.valueToTree(value);
    assertSameJson(written, expected, type);
    try {
      assertThat(MAPPER.treeToValue(expected, type)).as("read back %s", type.getSimpleName()).isEqualTo(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
