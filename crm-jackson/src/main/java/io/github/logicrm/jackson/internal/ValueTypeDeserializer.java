package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a value type from a JSON object through its builder, so every value is validated exactly as in Java.
 *
 * <p>Every failure is a {@link MismatchedInputException} that names the field, whatever the caller's mapper
 * settings: a wrong JSON type or a coercion Jackson would otherwise allow (see {@link StrictReader}), a field
 * given twice, an unknown field (unless {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is off), a null
 * or missing required field, and a value the type rejects, with the domain's {@link IllegalArgumentException} as
 * the cause. A JSON {@code null} in place of the whole value is rejected too. Nothing is returned half built. A
 * JSON {@code null} for an optional field means absent.
 */
final class ValueTypeDeserializer<T> extends StdDeserializer<T> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private static final Pattern LEADING_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*");

  private final transient ValueTypeModel<T> model;
  /** Each attribute's position (for spotting a field given twice) and reader, built once by {@link #resolve}. */
  private final transient Map<String, Slot> slots = new HashMap<>();

  /** An attribute with its position and its reader. */
  private static final class Slot {
    final ValueTypeModel.Attribute attribute;
    final long bit;
    final StrictReader reader;

    Slot(ValueTypeModel.Attribute attribute, int position, StrictReader reader) {
      this.attribute = attribute;
      this.bit = 1L << position;
      this.reader = reader;
    }
  }

  ValueTypeDeserializer(ValueTypeModel<T> model) {
    super(model.type);
    this.model = model;
    if (model.attributes.size() > Long.SIZE) {
      throw new IllegalArgumentException(model.type + " has more than 64 attributes");
    }
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    int position = 0;
    for (ValueTypeModel.Attribute attribute : model.attributes.values()) {
      slots.put(attribute.name, new Slot(attribute, position++, StrictReader.of(attribute.jsonType, ctxt)));
    }
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    throw MismatchedInputException.from(ctxt.getParser(), model.type, "null is not a " + name()
        + ": a JSON object is required");
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      throw MismatchedInputException.from(p, model.type, name() + " must be a JSON object: "
          + StrictReader.text(p));
    }
    Object builder = invoke(model.builderFactory, null);
    long seen = 0;
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      Slot slot = slots.get(name);
      if (slot == null) {
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          throw UnrecognizedPropertyException.from(
              p, model.type, name, new ArrayList<>(model.attributes.keySet()));
        }
        p.skipChildren();
        continue;
      }
      if ((seen & slot.bit) != 0) {
        MismatchedInputException e = StrictReader.fail(p, model.type, name, "appears twice");
        e.prependPath(model.type, name);
        throw e;
      }
      seen |= slot.bit;
      setAttribute(p, ctxt, builder, slot);
    }
    if (token != JsonToken.END_OBJECT) {
      throw MismatchedInputException.from(p, model.type, name() + " is cut short: the object is not closed");
    }
    return build(p, builder);
  }

  private void setAttribute(JsonParser p, DeserializationContext ctxt, Object builder, Slot slot)
      throws IOException {
    ValueTypeModel.Attribute attribute = slot.attribute;
    if (p.currentToken() == JsonToken.VALUE_NULL && attribute.isOptional()) {
      return;
    }
    Object value;
    try {
      value = slot.reader.read(p, ctxt, attribute.name, model.type);
    } catch (JsonMappingException e) {
      e.prependPath(model.type, attribute.name);
      throw e;
    }
    try {
      attribute.setter.invoke(builder, value);
    } catch (InvocationTargetException e) {
      throw invalid(p, List.of(attribute.name), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private T build(JsonParser p, Object builder) throws IOException {
    try {
      return model.type.cast(model.build.invoke(builder));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalStateException) {
        // Immutables: "Cannot build X, some of required attributes are not set [a, b]"
        String message = cause.getMessage();
        String missing = message.contains("[") ? message.substring(message.indexOf('[')) : message;
        MismatchedInputException error = MismatchedInputException.from(
            p, model.type, "Missing required field(s) of " + name() + ": " + missing);
        error.initCause(cause);
        throw error;
      }
      throw invalid(p, fieldsOf(String.valueOf(cause.getMessage())), cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The fields a domain message is about, in the order it mentions them: the attribute its leading name is (or
   * ends or starts with, in camel case: {@code discountRate} for the field {@code rate}), then every attribute it
   * names as a whole word ({@code "revenue length must equal shipments length"}). Empty if it names none.
   */
  List<String> fieldsOf(String message) {
    Map<Integer, String> byPosition = new TreeMap<>();
    Matcher leading = LEADING_NAME.matcher(message);
    if (leading.find() && !model.attributes.containsKey(leading.group())) {
      String word = leading.group();
      List<String> matches = new ArrayList<>();
      for (String field : model.attributes.keySet()) {
        if (camelPart(word, field) || camelPart(field, word)) {
          matches.add(field);
        }
      }
      if (matches.size() == 1) {
        byPosition.put(-1, matches.get(0));
      }
    }
    for (String field : model.attributes.keySet()) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(field) + "\\b").matcher(message);
      if (m.find() && !byPosition.containsValue(field)) {
        byPosition.put(m.start(), field);
      }
    }
    return new ArrayList<>(byPosition.values());
  }

  private static boolean camelPart(String whole, String part) {
    if (whole.length() <= part.length()) {
      return false;
    }
    String capitalized = Character.toUpperCase(part.charAt(0)) + part.substring(1);
    return whole.endsWith(capitalized)
        || whole.startsWith(part) && Character.isUpperCase(whole.charAt(part.length()));
  }

  /**
   * The failure for a value the type rejects: it names the fields the domain message is about (the first goes
   * into the exception's path), or every field when the message names none, and keeps the domain exception as
   * its cause.
   */
  private MismatchedInputException invalid(JsonParser p, List<String> fields, Throwable cause) {
    if (!(cause instanceof IllegalArgumentException || cause instanceof NullPointerException)) {
      throw new IllegalStateException("unexpected failure building " + name(), cause);
    }
    String what = fields.isEmpty() ? "value of " + name() + " (fields " + quoted(model.attributes.keySet()) + ")"
        : (fields.size() == 1 ? "field " : "fields ") + quoted(fields) + " of " + name();
    MismatchedInputException error = MismatchedInputException.from(p, model.type, "Invalid " + what + ": "
        + cause.getMessage());
    error.initCause(cause);
    if (!fields.isEmpty()) {
      error.prependPath(model.type, fields.get(0));
    }
    return error;
  }

  private static String quoted(Collection<String> fields) {
    return fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
  }

  private String name() {
    return model.type.getSimpleName();
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }
}
