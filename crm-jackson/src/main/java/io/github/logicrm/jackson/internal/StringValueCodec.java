package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/** JSON for value types that are a single string, such as identifiers: written and read as a plain string. */
final class StringValueCodec<T> {

  final Class<T> type;
  private final Function<T, String> toText;
  private final Function<String, T> fromText;

  StringValueCodec(Class<T> type, Function<T, String> toText, Function<String, T> fromText) {
    this.type = type;
    this.toText = toText;
    this.fromText = fromText;
  }

  StdSerializer<T> serializer() {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(toText.apply(value));
      }
    };
  }

  StdDeserializer<T> deserializer() {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        throw MismatchedInputException.from(ctxt.getParser(), type, "null is not a " + type.getSimpleName()
            + ": a JSON string is required");
      }

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw MismatchedInputException.from(p, type, type.getSimpleName() + " must be a JSON string: "
              + StrictReader.text(p));
        }
        String text = p.getText();
        try {
          return fromText.apply(text);
        } catch (IllegalArgumentException e) {
          InvalidFormatException error = InvalidFormatException.from(
              p, "Invalid " + type.getSimpleName() + ": " + e.getMessage(), text, type);
          error.initCause(e);
          throw error;
        }
      }
    };
  }
}
