package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.metrics.switching.SwitchingCostIndex;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SwitchingSampleDataTest {

  private final SampleData data = SampleData.load();
  private final List<Customer> customers = data.book().customers();

  private static JsonNode committed(String name) throws Exception {
    try (InputStream in = SwitchingSampleDataTest.class.getResourceAsStream("/sample/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void committedFilesAreWhatTheSeededGeneratorMakes() throws Exception {
    ObjectMapper mapper = SwitchingSampleGenerator.mapper();
    SwitchingCostQuestionnaire q = SwitchingSampleGenerator.questionnaire();
    assertThat(committed(SwitchingSampleGenerator.QUESTIONNAIRE)).isEqualTo(mapper.valueToTree(q));
    assertThat(committed(SwitchingSampleGenerator.ANSWERS))
        .isEqualTo(mapper.valueToTree(SwitchingSampleGenerator.answers(customers, q)));
    assertThat(committed(SwitchingSampleGenerator.PROFILES))
        .isEqualTo(mapper.valueToTree(SwitchingSampleGenerator.profiles(customers)));
  }

  @Test
  void everyCustomerWhoBoughtHasAnswersAndAProfile() {
    List<String> buyers = customers.stream().filter(SwitchingSampleGenerator::hasBought)
        .map(c -> c.id().value()).collect(Collectors.toList());
    List<SwitchingCostAnswers> answers =
        data.read(SwitchingSampleGenerator.ANSWERS, new TypeReference<List<SwitchingCostAnswers>>() {});
    List<LoyaltyProfile> profiles =
        data.read(SwitchingSampleGenerator.PROFILES, new TypeReference<List<LoyaltyProfile>>() {});
    assertThat(answers).extracting(a -> a.customerId().value()).containsExactlyElementsOf(buyers);
    assertThat(profiles).extracting(p -> p.customerId().value()).containsExactlyElementsOf(buyers);
    assertThat(buyers).hasSize(47);
  }

  @Test
  void sampleBookScoredInColumnsEqualsOneByOne() {
    SwitchingCostQuestionnaire q =
        data.read(SwitchingSampleGenerator.QUESTIONNAIRE, new TypeReference<SwitchingCostQuestionnaire>() {});
    List<SwitchingCostAnswers> answers =
        data.read(SwitchingSampleGenerator.ANSWERS, new TypeReference<List<SwitchingCostAnswers>>() {});
    SwitchingCostIndex index = SwitchingCostIndex.of(q);
    int n = answers.size();
    double[][] columns = new double[q.items().size()][n];
    for (int i = 0; i < columns.length; i++) {
      String id = q.items().get(i).id();
      for (int c = 0; c < n; c++) {
        columns[i][c] = answers.get(c).answers().getOrDefault(id, Double.NaN);
      }
    }
    double[] batch = new double[n];
    index.indexAll(columns, batch);
    for (int c = 0; c < n; c++) {
      assertThat(batch[c]).isCloseTo(index.score(answers.get(c)).index(), org.assertj.core.api.Assertions.within(1e-12));
    }
  }
}
