package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of value types without Jackson's coercions, whatever the caller's {@code ObjectMapper}
 * settings: a number only from a JSON number (or the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"} that Jackson writes for them), never from {@code ""} or other text; a whole number only
 * from a JSON integer within the range of its Java type, never from a fraction; a boolean only from
 * {@code true} or {@code false}; an enum constant only from its exact name; a string only from a JSON string; a
 * date or time only from a non-empty string; a list only from an array and a map only from an object without
 * duplicate keys, neither holding null. Every failure is a {@link MismatchedInputException} whose message names
 * the field.
 */
final class StrictReader {

  private StrictReader() {}

  /**
   * Reads one value of a field.
   *
   * @param field the field's name as shown in messages, with indices or keys for nested values ({@code
   *     counts[1][2]})
   * @param owner the value type being read
   */
  static Object read(JsonParser p, DeserializationContext ctxt, JavaType type, String field, Class<?> owner)
      throws IOException {
    JsonToken token = p.currentToken();
    Class<?> raw = type.getRawClass();
    if (token == JsonToken.VALUE_NULL) {
      throw fail(p, owner, field, "must not be null");
    }
    if (raw == double.class || raw == Double.class) {
      return readDouble(p, owner, field);
    }
    if (raw == int.class || raw == Integer.class) {
      return (int) readWhole(p, owner, field, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
    }
    if (raw == long.class || raw == Long.class) {
      return readWhole(p, owner, field, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      throw fail(p, owner, field, "must be true or false: " + text(p));
    }
    if (raw == String.class) {
      if (token != JsonToken.VALUE_STRING) {
        throw fail(p, owner, field, "must be a string: " + text(p));
      }
      return p.getText();
    }
    if (raw.isEnum()) {
      return readEnum(p, raw, owner, field);
    }
    if (type.isCollectionLikeType()) {
      return readList(p, ctxt, type, owner, field);
    }
    if (type.isMapLikeType()) {
      return readMap(p, ctxt, type, owner, field);
    }
    if (raw.getName().startsWith("java.time.")) {
      if (token != JsonToken.VALUE_STRING || p.getText().isEmpty()) {
        throw fail(p, owner, field, "must be a non-empty ISO-8601 string: " + text(p));
      }
    }
    return ctxt.findRootValueDeserializer(type).deserialize(p, ctxt);
  }

  private static double readDouble(JsonParser p, Class<?> owner, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double v = p.getDoubleValue();
      if (Double.isInfinite(v)) {
        throw fail(p, owner, field, "must be within the range of a double: " + p.getText());
      }
      return v;
    }
    if (token == JsonToken.VALUE_STRING) {
      switch (p.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw fail(p, owner, field, "must be a number: " + text(p));
  }

  private static long readWhole(JsonParser p, Class<?> owner, String field, long min, long max, String what)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType n = p.getNumberType();
      if (n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG) {
        long v = p.getLongValue();
        if (v >= min && v <= max) {
          return v;
        }
      }
      throw fail(p, owner, field, "must be " + what + " in [" + min + ", " + max + "]: " + p.getText());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(p, owner, field, "must be a whole number: " + p.getText());
    }
    throw fail(p, owner, field, "must be " + what + ": " + text(p));
  }

  private static Object readEnum(JsonParser p, Class<?> raw, Class<?> owner, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String name = p.getText();
      for (Object constant : raw.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
    }
    throw fail(p, owner, field, "must be one of " + Arrays.toString(raw.getEnumConstants()) + ": " + text(p));
  }

  private static List<Object> readList(JsonParser p, DeserializationContext ctxt, JavaType type, Class<?> owner,
      String field) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(p, owner, field, "must be an array: " + text(p));
    }
    JavaType element = type.getContentType();
    List<Object> list = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw fail(p, owner, field, "is cut short: the array is not closed");
      }
      try {
        list.add(read(p, ctxt, element, field + "[" + list.size() + "]", owner));
      } catch (JsonMappingException e) {
        e.prependPath(list, list.size());
        throw e;
      }
    }
    return list;
  }

  private static Map<Object, Object> readMap(JsonParser p, DeserializationContext ctxt, JavaType type,
      Class<?> owner, String field) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, owner, field, "must be an object: " + text(p));
    }
    KeyDeserializer keys = ctxt.findKeyDeserializer(type.getKeyType(), null);
    Map<Object, Object> map = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw fail(p, owner, field, "is cut short: the object is not closed");
      }
      String name = p.currentName();
      Object key;
      try {
        key = keys.deserializeKey(name, ctxt);
      } catch (JsonMappingException e) {
        throw fail(p, owner, field, "has an invalid key '" + name + "': " + e.getOriginalMessage());
      } catch (IllegalArgumentException e) {
        throw fail(p, owner, field, "has an invalid key '" + name + "': " + e.getMessage());
      }
      if (key == null) {
        throw fail(p, owner, field, "has an invalid key: '" + name + "'");
      }
      p.nextToken();
      Object value;
      try {
        value = read(p, ctxt, type.getContentType(), field + "[" + name + "]", owner);
      } catch (JsonMappingException e) {
        e.prependPath(map, name);
        throw e;
      }
      if (map.put(key, value) != null) { // values are never null, so a previous value is a repeated key
        throw fail(p, owner, field, "has the key '" + name + "' twice");
      }
    }
    return map;
  }

  /** The current token as the input wrote it, for messages. */
  static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "end of input";
    }
    if (t == JsonToken.VALUE_STRING) {
      return "\"" + p.getText() + "\"";
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      return t == JsonToken.START_OBJECT ? "an object" : "an array";
    }
    return p.getText();
  }

  /**
   * A failure naming the field and the value type; the caller adds the field to the exception's path as it
   * passes through.
   */
  static MismatchedInputException fail(JsonParser p, Class<?> owner, String field, String rule)
      throws IOException {
    String value = p.currentToken() == null ? null : p.getText();
    return InvalidFormatException.from(
        p, "Field '" + field + "' of " + owner.getSimpleName() + " " + rule, value, owner);
  }
}
