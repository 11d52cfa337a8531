package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * the field ({@code counts[1][2]} inside nested lists).
 *
 * <p>A reader is built once per attribute when the value type's deserializer is resolved, so reading looks
 * nothing up and allocates only the values it returns.
 */
abstract class StrictReader {

  /**
   * Reads one value; the parser is on its first token.
   *
   * @param field the field's name, for messages
   * @param owner the value type being read, for messages
   */
  final Object read(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw fail(p, owner, field, "must not be null");
    }
    return readPresent(p, ctxt, field, owner);
  }

  abstract Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner)
      throws IOException;

  /** The reader of a type: scalars, enums, lists and maps read here, other types by their own deserializer. */
  static StrictReader of(JavaType type, DeserializationContext ctxt) throws JsonMappingException {
    Class<?> raw = type.getRawClass();
    if (raw == double.class || raw == Double.class) {
      return DOUBLE;
    }
    if (raw == int.class || raw == Integer.class) {
      return INT;
    }
    if (raw == long.class || raw == Long.class) {
      return LONG;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return BOOLEAN;
    }
    if (raw == String.class) {
      return STRING;
    }
    if (raw.isEnum()) {
      return new EnumReader(raw);
    }
    if (type.isCollectionLikeType()) {
      return new ListReader(of(type.getContentType(), ctxt));
    }
    if (type.isMapLikeType()) {
      return new MapReader(ctxt.findKeyDeserializer(type.getKeyType(), null), of(type.getContentType(), ctxt));
    }
    return new Delegate(ctxt.findRootValueDeserializer(type), raw.getName().startsWith("java.time."));
  }

  private static final StrictReader DOUBLE = new StrictReader() {
    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
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
  };

  private static final StrictReader INT = new StrictReader() {
    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      return (int) readWhole(p, owner, field, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
    }
  };

  private static final StrictReader LONG = new StrictReader() {
    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      return readWhole(p, owner, field, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
    }
  };

  private static final StrictReader BOOLEAN = new StrictReader() {
    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      throw fail(p, owner, field, "must be true or false: " + text(p));
    }
  };

  private static final StrictReader STRING = new StrictReader() {
    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(p, owner, field, "must be a string: " + text(p));
      }
      return p.getText();
    }
  };

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

  /** An enum constant from its exact name only. */
  private static final class EnumReader extends StrictReader {
    private final Map<String, Object> byName = new HashMap<>();
    private final String names;

    EnumReader(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      for (Object c : constants) {
        byName.put(((Enum<?>) c).name(), c);
      }
      names = Arrays.toString(constants);
    }

    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      Object constant = p.currentToken() == JsonToken.VALUE_STRING ? byName.get(p.getText()) : null;
      if (constant == null) {
        throw fail(p, owner, field, "must be one of " + names + ": " + text(p));
      }
      return constant;
    }
  }

  /** A list from a JSON array only, without null elements. */
  private static final class ListReader extends StrictReader {
    private final StrictReader element;

    ListReader(StrictReader element) {
      this.element = element;
    }

    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(p, owner, field, "must be an array: " + text(p));
      }
      List<Object> list = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          throw fail(p, owner, field, "is cut short: the array is not closed");
        }
        try {
          list.add(element.read(p, ctxt, field, owner));
        } catch (JsonMappingException e) {
          throw within(p, e, owner, field, "[" + list.size() + "]", list, list.size(), null);
        }
      }
      return list;
    }
  }

  /** A map from a JSON object only, without null values or a key given twice. */
  private static final class MapReader extends StrictReader {
    private final KeyDeserializer keys;
    private final StrictReader value;

    MapReader(KeyDeserializer keys, StrictReader value) {
      this.keys = keys;
      this.value = value;
    }

    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(p, owner, field, "must be an object: " + text(p));
      }
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
        Object v;
        try {
          v = value.read(p, ctxt, field, owner);
        } catch (JsonMappingException e) {
          throw within(p, e, owner, field, "[" + name + "]", map, -1, name);
        }
        if (map.put(key, v) != null) { // values are never null, so a previous value is a repeated key
          throw fail(p, owner, field, "has the key '" + name + "' twice");
        }
      }
      return map;
    }
  }

  /** Any other type (value types, identifiers, dates and times) by its own deserializer. */
  private static final class Delegate extends StrictReader {
    private final JsonDeserializer<Object> deserializer;
    private final boolean text;

    Delegate(JsonDeserializer<Object> deserializer, boolean text) {
      this.deserializer = deserializer;
      this.text = text;
    }

    @Override
    Object readPresent(JsonParser p, DeserializationContext ctxt, String field, Class<?> owner) throws IOException {
      if (text && (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isEmpty())) {
        throw fail(p, owner, field, "must be a non-empty ISO-8601 string: " + text(p));
      }
      return deserializer.deserialize(p, ctxt);
    }
  }

  /**
   * A failure inside a list element or map value, made to name where it happened: this module's message
   * {@code Field 'counts' ...} becomes {@code Field 'counts[1]' ...}; the element is added to the path.
   */
  private static JsonMappingException within(JsonParser p, JsonMappingException e, Class<?> owner, String field,
      String suffix, Object container, int index, String key) throws IOException {
    String prefix = "Field '" + field;
    String message = e.getOriginalMessage();
    JsonMappingException out = e;
    if (message != null && message.startsWith(prefix)
        && (message.charAt(prefix.length()) == '\'' || message.charAt(prefix.length()) == '[')) {
      out = InvalidFormatException.from(p, prefix + suffix + message.substring(prefix.length()),
          e instanceof InvalidFormatException f ? f.getValue() : null, owner);
      out.initCause(e.getCause());
    }
    if (key == null) {
      out.prependPath(container, index);
    } else {
      out.prependPath(container, key);
    }
    return out;
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
