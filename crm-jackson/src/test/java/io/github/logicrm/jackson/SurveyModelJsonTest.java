package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.SurveyModelFit;
import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.ConvergenceStatus;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.service.ServiceSummary;
import org.junit.jupiter.api.Test;

/** The book summary's survey model and its per-month and per-lane service records. */
class SurveyModelJsonTest {

  static SurveyModelFit fit() {
    PathModel model = PathModel.builder()
        .addBlocks(LatentBlock.of("Quality", "on_time", "condition"), LatentBlock.of("Satisfaction", "overall"))
        .addPaths(StructuralPath.of("Quality", "Satisfaction"))
        .build();
    PlsEstimate estimate = PlsEstimate.builder()
        .status(ConvergenceStatus.CONVERGED).iterations(4).respondents(212).droppedRespondents(3)
        .missingAnswers("DROP_RESPONDENT")
        .scheme(InnerScheme.CENTROID).treatment(DataTreatment.STANDARDIZED)
        .putOuterWeights("on_time", 0.58).putOuterWeights("condition", 0.55).putOuterWeights("overall", 1.0)
        .putLoadings("on_time", 0.88).putLoadings("condition", 0.86).putLoadings("overall", 1.0)
        .addPaths(PathEstimate.of("Quality", "Satisfaction", 0.71))
        .addBlocks(BlockFit.builder().name("Quality").ave(0.76).compositeReliability(0.86).cronbachAlpha(0.68)
            .build())
        .addBlocks(BlockFit.builder().name("Satisfaction").rSquared(0.5041).adjustedRSquared(0.5017).ave(1)
            .compositeReliability(1).build())
        .goodnessOfFit(0.62)
        .build();
    ImportancePerformance map = ImportancePerformance.builder().target("Satisfaction").targetPerformance(70.4)
        .addConstructs(IpmaPoint.of("Quality", "Quality", 0.69, 66.1))
        .addIndicators(IpmaPoint.of("on_time", "Quality", 0.36, 58.3),
            IpmaPoint.of("condition", "Quality", 0.33, 74.6))
        .putRescaledWeights("on_time", 0.52).putRescaledWeights("condition", 0.48)
        .putRescaledWeights("overall", 1.0)
        .respondents(212).droppedRespondents(3).iterations(4).build();
    return SurveyModelFit.builder().model(model).target("Satisfaction").estimate(estimate).ipma(map).build();
  }

  @Test
  void surveyModelMatchesGolden() {
    assertMatchesGolden(fit(), SurveyModelFit.class);
  }

  @Test
  void bookSummaryCarriesTheModelAndTheServiceSeries() throws Exception {
    ServiceSummary month = MAPPER.readValue(
        SurveyModelJsonTest.class.getResourceAsStream("/golden/ServiceSummary.json"), ServiceSummary.class);
    BookSummary summary = BookSummary.builder().from(Customer360JsonTest.summary()).surveyModel(fit())
        .putServiceByMonth("2025-11", month).putServiceByMonth("2025-12", month).putServiceByLane("L7", month)
        .build();
    String json = MAPPER.writeValueAsString(summary);
    assertThat(MAPPER.readValue(json, BookSummary.class)).isEqualTo(summary);
  }

  @Test
  void aMapWithoutItsReasonOrAServiceMonthThatIsNoMonthIsRejected() {
    assertThatThrownBy(() -> SurveyModelFit.builder().from(fit()).ipma(java.util.Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ipmaNotComputed must be present exactly when ipma is empty: Optional.empty");
    assertThatThrownBy(() -> SurveyModelFit.builder().from(fit()).target("Quality").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must be a block of the model that a path leads to: Quality");
    assertThatThrownBy(() -> SurveyModelFit.builder().from(fit()).ipmaNotComputed(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ipmaNotComputed must be present exactly when ipma is empty: Optional[ ]");
    assertThatThrownBy(() -> BookSummary.builder().from(Customer360JsonTest.summary())
        .putServiceByMonth("2025-13", fitService()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceByMonth key must be a month yyyy-MM: '2025-13'");
    String golden = MAPPER.valueToTree(fit()).toString().replace("\"target\":\"Satisfaction\",\"estimate\"",
        "\"target\":\"Loyalty\",\"estimate\"");
    assertThatThrownBy(() -> MAPPER.readValue(golden, SurveyModelFit.class))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseMessage("target must be a block of the model that a path leads to: Loyalty");
  }

  private static ServiceSummary fitService() throws Exception {
    return MAPPER.readValue(SurveyModelJsonTest.class.getResourceAsStream("/golden/ServiceSummary.json"),
        ServiceSummary.class);
  }
}
