package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.BootstrapParameter;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.CompositeInvariance;
import io.github.logicrm.core.satisfaction.ConstructQuality;
import io.github.logicrm.core.satisfaction.ConvergenceStatus;
import io.github.logicrm.core.satisfaction.CriterionVerdict;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.HtmtPair;
import io.github.logicrm.core.satisfaction.HtmtVerdict;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IndexMethod;
import io.github.logicrm.core.satisfaction.IndicatorPrediction;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.core.satisfaction.InvarianceLevel;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.KotlerAssessment;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.MeasurementQuality;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.ParameterKind;
import io.github.logicrm.core.satisfaction.PathDifference;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PathQuality;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.PlsSummary;
import io.github.logicrm.core.satisfaction.PlscEstimate;
import io.github.logicrm.core.satisfaction.PredictionAssessment;
import io.github.logicrm.core.satisfaction.PredictivePower;
import io.github.logicrm.core.satisfaction.QualityCriterion;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.jackson.internal.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionJsonTest {

  static SurveyItem item() {
    return SurveyItem.builder().name("chasing").min(1).max(5).reverseCoded(true)
        .label("How often did you have to chase a shipment?").build();
  }

  static SurveyResponse response() {
    return SurveyResponse.builder().customer(CustomerId.of("C-001")).date(LocalDate.of(2026, 9, 30))
        .putAnswers("onTime", 4.0).putAnswers("chasing", 2.0).build();
  }

  @Test
  void surveyTypesMatchGolden() {
    assertMatchesGolden(item(), SurveyItem.class);
    assertMatchesGolden(response(), SurveyResponse.class);
    assertMatchesGolden(Survey.builder().addItems(SurveyItem.of("onTime", 1, 5), item())
        .addResponses(response()).build(), Survey.class);
  }

  @Test
  void simpleResultsMatchGolden() {
    assertMatchesGolden(NpsResult.of(12, 5, 3), NpsResult.class);
    assertMatchesGolden(KotlerAssessment.builder().perceived(8.8).expected(8).tolerance(0.05).build(),
        KotlerAssessment.class);
    assertMatchesGolden(AhpResult.builder().addWeights(0.6, 0.3, 0.1).lambdaMax(3.04).consistencyIndex(0.02)
        .randomIndex(0.58).consistencyRatio(0.0345).build(), AhpResult.class);
    assertMatchesGolden(SatisfactionIndex.builder().score(72.5).method(IndexMethod.AHP).respondents(40)
        .putWeights("onTime", 0.75).putWeights("chasing", 0.25)
        .putComponents("onTime", 80.0).putComponents("chasing", 57.5)
        .putParameters("consistencyRatio", 0.0).build(), SatisfactionIndex.class);
  }

  static PathModel model() {
    return PathModel.builder()
        .addBlocks(LatentBlock.of("Quality", "onTime", "damage"))
        .addBlocks(LatentBlock.of("Satisfaction", "overall").withMode(OuterMode.B))
        .addPaths(StructuralPath.of("Quality", "Satisfaction"))
        .build();
  }

  @Test
  void modelTypesMatchGolden() {
    assertMatchesGolden(LatentBlock.of("Quality", "onTime", "damage"), LatentBlock.class);
    assertMatchesGolden(StructuralPath.of("Quality", "Satisfaction"), StructuralPath.class);
    assertMatchesGolden(model(), PathModel.class);
  }

  @Test
  void estimateTypesMatchGolden() {
    BlockFit quality = BlockFit.builder().name("Quality").ave(0.72).compositeReliability(0.84)
        .cronbachAlpha(0.61).build();
    BlockFit satisfaction = BlockFit.builder().name("Satisfaction").rSquared(0.36).adjustedRSquared(0.2)
        .ave(1).compositeReliability(1).build();
    assertMatchesGolden(quality, BlockFit.class);
    assertMatchesGolden(PathEstimate.of("Quality", "Satisfaction", 0.6), PathEstimate.class);
    PlsEstimate estimate = PlsEstimate.builder()
        .status(ConvergenceStatus.CONVERGED).iterations(5).respondents(3).droppedRespondents(1)
        .missingAnswers("DROP_RESPONDENT").weighted(true)
        .scheme(InnerScheme.CENTROID).treatment(DataTreatment.STANDARDIZED)
        .putOuterWeights("onTime", 0.55).putOuterWeights("damage", 0.6).putOuterWeights("overall", 1.0)
        .putLoadings("onTime", 0.85).putLoadings("damage", 0.847).putLoadings("overall", 1.0)
        .addPaths(PathEstimate.of("Quality", "Satisfaction", 0.6))
        .addBlocks(quality, satisfaction)
        .goodnessOfFit(0.509)
        .putScores("Quality", List.of(-1.2, 0.0, 1.2))
        .putScores("Satisfaction", List.of(-1.0, -0.2, 1.2))
        .build();
    assertMatchesGolden(estimate, PlsEstimate.class);
    BootstrapParameter path = BootstrapParameter.builder().kind(ParameterKind.PATH).name("Quality -> Satisfaction")
        .estimate(0.6).mean(0.59).standardError(0.05).lower(0.49).upper(0.68).build();
    assertMatchesGolden(path, BootstrapParameter.class);
    // a seed beyond the int range: JSON trees compare 42 read as an int unequal to 42 written as a long
    assertMatchesGolden(BootstrapResult.builder().resamples(1000).failedResamples(2).inadmissibleResamples(3)
        .consistent(true).seed(20_261_122_001L).level(0.95)
        .addParameters(path).build(), BootstrapResult.class);
  }

  @Test
  void importancePerformanceMatchesGolden() {
    IpmaPoint quality = IpmaPoint.of("Quality", "Quality", 0.42, 71.5);
    assertMatchesGolden(quality, IpmaPoint.class);
    assertMatchesGolden(ImportancePerformance.builder().target("Loyalty").targetPerformance(68.25)
        .addConstructs(quality)
        .addIndicators(IpmaPoint.of("onTime", "Quality", 0.231, 80.0), IpmaPoint.of("damage", "Quality", 0.189, 61.0))
        .putRescaledWeights("onTime", 0.55).putRescaledWeights("damage", 0.45).putRescaledWeights("loy1", 1.0)
        .respondents(152).droppedRespondents(4).iterations(6).build(), ImportancePerformance.class);
  }

  @Test
  void measurementQualityMatchesGolden() {
    ConstructQuality construct = ConstructQuality.builder().name("Quality").mode(OuterMode.A).rhoA(0.88).ave(0.58)
        .largestCorrelation(0.79).build();
    HtmtPair pair = HtmtPair.builder().first("Quality").second("Satisfaction").htmt(0.87).lower(0.82).upper(0.91)
        .verdict(HtmtVerdict.DISTINCT_AT_090).build();
    PathQuality path = PathQuality.builder().from("Quality").to("Satisfaction").innerVif(1.0).fSquared(0.45).build();
    CriterionVerdict verdict = CriterionVerdict.builder().criterion(QualityCriterion.HTMT_085)
        .rule("HTMT < 0.85 for every pair of mode A blocks").addFailures("Quality / Satisfaction: HTMT 0.870")
        .met(false).build();
    assertMatchesGolden(construct, ConstructQuality.class);
    assertMatchesGolden(pair, HtmtPair.class);
    assertMatchesGolden(path, PathQuality.class);
    assertMatchesGolden(verdict, CriterionVerdict.class);
    assertMatchesGolden(MeasurementQuality.builder().addConstructs(construct).addHtmt(pair)
        .putCrossLoadings("onTime", Map.of("Quality", 0.85)).putIndicatorVif("onTime", 1.0).addPaths(path)
        .addVerdicts(verdict).resamples(1000).seed(20_261_128_001L).build(), MeasurementQuality.class);
  }

  @Test
  void consistentEstimateMatchesGolden() {
    assertMatchesGolden(PlscEstimate.builder().admissible(false)
        .addProblems("Quality / Satisfaction: corrected correlation 1.020")
        .putReliabilities("Quality", 0.81).putReliabilities("Satisfaction", 1.0)
        .putLoadings("onTime", 0.74).putLoadings("damage", 0.7).putLoadings("overall", 1.0)
        .putConstructCorrelations("Quality", Map.of("Quality", 1.0))
        .smallestEigenvalue(-0.02)
        .addPaths(PathEstimate.of("Quality", "Satisfaction", 1.02)).putRSquared("Satisfaction", 1.0404)
        .iterations(5).respondents(120).build(), PlscEstimate.class);
  }

  @Test
  void consistentEstimateWithAProblemButAdmissibleIsRejected() {
    String json = "{\"admissible\":true,\"problems\":[\"x: consistent loading 1.100\"],\"iterations\":3,"
        + "\"respondents\":10}";
    assertThatThrownBy(() -> MAPPER.readValue(json, PlscEstimate.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("admissible must be false with problems [x: consistent loading 1.100]: true");
  }

  @Test
  void predictionAssessmentMatchesGolden() {
    IndicatorPrediction loyalty = IndicatorPrediction.builder().item("loy1").construct("Loyalty").q2Predict(0.17)
        .rmse(2.4).mae(1.9).lmRmse(2.45).lmMae(1.85).build();
    assertMatchesGolden(loyalty, IndicatorPrediction.class);
    assertMatchesGolden(PredictionAssessment.builder().folds(10).repetitions(10).seed(7).respondents(250)
        .addIndicators(loyalty).predictivePower(PredictivePower.HIGH).omissionDistance(7)
        .putBlindfoldingQ2("Loyalty", 0.21).build(), PredictionAssessment.class);
  }

  @Test
  void predictionWithOneFoldIsRejected() {
    String json = "{\"folds\":1,\"repetitions\":1,\"seed\":0,\"respondents\":9,\"indicators\":[],"
        + "\"predictivePower\":\"NONE\",\"omissionDistance\":7,\"blindfoldingQ2\":{}}";
    assertThatThrownBy(() -> MAPPER.readValue(json, PredictionAssessment.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("folds must be >= 2: 1");
  }

  @Test
  void groupComparisonMatchesGolden() {
    CompositeInvariance quality = CompositeInvariance.builder().construct("Quality").correlation(0.999)
        .correlationQuantile(0.997).meanDifference(0.11).meanLower(-0.21).meanUpper(0.16).logVarianceRatio(0.1)
        .varianceLower(-0.49).varianceUpper(0.31).level(InvarianceLevel.FULL).build();
    PathDifference path = PathDifference.builder().from("Satisfaction").to("Loyalty").first(0.26).second(0.71)
        .difference(-0.45).permutationP(0.012).bootstrapLower(-0.71).bootstrapUpper(-0.18).build();
    assertMatchesGolden(quality, CompositeInvariance.class);
    assertMatchesGolden(path, PathDifference.class);
    assertMatchesGolden(GroupComparison.builder().firstGroup("LOYAL").secondGroup("LOST").firstSize(54)
        .secondSize(13).permutations(1000).resamples(1000).seed(3).failedDraws(1).addInvariance(quality)
        .addPaths(path).build(), GroupComparison.class);
  }

  @Test
  void invarianceWithAWrongLevelIsRejected() {
    String json = "{\"construct\":\"Q\",\"correlation\":0.9,\"correlationQuantile\":0.95,"
        + "\"meanDifference\":0,\"meanLower\":-1,\"meanUpper\":1,\"logVarianceRatio\":0,\"varianceLower\":-1,"
        + "\"varianceUpper\":1,\"level\":\"FULL\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, CompositeInvariance.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Q.level must be NONE for correlation 0.9 (correlationQuantile 0.95), meanDifference 0.0"
            + " in [meanLower, meanUpper] and logVarianceRatio 0.0 in [varianceLower, varianceUpper]: FULL");
  }

  @Test
  void summaryIsItsPartsSideBySide() throws Exception {
    // each part read from its own golden file; the summary's golden file is those files side by side
    PlsSummary summary = PlsSummary.builder()
        .model(part(PathModel.class)).estimate(part(PlsEstimate.class)).bootstrap(part(BootstrapResult.class))
        .quality(part(MeasurementQuality.class)).consistent(part(PlscEstimate.class))
        .prediction(part(PredictionAssessment.class)).build();
    assertMatchesGolden(summary, PlsSummary.class);
  }

  private static <T> T part(Class<T> type) throws Exception {
    return MAPPER.treeToValue(GoldenJson.golden(type).orElseThrow(), type);
  }

  @Test
  void htmtWithAWrongVerdictIsRejected() {
    String json = "{\"first\":\"A\",\"second\":\"B\",\"htmt\":0.95,\"verdict\":\"DISTINCT\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, HtmtPair.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("htmt[A, B].verdict must be NOT_DISTINCT for HTMT 0.95: DISTINCT");
  }

  @Test
  void importancePerformanceWithoutConstructsIsRejected() {
    String json = "{\"target\":\"Loyalty\",\"targetPerformance\":70,\"constructs\":[],\"indicators\":[],"
        + "\"rescaledWeights\":{},\"respondents\":10,\"iterations\":3}";
    assertThatThrownBy(() -> MAPPER.readValue(json, ImportancePerformance.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("constructs must not be empty")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidSurveyIsRejectedWithTheDomainMessage() {
    String json = "{\"items\":[{\"name\":\"onTime\",\"min\":1,\"max\":5}],"
        + "\"responses\":[{\"customer\":\"C-1\",\"date\":\"2026-09-30\",\"answers\":{\"onTime\":7}}]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Survey.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid field 'responses' of Survey: responses[0] answer to 'onTime' must be in [1.0, 5.0]: 7.0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cyclicModelIsRejected() {
    String json = "{\"blocks\":[{\"name\":\"A\",\"items\":[\"a\"]},{\"name\":\"B\",\"items\":[\"b\"]}],"
        + "\"paths\":[{\"from\":\"A\",\"to\":\"B\"},{\"from\":\"B\",\"to\":\"A\"}]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, PathModel.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("paths must not form a cycle: A -> B -> A");
  }
}
