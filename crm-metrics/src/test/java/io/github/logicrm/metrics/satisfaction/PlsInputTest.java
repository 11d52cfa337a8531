package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input to PLS path modeling: each a clear error naming what is wrong. */
class PlsInputTest {

  private static double[][] copy(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int t = 0; t < rows.length; t++) {
      out[t] = rows[t].clone();
    }
    return out;
  }

  @Test
  void missingAnswersAreRejectedByDefault() {
    EcsiData data = EcsiData.satisfaction();
    double[][] rows = copy(data.rows);
    rows[3][data.columns.indexOf("sat2")] = Double.NaN;
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondent 3 has no answer to item 'sat2' (missing answers are rejected; choose "
            + "MissingAnswers.DROP_RESPONDENT, MEAN_REPLACEMENT or PAIRWISE_DELETION to keep going)");
  }

  @Test
  void droppedRespondentsAreCountedAndLeftOut() {
    EcsiData data = EcsiData.satisfaction();
    double[][] rows = copy(data.rows);
    rows[3][data.columns.indexOf("sat2")] = Double.NaN;
    rows[7][data.columns.indexOf("imag1")] = Double.NaN;
    PlsEstimate dropped = PlsPathModeling.withDefaults().withMissingAnswers(MissingAnswers.DROP_RESPONDENT)
        .estimate(EcsiData.satisfactionModel(), data.columns, rows);
    assertThat(dropped.respondents()).isEqualTo(248);
    assertThat(dropped.droppedRespondents()).isEqualTo(2);
    List<double[]> kept = new ArrayList<>(Arrays.asList(data.rows));
    kept.remove(7);
    kept.remove(3);
    PlsEstimate without = PlsPathModeling.withDefaults()
        .estimate(EcsiData.satisfactionModel(), data.columns, kept.toArray(new double[0][]));
    assertThat(dropped.outerWeights()).isEqualTo(without.outerWeights());
  }

  @Test
  void constantItemIsRejected() {
    EcsiData data = EcsiData.satisfaction();
    double[][] rows = copy(data.rows);
    for (double[] row : rows) {
      row[data.columns.indexOf("sat2")] = 7;
    }
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'sat2' is constant (every answer is 7.0): a constant item cannot be standardized or "
            + "weighted; remove it from block 'SAT'");
  }

  @Test
  void tooFewRespondentsAreRejected() {
    EcsiData data = EcsiData.satisfaction();
    double[][] rows = Arrays.copyOf(data.rows, 5);
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondents must be more than the 5 parameters of the largest regression of the model "
            + "(the equation of 'SAT'): 5");
  }

  @Test
  void unknownItemIsRejected() {
    EcsiData data = EcsiData.satisfaction();
    List<String> renamed = new ArrayList<>(data.columns);
    renamed.set(renamed.indexOf("sat4"), "sat_4");
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), renamed, data.rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("item 'sat4' of block 'SAT' is not among the columns [imag1, imag2");
  }

  @Test
  void raggedAndInfiniteRowsAreRejected() {
    EcsiData data = EcsiData.satisfaction();
    double[][] ragged = copy(data.rows);
    ragged[1] = Arrays.copyOf(ragged[1], 26);
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, ragged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows[1] length must equal columns length 27: 26");
    double[][] infinite = copy(data.rows);
    infinite[0][0] = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, infinite))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows[0][imag1] must be finite, or NaN for no answer: Infinity");
  }

  @Test
  void unknownSurveyItemIsRejected() {
    EcsiData data = EcsiData.satisfaction();
    var survey = data.asSurvey();
    var model = EcsiData.mobiModel();
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(model, survey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("item 'IMAG1' of block 'Image' is not an item of the survey [imag1, imag2");
  }

  @Test
  void configurationIsValidated() {
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().withMaxIterations(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxIterations must be > 0: 0");
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tolerance must be finite and > 0: 0.0");
  }

  @Test
  void collinearModeBItemsAreRejected() {
    EcsiData data = EcsiData.satisfaction();
    double[][] rows = copy(data.rows);
    for (double[] row : rows) {
      row[data.columns.indexOf("sat3")] = 2 * row[data.columns.indexOf("sat1")] - row[data.columns.indexOf("sat2")];
    }
    var model = EcsiData.satisfactionModel().withMode("SAT", OuterMode.B);
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(model, data.columns, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the items [sat1, sat2, sat3, sat4] of mode B block 'SAT' are collinear, so their weights are "
            + "not defined; drop an item or use mode A");
  }

  @Test
  void presetsNameTheirBlocks() {
    assertThatThrownBy(() -> CsiModels.acsi(Map.of(CsiModels.IMAGE, List.of("i1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ACSI items must name exactly the blocks [Expectations, Quality, Value, Satisfaction, Complaints, "
            + "Loyalty]; missing [Complaints, Expectations, Loyalty, Quality, Satisfaction, Value], not ACSI blocks "
            + "[Image]");
    assertThat(EcsiData.mobiModel().paths()).hasSize(12);
    assertThat(EcsiData.mobiModel().predecessors(CsiModels.SATISFACTION))
        .containsExactlyInAnyOrder(CsiModels.IMAGE, CsiModels.EXPECTATIONS, CsiModels.QUALITY, CsiModels.VALUE);
    assertThat(EcsiData.mobiModel().predecessors(CsiModels.LOYALTY))
        .containsExactlyInAnyOrder(CsiModels.IMAGE, CsiModels.SATISFACTION, CsiModels.COMPLAINTS);
  }
}
