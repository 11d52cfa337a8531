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
    assertThat(written).as("written JSON of %s", type.getSimpleName()).isEqualTo(expected);
    try {
      assertThat(MAPPER.treeToValue(expected, type)).as("read back %s", type.getSimpleName()).isEqualTo(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
