package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.IndexMethod;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedCsiTest {

  private static final List<SurveyItem> ITEMS = List.of(
      SurveyItem.of("onTime", 1, 5), SurveyItem.of("damage", 0, 10), SurveyItem.reversed("chasing", 1, 5));

  private static SurveyResponse response(int id, double onTime, double damage, double chasing) {
    return SurveyResponse.builder().customer(CustomerId.of("C-" + id)).date(LocalDate.of(2026, 4, 1))
        .putAnswers("onTime", onTime).putAnswers("damage", damage).putAnswers("chasing", chasing).build();
  }

  @Test
  void scoresRescaledItemsWithNormalizedWeights() {
    WeightedCsi csi = WeightedCsi.of(ITEMS, 2, 1, 1);
    // onTime 4 -> 75, damage 8 -> 80, chasing 2 reversed -> 4 -> 75
    assertThat(csi.score(response(1, 4, 8, 2))).isCloseTo((2 * 75 + 80 + 75) / 4.0, within(1e-12));
    assertThat(csi.weights()).containsExactly(0.5, 0.25, 0.25);
  }

  @Test
  void surveyIndexEqualsTheMeanOfRespondentScores() {
    SplittableRandom random = new SplittableRandom(1);
    Survey.Builder survey = Survey.builder().items(ITEMS);
    WeightedCsi csi = WeightedCsi.of(ITEMS, 0.5, 0.3, 0.2);
    double sum = 0;
    for (int t = 0; t < 40; t++) {
      SurveyResponse r = response(t, 1 + random.nextInt(5), random.nextInt(11), 1 + random.nextInt(5));
      survey.addResponses(r);
      sum += csi.score(r);
    }
    SatisfactionIndex index = csi.index(survey.build(), MissingAnswers.REJECT);
    assertThat(index.score()).isCloseTo(sum / 40, within(1e-10));
    assertThat(index.method()).isEqualTo(IndexMethod.WEIGHTED);
    assertThat(index.respondents()).isEqualTo(40);
  }

  @Test
  void arrayFormsAgreeWithTheItemForm() {
    double[] min = {1, 0, 1};
    double[] max = {5, 10, 5};
    double[] weights = {2, 1, 1};
    double[][] answers = {{4, 8, ITEMS.get(2).recode(2)}, {1, 0, 1}, {5, 10, 5}};
    double[] out = new double[3];
    WeightedCsi.scores(answers, min, max, weights, out);
    assertThat(out[0]).isCloseTo(WeightedCsi.of(ITEMS, weights).score(response(1, 4, 8, 2)), within(1e-12));
    assertThat(out[1]).isZero();
    assertThat(out[2]).isEqualTo(100.0);
    assertThatThrownBy(() -> WeightedCsi.scores(new double[][] {{4, 8, 3}, {4, 11, 3}}, min, max, weights,
        new double[2])).hasMessage("answers[1][1] must be in [0.0, 10.0]: 11.0");
    assertThatThrownBy(() -> WeightedCsi.score(new double[] {4, 8}, min, max, weights))
        .hasMessage("min length must equal answers length 2: 3");
    assertThatThrownBy(() -> WeightedCsi.score(new double[] {4, 8, 3}, min, max, new double[3]))
        .hasMessage("sum of weights must be > 0: 0.0");
  }

  @Test
  void ahpWeightsCarryTheirConsistencyIntoTheIndex() {
    AhpResult ahp = Ahp.withDefaults().weigh(new double[][] {{1, 3, 5}, {1 / 3.0, 1, 3}, {1 / 5.0, 1 / 3.0, 1}});
    WeightedCsi csi = WeightedCsi.fromAhp(ITEMS, ahp);
    Survey survey = Survey.builder().items(ITEMS).addResponses(response(1, 4, 8, 2), response(2, 5, 10, 1)).build();
    SatisfactionIndex index = csi.index(survey, MissingAnswers.REJECT);
    assertThat(index.method()).isEqualTo(IndexMethod.AHP);
    assertThat(index.parameters().get("consistencyRatio")).isEqualTo(ahp.consistencyRatio());
    assertThat(index.weights().get("onTime")).isCloseTo(ahp.weights().get(0), within(1e-15));
  }

  @Test
  void missingAnswersFollowThePolicy() {
    SurveyResponse partial = SurveyResponse.builder().customer(CustomerId.of("C-9")).date(LocalDate.of(2026, 4, 2))
        .putAnswers("onTime", 5.0).build();
    Survey survey = Survey.builder().items(ITEMS).addResponses(response(1, 4, 8, 2), partial).build();
    WeightedCsi csi = WeightedCsi.of(ITEMS, 1, 1, 1);
    assertThatThrownBy(() -> csi.index(survey, MissingAnswers.REJECT))
        .hasMessageStartingWith("respondent 1 has no answer to item 'damage'");
    SatisfactionIndex dropped = csi.index(survey, MissingAnswers.DROP_RESPONDENT);
    assertThat(dropped.respondents()).isEqualTo(1);
    assertThat(dropped.parameters().get("droppedRespondents")).isEqualTo(1.0);
    assertThatThrownBy(() -> csi.score(partial)).hasMessage("response of C-9 on 2026-04-02 has no answer to item 'damage'");
  }

  @Test
  void invalidWeightsAreRejected() {
    assertThatThrownBy(() -> WeightedCsi.of(ITEMS, 1, 1)).hasMessage("weights length must equal items length 3: 2");
    assertThatThrownBy(() -> WeightedCsi.of(ITEMS, 1, -1, 1)).hasMessage("weights[1] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> WeightedCsi.of(ITEMS, 0, 0, 0)).hasMessage("sum of weights must be finite and > 0: 0.0");
  }

  @Test
  void hugeWeightsAndScalesStayInRange() {
    double[] answers = {5, 10, 1};
    double[] min = {1, 0, 1};
    double[] max = {5, 10, 5};
    // item scores 100, 100, 0; the third weight dwarfs the others
    assertThat(WeightedCsi.score(answers, min, max, new double[] {1, 2, Double.MAX_VALUE}))
        .isCloseTo(300 / Double.MAX_VALUE, within(1e-320));
    assertThat(WeightedCsi.score(answers, min, max,
        new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}))
        .isCloseTo(200.0 / 3, within(1e-12));
    assertThat(WeightedCsi.score(new double[] {0}, new double[] {-Double.MAX_VALUE},
        new double[] {Double.MAX_VALUE}, new double[] {1})).isEqualTo(50);
    WeightedCsi csi = WeightedCsi.of(ITEMS, Double.MAX_VALUE, Double.MAX_VALUE, 0);
    assertThat(csi.weights()).containsExactly(0.5, 0.5, 0);
  }
}
