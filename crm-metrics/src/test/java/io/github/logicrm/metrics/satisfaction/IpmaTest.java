package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importance-performance map of DOMAIN.md section 9 (Ringle and Sarstedt 2016). */
class IpmaTest {

  /** Converges to the fixed point, as the reference does, so both sides compute the same thing. */
  private static final Ipma TIGHT = Ipma.withDefaults()
      .withEstimator(PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13));

  /**
   * Reference: an independent numpy implementation (crm-metrics/src/test/reference/pls_reference.py, run once)
   * that iterates PLS on the data matrix, rescales the items, forms the 0-100 construct scores per respondent,
   * regresses them (OLS with intercept) along the ECSI paths and takes the total effects as (I - B)^-1 - I.
   * Mobile phone data, items 1-10, target Loyalty. Columns: name, importance, performance.
   */
  private static final Object[][] MOBI_CONSTRUCTS = {
      {"Image", 0.637950877534, 73.520850770627},
      {"Expectations", 0.339590676016, 72.471432187392},
      {"Quality", 0.500037119911, 74.985300582068},
      {"Value", 0.106547086471, 62.297926007122},
      {"Satisfaction", 0.786388747398, 72.542802300492},
      {"Complaints", 0.061058907215, 67.422222222222}};
  private static final Object[][] MOBI_ITEMS = {
      {"IMAG1", 0.136332120295, 73.777777777778}, {"IMAG2", 0.120865328162, 75.333333333333},
      {"IMAG3", 0.080178170775, 63.822222222222}, {"IMAG4", 0.138375270998, 73.200000000000},
      {"IMAG5", 0.162199987304, 77.022222222222}, {"CUEX1", 0.137288602944, 73.111111111111},
      {"CUEX2", 0.111189940434, 72.577777777778}, {"CUEX3", 0.091112132639, 71.377777777778},
      {"PERQ1", 0.094537971578, 77.155555555556}, {"PERQ2", 0.047715090591, 68.800000000000},
      {"PERQ3", 0.068861903393, 74.444444444444}, {"PERQ4", 0.067839456414, 76.844444444444},
      {"PERQ5", 0.078276049168, 76.355555555556}, {"PERQ6", 0.069666570981, 75.288888888889},
      {"PERQ7", 0.073140077786, 73.244444444444}, {"PERV1", 0.043345970698, 57.288888888889},
      {"PERV2", 0.063201115773, 65.733333333333}, {"CUSA1", 0.310496365399, 77.644444444444},
      {"CUSA2", 0.219515835476, 68.088888888889}, {"CUSA3", 0.256376546523, 70.177777777778},
      {"CUSCO", 0.061058907215, 67.422222222222}};

  @Test
  void mobilePhoneMapMatchesTheIndependentRegressionOnRescaledScores() {
    Survey survey = EcsiData.mobi().asSurvey(1, 10);
    ImportancePerformance map = TIGHT.analyze(EcsiData.mobiModel(), CsiModels.LOYALTY, survey);
    assertThat(map.target()).isEqualTo(CsiModels.LOYALTY);
    assertThat(map.targetPerformance()).isCloseTo(70.610666095863, within(1e-6));
    assertThat(map.respondents()).isEqualTo(250);
    assertThat(map.constructs()).extracting(IpmaPoint::name)
        .containsExactly("Image", "Expectations", "Quality", "Value", "Satisfaction", "Complaints");
    assertPoints(map.constructs(), MOBI_CONSTRUCTS);
    assertThat(map.indicators()).hasSize(MOBI_ITEMS.length);
    assertPoints(map.indicators(), MOBI_ITEMS);
    assertThat(map.indicator("PERV1").orElseThrow().construct()).isEqualTo(CsiModels.VALUE);
    assertThat(map.indicator("CUSL1")).isEmpty();
    assertThat(map.rescaledWeights()).containsKey("CUSL1");
  }

  private static void assertPoints(List<IpmaPoint> points, Object[][] expected) {
    for (int k = 0; k < expected.length; k++) {
      IpmaPoint point = points.get(k);
      assertThat(point.name()).isEqualTo(expected[k][0]);
      assertThat(point.importance()).as(point.name()).isCloseTo((double) expected[k][1], within(1e-6));
      assertThat(point.performance()).as(point.name()).isCloseTo((double) expected[k][2], within(1e-6));
    }
  }

  @Test
  void itemImportancesAddUpToTheirConstructAndRescaledWeightsSumToOne() {
    ImportancePerformance map = Ipma.withDefaults()
        .analyze(EcsiData.mobiModel(), CsiModels.LOYALTY, EcsiData.mobi().asSurvey(1, 10));
    for (IpmaPoint construct : map.constructs()) {
      double importance = 0;
      double performance = 0;
      double weights = 0;
      for (IpmaPoint item : map.indicators()) {
        if (item.construct().equals(construct.name())) {
          double w = map.rescaledWeights().get(item.name());
          importance += item.importance();
          performance += w * item.performance();
          weights += w;
        }
      }
      assertThat(weights).isCloseTo(1, within(1e-12));
      assertThat(importance).isCloseTo(construct.importance(), within(1e-12));
      assertThat(performance).isCloseTo(construct.performance(), within(1e-9));
    }
  }

  @Test
  void performanceOfSatisfactionIsTheAcsiIndex() {
    // One scale for every item: the 0-100 construct score's mean is the ACSI-convention index (68.51 published)
    Survey survey = EcsiData.satisfaction().asSurvey();
    ImportancePerformance map = Ipma.withDefaults().analyze(EcsiData.satisfactionModel(), "LOY", survey);
    double index = CsiIndex.withDefaults().compute(EcsiData.satisfactionModel(), "SAT", survey).score();
    assertThat(map.construct("SAT").orElseThrow().performance()).isCloseTo(index, within(1e-9));
    assertThat(index).isCloseTo(68.51, within(0.005));
    // every block with a route to LOY, in model order
    assertThat(map.constructs()).extracting(IpmaPoint::name).containsExactly("IMAG", "EXPE", "QUAL", "VAL", "SAT");
  }

  @Test
  void declaringAnotherCommonScaleMovesPerformanceButNotImportance() {
    // items on 0-10 read as 0-20: every 0-100 score halves, the one-point effects between them do not change
    EcsiData data = EcsiData.satisfaction();
    ImportancePerformance on10 = Ipma.withDefaults().analyze(EcsiData.satisfactionModel(), "LOY", data.asSurvey());
    ImportancePerformance on20 = Ipma.withDefaults()
        .analyze(EcsiData.satisfactionModel(), "LOY", data.asSurvey(0, 20));
    for (int j = 0; j < on10.constructs().size(); j++) {
      IpmaPoint a = on10.constructs().get(j);
      IpmaPoint b = on20.constructs().get(j);
      assertThat(b.importance()).isCloseTo(a.importance(), within(1e-12));
      assertThat(b.performance()).isCloseTo(a.performance() / 2, within(1e-9));
    }
  }

  @Test
  void targetMustBeAnEndogenousBlock() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    assertThatThrownBy(() -> Ipma.withDefaults().analyze(EcsiData.satisfactionModel(), "IMAG", survey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target 'IMAG' must be endogenous: no path leads to it");
    assertThatThrownBy(() -> Ipma.withDefaults().analyze(EcsiData.satisfactionModel(), "NPS", survey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 'NPS' is not a block of the model");
  }

  @Test
  void anItemMeasuringTheOtherWayRoundIsAnErrorNotAClippedMap() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    Survey.Builder turned = Survey.builder().items(survey.items());
    for (SurveyResponse r : survey.responses()) {
      SurveyResponse.Builder b = SurveyResponse.builder().customer(r.customer()).date(r.date());
      r.answers().forEach((k, v) -> b.putAnswers(k, k.equals("sat2") ? 10 - v : v));
      turned.addResponses(b.build());
    }
    assertThatThrownBy(() -> Ipma.withDefaults().analyze(EcsiData.satisfactionModel(), "LOY", turned.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rescaled weight of item 'sat2' of block 'SAT' must be >= 0 for an "
            + "importance-performance map: -");
  }

  @Test
  void nonConvergenceIsAnErrorNotAMap() {
    Ipma ipma = Ipma.withDefaults().withEstimator(PlsPathModeling.withDefaults().withMaxIterations(1));
    Survey survey = EcsiData.satisfaction().asSurvey();
    assertThatThrownBy(() -> ipma.analyze(EcsiData.satisfactionModel(), "LOY", survey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PLS estimation did not converge in 1 iterations; the importance-performance map is not "
            + "computed");
  }

  @Test
  void resultRejectsAPerformanceOffTheScale() {
    assertThatThrownBy(() -> IpmaPoint.of("Quality", "Quality", 0.4, 100.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quality.performance must be in [0.0, 100.0]: 100.5");
  }
}
