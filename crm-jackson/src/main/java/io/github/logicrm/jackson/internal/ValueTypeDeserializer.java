package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a value type from a JSON object through its builder, so every value is validated exactly as in Java.
 *
 * <p>Every failure is a Jackson exception that names the field: a wrong JSON type, an unknown field (unless
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is off), a null or missing required field, and a
 * value the type rejects, with the domain's {@link IllegalArgumentException} as the cause. Nothing is returned
 * half built. A JSON {@code null} for an optional field means absent.
 */
final class ValueTypeDeserializer<T> extends StdDeserializer<T> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient ValueTypeModel<T> model;
  private final transient Map<String, JsonDeserializer<Object>> fieldDeserializers = new HashMap<>();

  ValueTypeDeserializer(ValueTypeModel<T> model) {
    super(model.type);
    this.model = model;
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    for (ValueTypeModel.Attribute attribute : model.attributes.values()) {
      fieldDeserializers.put(attribute.name, ctxt.findRootValueDeserializer(attribute.jsonType));
    }
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return model.type.cast(ctxt.handleUnexpectedToken(model.type, p));
    }
    Object builder = invoke(model.builderFactory, null);
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      ValueTypeModel.Attribute attribute = model.attributes.get(name);
      if (attribute == null) {
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          throw UnrecognizedPropertyException.from(
              p, model.type, name, new ArrayList<>(model.attributes.keySet()));
        }
        p.skipChildren();
        continue;
      }
      setAttribute(p, ctxt, builder, attribute);
    }
    return build(p, builder);
  }

  private void setAttribute(JsonParser p, DeserializationContext ctxt, Object builder, ValueTypeModel.Attribute attribute)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      if (attribute.isOptional()) {
        return;
      }
      throw MismatchedInputException.from(
          p, model.type, "Field '" + attribute.name + "' of " + name() + " must not be null");
    }
    Object value;
    try {
      value = fieldDeserializers.get(attribute.name).deserialize(p, ctxt);
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(e, model.type, attribute.name);
    }
    try {
      attribute.setter.invoke(builder, value);
    } catch (InvocationTargetException e) {
      throw invalid(p, "field '" + attribute.name + "'", e.getCause());
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
      throw invalid(p, "value", cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private MismatchedInputException invalid(JsonParser p, String what, Throwable cause) {
    if (!(cause instanceof IllegalArgumentException || cause instanceof NullPointerException)) {
      throw new IllegalStateException("unexpected failure building " + name(), cause);
    }
    MismatchedInputException error = MismatchedInputException.from(
        p, model.type, "Invalid " + what + " of " + name() + ": " + cause.getMessage());
    error.initCause(cause);
    return error;
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
