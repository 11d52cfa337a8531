package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a value type as a JSON object, one field per attribute in declaration order. Empty optionals are left
 * out; dates, times and durations are written as ISO-8601 strings whatever the mapper's settings.
 */
final class ValueTypeSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient ValueTypeModel<T> model;

  ValueTypeSerializer(ValueTypeModel<T> model) {
    super(model.type);
    this.model = model;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    for (ValueTypeModel.Attribute attribute : model.attributes.values()) {
      writeAttribute(attribute, read(attribute, value), gen, provider);
    }
    gen.writeEndObject();
  }

  /** Writes an attribute unless it is an empty optional; returns whether it wrote a field. */
  private static boolean writeAttribute(
      ValueTypeModel.Attribute attribute, Object held, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    return switch (attribute.shape) {
      case PLAIN, COLLECTION, MAP -> {
        writeField(attribute.name, held, gen, provider);
        yield true;
      }
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) held;
        if (optional.isPresent()) {
          writeField(attribute.name, optional.get(), gen, provider);
        }
        yield optional.isPresent();
      }
      case OPTIONAL_DOUBLE -> {
        OptionalDouble d = (OptionalDouble) held;
        if (d.isPresent()) {
          gen.writeNumberField(attribute.name, d.getAsDouble());
        }
        yield d.isPresent();
      }
      case OPTIONAL_INT -> {
        OptionalInt i = (OptionalInt) held;
        if (i.isPresent()) {
          gen.writeNumberField(attribute.name, i.getAsInt());
        }
        yield i.isPresent();
      }
      case OPTIONAL_LONG -> {
        OptionalLong l = (OptionalLong) held;
        if (l.isPresent()) {
          gen.writeNumberField(attribute.name, l.getAsLong());
        }
        yield l.isPresent();
      }
    };
  }

  private static void writeField(String name, Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (value instanceof TemporalAccessor || value instanceof TemporalAmount) {
      gen.writeStringField(name, value.toString());
    } else {
      provider.defaultSerializeField(name, value, gen);
    }
  }

  private Object read(ValueTypeModel.Attribute attribute, T value) {
    try {
      return attribute.accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + model.type.getSimpleName() + "." + attribute.name, e);
    }
  }
}
