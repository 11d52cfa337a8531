package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.metrics.satisfaction.CsiIndex;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionExampleTest {

  private final SatisfactionExample example = new SatisfactionExample(SampleData.load());

  @Test
  void modelConvergesOnTheSampleSurvey() {
    PlsEstimate estimate = example.estimate();
    assertThat(estimate.isConverged()).isTrue();
    assertThat(estimate.respondents() + estimate.droppedRespondents())
        .isEqualTo(SatisfactionExample.survey(SampleData.load()).responses().size());
    assertThat(estimate.path(CsiModels.QUALITY, CsiModels.SATISFACTION).getAsDouble()).isPositive();
  }

  @Test
  void segmentIndicesAverageToTheWholeBook() {
    Map<CustomerStatus, SatisfactionIndex> segments = example.indexBySegment();
    assertThat(segments).containsOnlyKeys(CustomerStatus.FIRST_TIME, CustomerStatus.REPEAT, CustomerStatus.LOYAL,
        CustomerStatus.LOST);
    SatisfactionIndex all = CsiIndex.withDefaults().withEstimator(SatisfactionExample.PLS)
        .compute(SatisfactionExample.MODEL, CsiModels.SATISFACTION, SatisfactionExample.survey(SampleData.load()));
    double weighted = segments.values().stream().mapToDouble(s -> s.score() * s.respondents()).sum();
    assertThat(weighted / all.respondents()).isCloseTo(all.score(), within(1e-9));
    assertThat(segments.get(CustomerStatus.LOYAL).score()).isGreaterThan(segments.get(CustomerStatus.LOST).score());
  }

  @Test
  void weightedEstimateKeepsEveryResponseAndSaysSo() {
    PlsEstimate weighted = example.estimateWeightedToTheBook();
    PlsEstimate dropping = example.estimate();
    assertThat(weighted.weighted()).isTrue();
    assertThat(weighted.missingAnswers()).isEqualTo("MEAN_REPLACEMENT");
    assertThat(weighted.droppedRespondents()).isZero();
    assertThat(weighted.respondents()).isEqualTo(dropping.respondents() + dropping.droppedRespondents());
    assertThat(weighted.missingAnswerCount()).isGreaterThanOrEqualTo(dropping.droppedRespondents());
    assertThat(weighted.isConverged()).isTrue();
  }

  @Test
  void loyalShippersAreComparedWithTheOthersOnEveryPath() {
    GroupComparison groups = example.loyalAgainstOthers();
    assertThat(groups.firstSize() + groups.secondSize()).isEqualTo(example.estimate().respondents());
    assertThat(groups.paths()).hasSize(SatisfactionExample.MODEL.paths().size());
    assertThat(groups.invariance()).hasSize(SatisfactionExample.MODEL.blocks().size());
    assertThat(groups.paths()).allSatisfy(p -> assertThat(p.permutationP()).isBetween(1 / 501.0, 1.0));
  }

  @Test
  void loyaltyMapCoversEveryDriverAndItsItems() {
    ImportancePerformance map = example.loyaltyDrivers();
    assertThat(map.constructs()).extracting(IpmaPoint::name).containsExactly(CsiModels.EXPECTATIONS,
        CsiModels.QUALITY, CsiModels.VALUE, CsiModels.SATISFACTION, CsiModels.COMPLAINTS);
    assertThat(map.indicators()).hasSize(12);
    // the satisfaction items share the 1-10 scale, so Satisfaction's performance is the book's ACSI index
    SatisfactionIndex index = CsiIndex.withDefaults().withEstimator(SatisfactionExample.PLS)
        .compute(SatisfactionExample.MODEL, CsiModels.SATISFACTION, SatisfactionExample.survey(SampleData.load()));
    assertThat(map.construct(CsiModels.SATISFACTION).orElseThrow().performance()).isCloseTo(index.score(),
        within(1e-9));
  }

  @Test
  void printoutShowsTheCsiOfEverySegment() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SatisfactionPrintout.print(SampleData.load(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("CSI per customer segment", "LOYAL", "LOST", "FIRST_TIME", "REPEAT",
        "Quality -> Satisfaction", "2026-Q3", "What to fix first for Loyalty");
  }
}
