package io.github.logicrm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.ForecastEvent;
import io.github.logicrm.core.clv.TransitionEstimate;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.service.RightCheck;
import org.junit.jupiter.api.Test;

/**
 * Each coercion Jackson can be told to make is refused by the module itself, with a MismatchedInputException
 * naming the field, even on a mapper that enables them all; what only the mapper can refuse is refused by
 * {@link LogiCrmJson#strictMapper()}.
 */
class StrictJsonTest {

  /** A caller's mapper that asks for every coercion. */
  private static final ObjectMapper LENIENT = lenient();

  private static ObjectMapper lenient() {
    JsonMapper mapper = JsonMapper.builder().addModule(new LogiCrmModule())
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .build();
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
    return mapper;
  }

  private static void rejected(String json, Class<?> type, String message) {
    assertThatThrownBy(() -> LENIENT.readValue(json, type))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(message);
  }

  @Test
  void emptyStringIsNotZero() {
    rejected("{\"promoters\":\"\",\"passives\":5,\"detractors\":3}", NpsResult.class,
        "Field 'promoters' of NpsResult must be an int: \"\"");
    rejected("{\"rate\":\"\",\"period\":\"YEAR\"}", DiscountRate.class,
        "Field 'rate' of DiscountRate must be a number: \"\"");
  }

  @Test
  void integerIsNotAnEnumConstant() {
    rejected("{\"rate\":0.1,\"period\":2}", DiscountRate.class,
        "Field 'period' of DiscountRate must be one of [");
  }

  @Test
  void integerIsNotADate() {
    rejected("{\"date\":20270301,\"description\":\"tender\",\"revenue\":1.0,\"cost\":0.5,\"probability\":0.4}",
        ForecastEvent.class, "Field 'date' of ForecastEvent must be a non-empty ISO-8601 string: 20270301");
  }

  @Test
  void fractionIsNotTruncatedToAnInteger() {
    rejected("{\"promoters\":12.7,\"passives\":5,\"detractors\":3}", NpsResult.class,
        "Field 'promoters' of NpsResult must be a whole number: 12.7");
  }

  @Test
  void nestedElementsAreNamedByTheirIndices() {
    rejected("{\"states\":[\"A\",\"B\"],\"counts\":[[1,1],[0.5,2]],\"probabilities\":[[0.5,0.5],[0.0,1.0]]}",
        TransitionEstimate.class, "Field 'counts[1][0]' of TransitionEstimate must be a whole number: 0.5");
  }

  @Test
  void numberIsNotABoolean() {
    rejected("{\"right\":\"QUANTITY\",\"passed\":1,\"reason\":\"short\"}", RightCheck.class,
        "Field 'passed' of RightCheck must be true or false: 1");
  }

  @Test
  void repeatedFieldIsRejected() {
    rejected("{\"promoters\":12,\"passives\":5,\"detractors\":3,\"promoters\":1}", NpsResult.class,
        "Field 'promoters' of NpsResult appears twice");
  }

  @Test
  void bareNullDocumentIsRejected() {
    rejected("null", NpsResult.class, "null is not a NpsResult");
  }

  @Test
  void trailingContentIsRejectedByTheStrictMapper() throws Exception {
    String json = "{\"promoters\":12,\"passives\":5,\"detractors\":3} {}";
    assertThat(LENIENT.readValue(json, NpsResult.class).promoters()).isEqualTo(12); // the mapper's choice
    assertThatThrownBy(() -> LogiCrmJson.strictMapper().readValue(json, NpsResult.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void outOfRangeIntegerNamesTheField() {
    rejected("{\"promoters\":3000000000,\"passives\":5,\"detractors\":3}", NpsResult.class,
        "Field 'promoters' of NpsResult must be an int in [-2147483648, 2147483647]: 3000000000");
  }

  @Test
  void domainErrorNamesTheJsonField() {
    rejected("{\"rate\":-0.1,\"period\":\"YEAR\"}", DiscountRate.class,
        "Invalid field 'rate' of DiscountRate: discountRate must be finite and >= 0: -0.1");
  }

  @Test
  void nanIsRejectedWhereTheTypeForbidsIt() {
    String pls = "{\"status\":\"CONVERGED\",\"iterations\":3,\"respondents\":2,\"scheme\":\"CENTROID\","
        + "\"treatment\":\"STANDARDIZED\",\"outerWeights\":{},\"loadings\":{},\"paths\":[],\"blocks\":[],"
        + "\"scores\":{\"Q\":[\"NaN\",1.0]}}";
    rejected(pls, PlsEstimate.class, "Invalid field 'scores' of PlsEstimate: scores[Q][0] must be finite: NaN");
    rejected("{\"states\":[\"A\",\"B\"],\"counts\":[[1,1],[0,2]],\"probabilities\":[[\"NaN\",0.5],[0.0,1.0]]}",
        TransitionEstimate.class, "probabilities[0][0] must be in [0.0, 1.0]: NaN");
    rejected("{\"states\":[\"A\",\"B\"],\"counts\":[[1,1],[0,2]],\"probabilities\":[[0.5,0.5],[1.0]]}",
        TransitionEstimate.class, "probabilities[1] length must equal states length 2: 1");
  }
}
