package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.KotlerAssessment;
import io.github.logicrm.core.satisfaction.KotlerVerdict;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NpsAndKotlerTest {

  @Test
  void npsCountsTheThreeGroups() {
    double[] answers = {10, 9, 9, 8, 7, 6, 0, 3, 10, 5};
    NpsResult r = Nps.of(answers);
    assertThat(r.promoters()).isEqualTo(4);
    assertThat(r.passives()).isEqualTo(2);
    assertThat(r.detractors()).isEqualTo(4);
    assertThat(r.score()).isZero();
    assertThat(Nps.score(new double[] {10, 9, 8, 2})).isEqualTo(25.0);
    int[] counts = new int[3];
    Nps.count(new double[] {9, 7, 6, 6}, counts);
    assertThat(counts).containsExactly(1, 1, 2);
  }

  @Test
  void npsRejectsAnswersOffTheScale() {
    assertThatThrownBy(() -> Nps.score(new double[] {9, 8.5}))
        .hasMessage("answers[1] must be a whole number in [0, 10]: 8.5");
    assertThatThrownBy(() -> Nps.of(new double[] {11})).hasMessage("answers[0] must be a whole number in [0, 10]: 11.0");
    assertThatThrownBy(() -> Nps.score(new double[0])).hasMessage("answers must not be empty");
  }

  @Test
  void npsOfASurveyItemHonoursTheMissingAnswersPolicy() {
    Survey survey = Survey.builder()
        .addItems(SurveyItem.of("recommend", 0, 10), SurveyItem.of("overall", 1, 5))
        .addResponses(response(10), response(6), SurveyResponse.builder().customer(CustomerId.of("C-3"))
            .date(LocalDate.of(2026, 5, 1)).putAnswers("overall", 4.0).build())
        .build();
    assertThatThrownBy(() -> Nps.of(survey, "recommend", MissingAnswers.REJECT))
        .hasMessageStartingWith("respondent 2 has no answer to item 'recommend'");
    assertThat(Nps.of(survey, "recommend", MissingAnswers.DROP_RESPONDENT)).isEqualTo(NpsResult.of(1, 0, 1));
    assertThatThrownBy(() -> Nps.of(survey, "overall", MissingAnswers.REJECT))
        .hasMessage("item 'overall' must be a 0-10 item that is not reverse coded: [1.0, 5.0]");
  }

  private static SurveyResponse response(double recommend) {
    return SurveyResponse.builder().customer(CustomerId.of("C-" + recommend)).date(LocalDate.of(2026, 5, 1))
        .putAnswers("recommend", recommend).build();
  }

  @Test
  void kotlerVerdictsUseTheToleranceBand() {
    KotlerRatio kotler = KotlerRatio.withDefaults();
    assertThat(kotler.tolerance()).isEqualTo(0.05);
    KotlerAssessment a = kotler.assess(8.8, 8);
    assertThat(a.ratio()).isEqualTo(1.1);
    assertThat(a.verdict()).isEqualTo(KotlerVerdict.DELIGHTED);
    assertThat(kotler.verdict(99, 100)).isEqualTo(KotlerVerdict.ACCEPTABLE);
    assertThat(kotler.verdict(95, 100)).isEqualTo(KotlerVerdict.ACCEPTABLE);
    assertThat(kotler.verdict(94, 100)).isEqualTo(KotlerVerdict.DISSATISFIED);
    assertThat(kotler.verdict(105, 100)).isEqualTo(KotlerVerdict.ACCEPTABLE);
    assertThat(kotler.verdict(106, 100)).isEqualTo(KotlerVerdict.DELIGHTED);
    assertThat(kotler.withTolerance(0).verdict(99, 100)).isEqualTo(KotlerVerdict.DISSATISFIED);
    assertThatThrownBy(() -> kotler.verdict(5, 0)).hasMessage("expected must be finite and > 0: 0.0");
    assertThatThrownBy(() -> kotler.withTolerance(1)).hasMessage("tolerance must be in [0, 1): 1.0");
  }
}
