package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.Survey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Survey reality: respondent weights (weighted PLS) and missing answers kept by mean replacement or pairwise
 * deletion, each reported in the estimate.
 */
class PlsWeightsAndMissingAnswersTest {

  private static final PlsPathModeling TIGHT =
      PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13);

  /**
   * Reference: an independent numpy script (crm-metrics/src/test/reference/pls_reference.py, run once) that
   * forms pairwise-complete correlations with numpy.corrcoef on the complete pairs and runs PLS on that matrix.
   * Data: the mobile phone data with respondent t (t divisible by 5) missing the model's item (7 t) mod 24.
   */
  /** Pairwise-deletion reference, model item order: weights, loadings; paths in model order. */
  private static final double[] PAIRWISE_WEIGHTS = {
      0.296383428615, 0.263850563657, 0.219867639493, 0.331786102791,
      0.322122223485, 0.528161339824, 0.467697894234, 0.448044122225,
      0.212628856124, 0.145274893849, 0.199813296702, 0.178357423973,
      0.179436266335, 0.179540143546, 0.214538491910, 0.486794056651,
      0.596724879320, 0.378929641447, 0.381693639827, 0.439000231102,
      1.000000000000, 0.453897700346, 0.123619651391, 0.658929924991};
  private static final double[] PAIRWISE_LOADINGS = {
      0.736563704299, 0.604404662422, 0.577130041831, 0.771833228861,
      0.742719491674, 0.771910304535, 0.686423218944, 0.605449579236,
      0.801193308613, 0.636869683458, 0.789706754282, 0.769283141826,
      0.759209593166, 0.772899596315, 0.778995402604, 0.904784949565,
      0.937711973132, 0.799563036011, 0.847643232498, 0.850755439982,
      1.000000000000, 0.816646045806, 0.209179425257, 0.915829631188};
  private static final double[] PAIRWISE_PATHS = {
      0.506211907726, 0.170428385707, 0.217605342748, 0.557729671128,
      0.041955961850, 0.068586450956, 0.564374328160, 0.515453880582,
      0.194968786966, 0.523233098330, 0.468576968756, 0.065359385027};

  private static void assertSameEstimate(PlsEstimate actual, PlsEstimate expected, double tolerance) {
    expected.outerWeights().forEach((item, w) ->
        assertThat(actual.outerWeights().get(item)).as(item).isCloseTo(w, within(tolerance)));
    expected.loadings().forEach((item, l) ->
        assertThat(actual.loadings().get(item)).as(item).isCloseTo(l, within(tolerance)));
    for (int k = 0; k < expected.paths().size(); k++) {
      assertThat(actual.paths().get(k).coefficient()).isCloseTo(expected.paths().get(k).coefficient(),
          within(tolerance));
    }
  }

  @Test
  void integerWeightsEqualRepeatingAndDroppingRespondents() {
    EcsiData data = EcsiData.mobi();
    double[] weights = new double[data.rows.length];
    List<double[]> repeated = new ArrayList<>();
    for (int t = 0; t < weights.length; t++) {
      weights[t] = t % 7 == 0 ? 0 : t % 3 == 0 ? 2 : 1;
      for (int c = 0; c < weights[t]; c++) {
        repeated.add(data.rows[t]);
      }
    }
    PathModel model = EcsiData.mobiModel();
    PlsEstimate weighted = TIGHT.estimate(model, data.columns, data.rows, weights);
    PlsEstimate expanded = TIGHT.estimate(model, data.columns, repeated.toArray(new double[0][]));
    assertSameEstimate(weighted, expanded, 1e-9);
    assertThat(weighted.weighted()).isTrue();
    assertThat(expanded.weighted()).isFalse();
    assertThat(weighted.respondents()).isEqualTo(250);
    double[] tripled = Arrays.stream(weights).map(w -> 3 * w).toArray();
    assertSameEstimate(TIGHT.estimate(model, data.columns, data.rows, tripled), weighted, 1e-12);
    // scores have unit weighted variance and zero weighted mean
    double sw = 0;
    double mean = 0;
    double square = 0;
    List<Double> loyalty = weighted.scores().get(CsiModels.LOYALTY);
    for (int t = 0; t < weights.length; t++) {
      sw += weights[t];
      mean += weights[t] * loyalty.get(t);
      square += weights[t] * loyalty.get(t) * loyalty.get(t);
    }
    assertThat(mean / sw).isCloseTo(0, within(1e-12));
    assertThat(square / sw).isCloseTo(1, within(1e-9));
  }

  @Test
  void equalWeightsGiveTheUnweightedEstimate() {
    EcsiData data = EcsiData.satisfaction();
    double[] ones = new double[data.rows.length];
    Arrays.fill(ones, 1);
    PlsEstimate weighted = TIGHT.estimate(EcsiData.satisfactionModel(), data.columns, data.rows, ones);
    PlsEstimate plain = TIGHT.estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertSameEstimate(weighted, plain, 1e-12);
    assertThat(weighted.block("SAT").orElseThrow().cronbachAlpha().getAsDouble())
        .isCloseTo(plain.block("SAT").orElseThrow().cronbachAlpha().getAsDouble(), within(1e-12));
    assertThat(weighted.scores().get("SAT").get(17)).isCloseTo(plain.scores().get("SAT").get(17), within(1e-12));
  }

  private static double[][] withHoles(EcsiData data, PathModel model) {
    List<String> items = model.items();
    double[][] rows = new double[data.rows.length][];
    for (int t = 0; t < rows.length; t++) {
      rows[t] = data.rows[t].clone();
      if (t % 5 == 0) {
        rows[t][data.columns.indexOf(items.get((7 * t) % 24))] = Double.NaN;
      }
    }
    return rows;
  }

  @Test
  void pairwiseDeletionMatchesPlsOnPairwiseCompleteCorrelations() {
    EcsiData data = EcsiData.mobi();
    PathModel model = EcsiData.mobiModel();
    PlsEstimate estimate = TIGHT.withMissingAnswers(MissingAnswers.PAIRWISE_DELETION)
        .estimate(model, data.columns, withHoles(data, model));
    assertThat(estimate.missingAnswers()).isEqualTo("PAIRWISE_DELETION");
    assertThat(estimate.missingAnswerCount()).isEqualTo(50);
    assertThat(estimate.respondents()).isEqualTo(250);
    assertThat(estimate.droppedRespondents()).isZero();
    List<String> items = model.items();
    for (int i = 0; i < items.size(); i++) {
      assertThat(estimate.outerWeights().get(items.get(i))).as(items.get(i))
          .isCloseTo(PAIRWISE_WEIGHTS[i], within(1e-6));
      assertThat(estimate.loadings().get(items.get(i))).as(items.get(i))
          .isCloseTo(PAIRWISE_LOADINGS[i], within(1e-6));
    }
    for (int k = 0; k < PAIRWISE_PATHS.length; k++) {
      assertThat(estimate.paths().get(k).coefficient()).isCloseTo(PAIRWISE_PATHS[k], within(1e-6));
    }
    // without holes, pairwise deletion is the plain estimate
    PlsEstimate complete = TIGHT.withMissingAnswers(MissingAnswers.PAIRWISE_DELETION)
        .estimate(model, data.columns, data.rows);
    assertSameEstimate(complete, TIGHT.estimate(model, data.columns, data.rows), 1e-12);
  }

  @Test
  void meanReplacementEqualsEstimatingOnTheFilledInData() {
    EcsiData data = EcsiData.mobi();
    PathModel model = EcsiData.mobiModel();
    double[][] holes = withHoles(data, model);
    double[][] filled = new double[holes.length][];
    for (int t = 0; t < holes.length; t++) {
      filled[t] = holes[t].clone();
    }
    for (int c = 0; c < data.columns.size(); c++) {
      double sum = 0;
      int answered = 0;
      for (double[] row : holes) {
        if (!Double.isNaN(row[c])) {
          sum += row[c];
          answered++;
        }
      }
      for (double[] row : filled) {
        row[c] = Double.isNaN(row[c]) ? sum / answered : row[c];
      }
    }
    PlsEstimate replaced = TIGHT.withMissingAnswers(MissingAnswers.MEAN_REPLACEMENT)
        .estimate(model, data.columns, holes);
    assertSameEstimate(replaced, TIGHT.estimate(model, data.columns, filled), 1e-12);
    assertThat(replaced.missingAnswers()).isEqualTo("MEAN_REPLACEMENT");
    assertThat(replaced.missingAnswerCount()).isEqualTo(50);
    PlsEstimate dropped = TIGHT.withMissingAnswers(MissingAnswers.DROP_RESPONDENT)
        .estimate(model, data.columns, holes);
    assertThat(dropped.droppedRespondents()).isEqualTo(50);
    assertThat(dropped.missingAnswers()).isEqualTo("DROP_RESPONDENT");
    assertThat(dropped.missingAnswerCount()).isZero();
  }

  @Test
  void optionsACalculatorCannotHonourAreRejected() {
    EcsiData data = EcsiData.mobi();
    PathModel model = EcsiData.mobiModel();
    double[][] holes = withHoles(data, model);
    PlsPathModeling pairwise = PlsPathModeling.withDefaults().withMissingAnswers(MissingAnswers.PAIRWISE_DELETION);
    assertThatThrownBy(() -> PlsBootstrap.of(pairwise, 10, 1).run(model, data.columns, holes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missingAnswers of PlsBootstrap must not be PAIRWISE_DELETION (50 answers are missing): choose "
            + "MEAN_REPLACEMENT or DROP_RESPONDENT");
    Survey survey = EcsiData.satisfaction().asSurvey();
    assertThatThrownBy(() -> Nps.of(survey, "loy1", MissingAnswers.MEAN_REPLACEMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missingAnswers of Nps must be REJECT or DROP_RESPONDENT: MEAN_REPLACEMENT");
    double[] weights = new double[data.rows.length];
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(model, data.columns, data.rows, weights))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights of the respondents kept must not all be 0: 0.0");
    weights[3] = -1;
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(model, data.columns, data.rows, weights))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[3] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(model, data.columns, data.rows, new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights length must equal rows length 250: 3");
  }

  @Test
  void surveyWeightsComeFromTheResponses() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    PlsEstimate weighted = TIGHT.estimate(EcsiData.satisfactionModel(), survey,
        r -> r.date().getMonthValue() <= 6 ? 2 : 1);
    EcsiData data = EcsiData.satisfaction();
    double[] weights = new double[data.rows.length];
    for (int t = 0; t < weights.length; t++) {
      weights[t] = 1 + t % 12 < 7 ? 2 : 1; // EcsiData dates respondent t in month 1 + t mod 12
    }
    assertSameEstimate(weighted, TIGHT.estimate(EcsiData.satisfactionModel(), data.columns, data.rows, weights),
        1e-12);
  }
}
