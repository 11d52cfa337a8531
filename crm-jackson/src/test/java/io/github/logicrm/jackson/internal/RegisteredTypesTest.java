package io.github.logicrm.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every type the module registers has a golden file that reads and writes back unchanged. */
class RegisteredTypesTest {

  @TestFactory
  Stream<DynamicTest> everyRegisteredTypeRoundTripsItsGoldenFile() {
    return ValueTypes.all().stream()
        .flatMap(area -> area.types().stream())
        .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> roundTrip(type)));
  }

  @Test
  void goldenComparisonTakesNumbersByValueAndNothingElse() throws Exception {
    JsonNode parsed = GoldenJson.MAPPER.readTree("{\"seed\":42,\"rate\":0.5,\"name\":\"a\"}");
    JsonNode written = GoldenJson.MAPPER.createObjectNode().put("seed", 42L).put("rate", 0.5).put("name", "a");
    assertThat(GoldenJson.sameJson(written, parsed)).isTrue();
    JsonNode other = GoldenJson.MAPPER.createObjectNode().put("seed", 43L).put("rate", 0.5).put("name", "a");
    assertThat(GoldenJson.sameJson(other, parsed)).isFalse();
    JsonNode text = GoldenJson.MAPPER.createObjectNode().put("seed", "42").put("rate", 0.5).put("name", "a");
    assertThat(GoldenJson.sameJson(text, parsed)).isFalse();
  }

  private static void roundTrip(Class<?> type) throws Exception {
    JsonNode golden = GoldenJson.golden(type)
        .orElseThrow(() -> new AssertionError("missing src/test/resources/golden/" + type.getSimpleName() + ".json"));
    Object value = GoldenJson.MAPPER.treeToValue(golden, type);
    assertThat(type).isAssignableFrom(value.getClass());
    JsonNode written = GoldenJson.MAPPER.valueToTree(value);
    GoldenJson.assertSameJson(written, golden, type);
  }
}
