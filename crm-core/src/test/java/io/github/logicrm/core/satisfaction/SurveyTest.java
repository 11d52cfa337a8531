package io.github.logicrm.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SurveyTest {

  private static SurveyResponse answer(String item, double value) {
    return SurveyResponse.builder().customer(CustomerId.of("C-1")).date(LocalDate.of(2026, 6, 30))
        .putAnswers(item, value).build();
  }

  @Test
  void itemsRecodeAndRescale() {
    SurveyItem likert = SurveyItem.of("onTime", 1, 5);
    SurveyItem reversed = SurveyItem.reversed("chasing", 1, 5);
    assertThat(likert.rescale(4)).isEqualTo(75.0);
    assertThat(reversed.recode(4)).isEqualTo(2.0);
    assertThat(reversed.rescale(4)).isEqualTo(25.0);
    assertThatThrownBy(() -> likert.rescale(6)).hasMessage("answer to 'onTime' must be in [1.0, 5.0]: 6.0");
    assertThatThrownBy(() -> SurveyItem.of("x", 5, 5)).hasMessage("x.max must be > min 5.0: 5.0");
  }

  @Test
  void answersMustNameDeclaredItemsOnTheirScale() {
    Survey.Builder survey = Survey.builder().addItems(SurveyItem.of("onTime", 1, 5));
    assertThat(survey.addResponses(answer("onTime", 3)).build().responses()).hasSize(1);
    assertThatThrownBy(() -> Survey.builder().addItems(SurveyItem.of("onTime", 1, 5))
        .addResponses(answer("onTime", 3), answer("price", 3)).build())
        .hasMessage("responses[1] answers unknown item 'price'; the survey's items are [onTime]");
    assertThatThrownBy(() -> Survey.builder().addItems(SurveyItem.of("onTime", 1, 5))
        .addResponses(answer("onTime", 0)).build())
        .hasMessage("responses[0] answer to 'onTime' must be in [1.0, 5.0]: 0.0");
    assertThatThrownBy(() -> Survey.builder().addItems(SurveyItem.of("a", 1, 5), SurveyItem.of("a", 0, 10)).build())
        .hasMessage("items must have unique names, duplicate: a");
    assertThatThrownBy(() -> answer("onTime", Double.NaN)).hasMessage("answer to 'onTime' must be finite: NaN");
  }

  @Test
  void resultTypesCheckTheirInvariants() {
    assertThat(NpsResult.of(5, 3, 2).score()).isEqualTo(30.0);
    assertThatThrownBy(() -> NpsResult.of(0, 0, 0)).hasMessage("respondents must be > 0: 0");
    assertThatThrownBy(() -> KotlerAssessment.builder().perceived(1).expected(1).tolerance(1).build())
        .hasMessage("tolerance must be in [0, 1): 1.0");
    assertThatThrownBy(() -> SatisfactionIndex.builder().score(101).method(IndexMethod.WEIGHTED).respondents(1).build())
        .hasMessage("score must be in [0.0, 100.0]: 101.0");
  }
}
