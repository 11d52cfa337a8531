package io.github.logicrm.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.logicrm.jackson.LogiCrmJson;
import io.github.logicrm.jackson.LogiCrmModule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutates the golden document of every registered type, field by field, and reads each mutant with a default
 * mapper and with one that allows every coercion Jackson offers. A mutant is either rejected with a
 * {@link MismatchedInputException} that names the mutated field, or, where the mutation keeps the document
 * valid (an optional field dropped or null), read without any field's value changed. Mapper-level guarantees
 * (trailing content) are checked with {@link LogiCrmJson#strictMapper()}.
 *
 * <p>Mutations per top-level field: dropped, null, each other JSON type, {@code ""}, out of range (an integer
 * beyond {@code int} and {@code long}, a fraction, 1e400), and the field repeated. Per document: a bare
 * {@code null}, trailing garbage, and the text cut short.
 */
class JsonMutationTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The module on a mapper that coerces everything it can: what the module must hold against. */
  private static final ObjectMapper LENIENT = lenient();

  private static final ObjectMapper DEFAULT = new ObjectMapper().registerModule(new LogiCrmModule());

  private static final ObjectMapper STRICT = LogiCrmJson.strictMapper();

  private final List<String> failures = new ArrayList<>();
  private int mutants;

  private static ObjectMapper lenient() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new LogiCrmModule())
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .build();
    mapper.coercionConfigDefaults()
        .setAcceptBlankAsEmpty(true)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    return mapper;
  }

  @Test
  void everyMutationOfEveryRegisteredTypeIsRejectedByFieldOrReadUnchanged() throws Exception {
    int types = 0;
    for (ValueTypes area : ValueTypes.all()) {
      for (Class<?> type : area.types()) {
        JsonNode golden = GoldenJson.golden(type).orElseThrow();
        types++;
        documentMutations(type, golden);
        if (golden instanceof ObjectNode object) {
          for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            fieldMutations(type, object, names.next());
          }
        }
      }
    }
    assertThat(types).isGreaterThan(60);
    assertThat(mutants).isGreaterThan(3000);
    assertThat(failures).as("mutants accepted with changed data or rejected without naming the field (of %d)",
        mutants).isEmpty();
  }

  private void documentMutations(Class<?> type, JsonNode golden) throws Exception {
    String text = GoldenJson.MAPPER.writeValueAsString(golden);
    for (ObjectMapper mapper : List.of(DEFAULT, LENIENT)) {
      expectRejected(mapper, type, "null", "bare null document", null);
      expectRejected(mapper, type, text.substring(0, text.length() / 2), "cut at half", null);
      expectRejected(mapper, type, text.substring(0, text.length() - 1), "last character cut", null);
    }
    expectRejected(STRICT, type, text + " x", "trailing garbage", null);
    expectRejected(STRICT, type, text + " {}", "a second document", null);
  }

  private void fieldMutations(Class<?> type, ObjectNode golden, String field) throws Exception {
    JsonNode original = golden.get(field);
    Map<String, JsonNode> replacements = new LinkedHashMap<>();
    replacements.put("null", NODES.nullNode());
    replacements.put("\"\"", NODES.textNode(""));
    replacements.put("\"  \"", NODES.textNode("  "));
    if (!original.isNumber()) {
      replacements.put("12", NODES.numberNode(12));
      replacements.put("0", NODES.numberNode(0));
    }
    if (!original.isTextual()) {
      replacements.put("\"12\"", NODES.textNode("12"));
    }
    if (!original.isBoolean()) {
      replacements.put("true", NODES.booleanNode(true));
    }
    if (!original.isObject()) {
      replacements.put("{}", NODES.objectNode());
    }
    if (!original.isArray()) {
      replacements.put("[]", NODES.arrayNode());
      replacements.put("[original]", NODES.arrayNode().add(original));
    }
    if (original.isNumber()) {
      replacements.put("2147483648", NODES.numberNode(2147483648L));
      replacements.put("-9223372036854775809", NODES.numberNode(new java.math.BigInteger("-9223372036854775809")));
      replacements.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
      if (original.isIntegralNumber()) {
        replacements.put("12.7", NODES.numberNode(12.7));
      }
    }
    if (original.isArray() && original.size() > 0) {
      replacements.put("[null]", NODES.arrayNode().addNull());
      replacements.put("[\"\"]", NODES.arrayNode().add(""));
      replacements.put("[12.7]", NODES.arrayNode().add(12.7));
    }
    for (ObjectMapper mapper : List.of(DEFAULT, LENIENT)) {
      ObjectNode dropped = golden.deepCopy();
      dropped.remove(field);
      expectRejectedOrUnchanged(mapper, type, dropped, field, "dropped");
      for (Map.Entry<String, JsonNode> r : replacements.entrySet()) {
        ObjectNode mutant = golden.deepCopy();
        mutant.set(field, r.getValue());
        expectRejectedOrUnchanged(mapper, type, mutant, field, field + " = " + r.getKey());
      }
      String text = GoldenJson.MAPPER.writeValueAsString(golden);
      String repeated = text.replaceFirst("\\{", "{\"" + field + "\" : "
          + GoldenJson.MAPPER.writeValueAsString(original) + ",");
      expectRejected(mapper, type, repeated, field + " given twice", field);
    }
  }

  /** A mutant must fail naming the field, or read back to exactly the mutant (no value changed). */
  private void expectRejectedOrUnchanged(ObjectMapper mapper, Class<?> type, ObjectNode mutant, String field,
      String what) throws Exception {
    mutants++;
    Object value;
    try {
      value = mapper.treeToValue(mutant, type);
    } catch (JsonProcessingException e) {
      checkNamesField(e, type, field, what);
      return;
    }
    JsonNode written = GoldenJson.MAPPER.valueToTree(value);
    ObjectNode expected = mutant.deepCopy();
    JsonNode given = expected.get(field);
    if (given != null && given.isNull()) {
      expected.remove(field); // null for an optional field means absent, and absent is not written
    }
    if (!expected.has(field) && written.has(field)) {
      expected.set(field, written.get(field)); // a documented default filled in
    }
    if (!written.equals(JsonMutationTest::compareAsRead, expected)) {
      failures.add(type.getSimpleName() + " " + what + " (" + name(mapper) + "): accepted as " + written);
    }
  }

  /**
   * Equal as the reader sees them: numbers compared as doubles when either is fractional (a 20-digit integer
   * read into a double field is that double, not changed data), else by value.
   */
  private static int compareAsRead(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.isIntegralNumber() && b.isIntegralNumber() ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
          : Double.compare(a.doubleValue(), b.doubleValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  private void expectRejected(ObjectMapper mapper, Class<?> type, String text, String what, String field) {
    mutants++;
    try {
      Object value = mapper.readValue(text, type);
      failures.add(type.getSimpleName() + " " + what + " (" + name(mapper) + "): accepted as " + value);
    } catch (JsonProcessingException e) {
      if (field != null) {
        checkNamesField(e, type, field, what);
      }
    }
  }

  private void checkNamesField(JsonProcessingException e, Class<?> type, String field, String what) {
    boolean mismatch = e instanceof MismatchedInputException;
    boolean named = e.getOriginalMessage().contains("'" + field + "'")
        || e instanceof JsonMappingException m && m.getPath().stream()
            .anyMatch(r -> field.equals(r.getFieldName()) && r.getFrom() != null
                && type.getName().equals(r.getFrom() instanceof Class<?> c ? c.getName() : r.getFrom().getClass()
                    .getName()))
        || e.getOriginalMessage().startsWith("Missing required field(s)")
            && java.util.regex.Pattern.compile("\\b" + field + "\\b").matcher(e.getOriginalMessage()).find();
    if (!mismatch || !named) {
      failures.add(type.getSimpleName() + " " + what + ": " + e.getClass().getSimpleName()
          + (named ? "" : " not naming '" + field + "'") + ": " + e.getOriginalMessage());
    }
  }

  private static String name(ObjectMapper mapper) {
    return mapper == LENIENT ? "lenient mapper" : mapper == STRICT ? "strict mapper" : "default mapper";
  }
}
