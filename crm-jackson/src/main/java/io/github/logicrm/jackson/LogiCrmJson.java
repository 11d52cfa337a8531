package io.github.logicrm.jackson;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-configured mappers for LogiCRM JSON.
 *
 * <p>{@link LogiCrmModule} enforces on its own, whatever the mapper's settings, everything it can see while
 * reading a value: no coercion of a field's JSON type, no field given twice, no {@code null} in place of a value.
 * Two guarantees lie outside any deserializer and need the mapper: rejecting content after the value (trailing
 * tokens) and rejecting a repeated key inside JSON that the module does not read itself (an object nested in a
 * map's value that is not a LogiCRM type, or a document read as a tree). {@link #strictMapper()} turns both on.
 */
public final class LogiCrmJson {

  private LogiCrmJson() {}

  /**
   * Returns a new mapper with {@link LogiCrmModule} (and the Java time module it brings) that also fails on
   * trailing tokens ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}), on any repeated key
   * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}) and on unknown fields
   * ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}). Each call returns a new mapper, which the caller
   * may configure further; once configured it is thread-safe, like any Jackson mapper.
   *
   * @return a new strict mapper
   */
  public static JsonMapper strictMapper() {
    return JsonMapper.builder()
        .addModule(new LogiCrmModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
