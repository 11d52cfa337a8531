package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.satisfaction.Survey;
import org.junit.jupiter.api.Test;

class SatisfactionSurveyTest {

  @Test
  void committedSurveyIsWhatTheSeededGeneratorMakes() {
    SampleData data = SampleData.load();
    Survey survey = SatisfactionExample.survey(data);
    assertThat(survey).isEqualTo(SatisfactionSurveyGenerator.generate(data.book()));
    assertThat(survey.responses()).hasSizeGreaterThan(150);
  }
}
