package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.IndexMethod;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The satisfaction index of DOMAIN.md section 2: 68.51 (centroid) and 68.50 (path scheme), ACSI convention. */
class CsiIndexTest {

  @Test
  void acsiConventionReproducesThePublishedIndices() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    SatisfactionIndex centroid = CsiIndex.withDefaults().compute(EcsiData.satisfactionModel(), "SAT", survey);
    assertThat(centroid.method()).isEqualTo(IndexMethod.PLS_ACSI);
    assertThat(centroid.score()).isCloseTo(68.51, within(0.005));
    assertThat(centroid.respondents()).isEqualTo(250);
    SatisfactionIndex path = CsiIndex.withDefaults()
        .withEstimator(PlsPathModeling.withDefaults().withScheme(InnerScheme.PATH))
        .compute(EcsiData.satisfactionModel(), "SAT", survey);
    assertThat(path.score()).isCloseTo(68.50, within(0.005));
  }

  @Test
  void acsiWeightsAreStandardizedWeightsOverItemDeviationsNormalized() {
    EcsiData data = EcsiData.satisfaction();
    Survey survey = data.asSurvey();
    SatisfactionIndex index = CsiIndex.withDefaults().compute(EcsiData.satisfactionModel(), "SAT", survey);
    PlsEstimate estimate = PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), survey);
    double[] w = new double[4];
    double sum = 0;
    double expected = 0;
    for (int i = 0; i < 4; i++) {
      int column = data.columns.indexOf("sat" + (i + 1));
      double mean = 0;
      double ss = 0;
      for (double[] row : data.rows) {
        mean += row[column];
      }
      mean /= data.rows.length;
      for (double[] row : data.rows) {
        ss += (row[column] - mean) * (row[column] - mean);
      }
      w[i] = estimate.outerWeights().get("sat" + (i + 1)) / Math.sqrt(ss / (data.rows.length - 1));
      sum += w[i];
      expected += w[i] * 10 * mean;
    }
    assertThat(index.score()).isCloseTo(expected / sum, within(1e-10));
    assertThat(index.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    assertThat(index.weights().get("sat1")).isCloseTo(w[0] / sum, within(1e-12));
  }

  @Test
  void rawConventionNormalizesTheCenteredDataWeights() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    SatisfactionIndex raw = CsiIndex.withDefaults().withConvention(IndexMethod.PLS_RAW)
        .compute(EcsiData.satisfactionModel(), "SAT", survey);
    // plspm's centered-data SAT weights of DOMAIN.md, normalized, applied to the item means
    double[] w = {0.1663665494, 0.1626597979, 0.1210913591, 0.1320790768};
    double sum = w[0] + w[1] + w[2] + w[3];
    double expected = 0;
    for (int i = 0; i < 4; i++) {
      expected += w[i] / sum * raw.components().get("sat" + (i + 1));
    }
    assertThat(raw.method()).isEqualTo(IndexMethod.PLS_RAW);
    assertThat(raw.score()).isCloseTo(expected, within(1e-5));
    assertThat(raw.score()).isNotCloseTo(68.51, within(0.05));
  }

  @Test
  void segmentIndicesUseThePooledWeightsAndAverageToTheWhole() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    CsiIndex csi = CsiIndex.withDefaults();
    SatisfactionIndex all = csi.compute(EcsiData.satisfactionModel(), "SAT", survey);
    Map<String, SatisfactionIndex> quarters = csi.bySegment(EcsiData.satisfactionModel(), "SAT", survey,
        r -> CsiIndex.quarterOf(r.date()));
    assertThat(quarters).containsOnlyKeys("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    double weighted = 0;
    int n = 0;
    for (SatisfactionIndex q : quarters.values()) {
      assertThat(q.weights()).isEqualTo(all.weights());
      weighted += q.score() * q.respondents();
      n += q.respondents();
    }
    assertThat(n).isEqualTo(250);
    assertThat(weighted / n).isCloseTo(all.score(), within(1e-9));
  }

  @Test
  void quarterLabels() {
    assertThat(CsiIndex.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo("2026-Q1");
    assertThat(CsiIndex.quarterOf(LocalDate.of(2026, 10, 1))).isEqualTo("2026-Q4");
  }

  @Test
  void nonConvergenceIsAnErrorNotAnIndex() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    CsiIndex csi = CsiIndex.withDefaults().withEstimator(PlsPathModeling.withDefaults().withMaxIterations(1));
    assertThatThrownBy(() -> csi.compute(EcsiData.satisfactionModel(), "SAT", survey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PLS estimation did not converge in 1 iterations; the index is not computed");
  }

  @Test
  void unknownBlockAndConventionAreRejected() {
    Survey survey = EcsiData.satisfaction().asSurvey();
    assertThatThrownBy(() -> CsiIndex.withDefaults().compute(EcsiData.satisfactionModel(), "NPS", survey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 'NPS' is not a block of the model");
    assertThatThrownBy(() -> CsiIndex.withDefaults().withConvention(IndexMethod.AHP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("convention must be PLS_ACSI or PLS_RAW: AHP");
  }

  @Test
  void reverseCodedItemsAreTurnedAroundBeforeEstimation() {
    EcsiData data = EcsiData.satisfaction();
    Survey survey = data.asSurvey();
    // Ask sat2 the other way round: answers 10 - x, declared reverse coded. The index must not change.
    Survey.Builder flipped = Survey.builder();
    survey.items().forEach(i -> flipped.addItems(i.name().equals("sat2")
        ? io.github.logicrm.core.satisfaction.SurveyItem.reversed("sat2", 0, 10) : i));
    for (SurveyResponse r : survey.responses()) {
      SurveyResponse.Builder b = SurveyResponse.builder().customer(r.customer()).date(r.date());
      r.answers().forEach((k, v) -> b.putAnswers(k, k.equals("sat2") ? 10 - v : v));
      flipped.addResponses(b.build());
    }
    double before = CsiIndex.withDefaults().compute(EcsiData.satisfactionModel(), "SAT", survey).score();
    double after = CsiIndex.withDefaults().compute(EcsiData.satisfactionModel(), "SAT", flipped.build()).score();
    assertThat(after).isCloseTo(before, within(1e-9));
  }
}
