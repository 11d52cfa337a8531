package io.github.logicrm.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyModelFit;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import io.github.logicrm.metrics.satisfaction.Ipma;
import io.github.logicrm.metrics.satisfaction.MissingAnswers;
import io.github.logicrm.metrics.satisfaction.PlsPathModeling;
import io.github.logicrm.metrics.service.ServiceStats;
import io.github.logicrm.metrics.service.SevenRScorer;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The book-level series the report draws: the survey path model with its IPMA, service per month and lane. */
class Customer360SeriesTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static BookRecords book;
  private static Customer360Result result;

  @BeforeAll
  static void runOnce() {
    book = BookRecords.of(SampleBook.of(400, 3, AS_OF, 7));
    result = Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(book.orders(), book.invoices(), book.surveys(), book.customers());
  }

  /** The same survey handed to the calculators directly, one response per record, in record order. */
  private static Survey survey(PathModel model) {
    Survey.Builder survey = Survey.builder();
    model.items().forEach(item -> survey.addItems(SurveyItem.of(item, 1, 10)));
    for (SurveyRecord r : book.surveys()) {
      survey.addResponses(SurveyResponse.builder().customer(r.customerId()).date(r.answeredOn())
          .answers(r.answers()).build());
    }
    return survey.build();
  }

  @Test
  void theSurveyModelEqualsTheCalculatorsCalledDirectly() {
    SurveyModelFit fit = result.summary().surveyModel().orElseThrow();
    PathModel ecsi = CsiModels.ecsi(SampleBook.SURVEY_BLOCKS);
    assertThat(fit.model()).isEqualTo(ecsi);
    assertThat(fit.target()).isEqualTo(CsiModels.SATISFACTION);
    PlsPathModeling pls = PlsPathModeling.withDefaults().withMissingAnswers(MissingAnswers.DROP_RESPONDENT);
    PlsEstimate direct = pls.estimate(ecsi, survey(ecsi));
    PlsEstimate piped = fit.estimate();
    assertThat(piped.isConverged()).isTrue();
    assertThat(piped.respondents()).isEqualTo(book.surveys().size());
    assertThat(piped.scores()).as("no per-respondent figures in the book summary").isEmpty();
    assertThat(piped.paths()).hasSameSizeAs(direct.paths());
    for (PathEstimate p : direct.paths()) {  // the pipeline sorts the rows, so only rounding may differ
      assertThat(piped.path(p.from(), p.to()).getAsDouble()).as(p.from() + " -> " + p.to())
          .isCloseTo(p.coefficient(), within(1e-12));
    }
    direct.loadings().forEach((item, l) -> assertThat(piped.loadings().get(item)).isCloseTo(l, within(1e-12)));
    for (BlockFit b : direct.blocks()) {
      b.rSquared().ifPresent(r2 -> assertThat(piped.block(b.name()).orElseThrow().rSquared().getAsDouble())
          .isCloseTo(r2, within(1e-12)));
    }
    ImportancePerformance map = Ipma.withDefaults().withEstimator(pls)
        .analyze(ecsi, CsiModels.SATISFACTION, survey(ecsi));
    ImportancePerformance pipedMap = fit.ipma().orElseThrow();
    assertThat(pipedMap.constructs()).extracting(IpmaPoint::name).containsExactly(CsiModels.IMAGE,
        CsiModels.EXPECTATIONS, CsiModels.QUALITY, CsiModels.VALUE);
    for (IpmaPoint point : map.indicators()) {
      IpmaPoint piped2 = pipedMap.indicator(point.name()).orElseThrow();
      assertThat(piped2.importance()).isCloseTo(point.importance(), within(1e-12));
      assertThat(piped2.performance()).isCloseTo(point.performance(), within(1e-9));
    }
  }

  /**
   * The generator draws quality (the delivery) as the strongest driver of satisfaction, then value, then image, and
   * expectations hardly at all: the estimate recovers that order, and explains most of satisfaction.
   */
  @Test
  void theEstimateRecoversTheGeneratedStructure() {
    PlsEstimate e = result.summary().surveyModel().orElseThrow().estimate();
    double quality = e.path(CsiModels.QUALITY, CsiModels.SATISFACTION).getAsDouble();
    double value = e.path(CsiModels.VALUE, CsiModels.SATISFACTION).getAsDouble();
    double image = e.path(CsiModels.IMAGE, CsiModels.SATISFACTION).getAsDouble();
    double expectations = e.path(CsiModels.EXPECTATIONS, CsiModels.SATISFACTION).getAsDouble();
    assertThat(quality).isGreaterThan(value).isGreaterThan(0.3);
    assertThat(value).isGreaterThan(Math.abs(expectations));
    assertThat(image).isPositive();
    assertThat(e.block(CsiModels.SATISFACTION).orElseThrow().rSquared().getAsDouble()).isGreaterThan(0.5);
    assertThat(e.path(CsiModels.SATISFACTION, CsiModels.LOYALTY).getAsDouble()).isGreaterThan(0.3);
  }

  @Test
  void noModelWhenSwitchedOffOrWhenNoResponseAnswersItsItems() {
    Customer360 without = Customer360.of(PipelineConfig.withDefaults().withoutSurveyModel(), AS_OF);
    assertThat(without.run(book.orders(), book.invoices(), book.surveys(), book.customers()).summary()
        .surveyModel()).isEmpty();
    List<SurveyRecord> otherItems = book.surveys().stream()
        .map(r -> SurveyRecord.builder().from(r).answers(Map.of("friendliness", 7.0)).build()).toList();
    io.github.logicrm.core.book.BookSummary other = Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(book.orders(), book.invoices(), otherItems, book.customers()).summary();
    assertThat(other.surveyModel()).isEmpty();
    assertThat(other.surveyModelNotFitted()).hasValue("no survey response answers all 11 items of the path model "
        + CsiModels.ecsi(SampleBook.SURVEY_BLOCKS).items());
    List<SurveyRecord> three = book.surveys().subList(0, 3);
    io.github.logicrm.core.book.BookSummary few = Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(book.orders(), book.invoices(), three, book.customers()).summary();
    assertThat(few.surveyModel()).isEmpty();
    assertThat(few.surveyModelNotFitted().orElseThrow())
        .startsWith("the path model cannot be estimated on the 3 complete responses: respondents must be more");
    assertThat(result.summary().surveyModelNotFitted()).isEmpty();
  }

  @Test
  void responsesMissingAnItemAreDroppedAndCounted() {
    List<SurveyRecord> some = new ArrayList<>(book.surveys());
    SurveyRecord first = some.get(0);
    Map<String, Double> fewer = new TreeMap<>(first.answers());
    fewer.remove("price");
    some.set(0, SurveyRecord.builder().from(first).answers(fewer).build());
    PlsEstimate e = Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(book.orders(), book.invoices(), some, book.customers()).summary().surveyModel().orElseThrow()
        .estimate();
    assertThat(e.droppedRespondents()).isEqualTo(1);
    assertThat(e.respondents()).isEqualTo(book.surveys().size() - 1);
  }

  @Test
  void aSurveyModelNeedsATargetThatAPathLeadsTo() {
    PathModel ecsi = CsiModels.ecsi(SampleBook.SURVEY_BLOCKS);
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withSurveyModel(ecsi, CsiModels.IMAGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must be a block of the model that a path leads to: Image");
    assertThatThrownBy(() -> PipelineConfig.withDefaults().withSurveyModel(ecsi, "Trust"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must be a block of the model that a path leads to: Trust");
    assertThat(PipelineConfig.withDefaults().withSurveyModel(ecsi, CsiModels.LOYALTY).withParallel(false)
        .surveyTarget()).isEqualTo(CsiModels.LOYALTY);
  }

  @Test
  void serviceByMonthAndLaneEqualTheScorerOverEachGroup() {
    SevenRScorer scorer = SevenRScorer.withDefaults();
    Map<String, ServiceStats> byMonth = new TreeMap<>();
    Map<String, ServiceStats> byLane = new TreeMap<>();
    for (OrderRecord o : book.orders()) {
      YearMonth month = YearMonth.from(LocalDate.ofInstant(o.shipment().shippedAt(), ZoneOffset.UTC));
      byMonth.computeIfAbsent(month.toString(), k -> scorer.create()).add(o.shipment());
      byLane.computeIfAbsent(o.lane().orElseThrow(), k -> scorer.create()).add(o.shipment());
    }
    Map<String, ServiceSummary> months = result.summary().serviceByMonth();
    assertThat(months.keySet()).containsExactlyElementsOf(byMonth.keySet());
    byMonth.forEach((month, stats) -> assertThat(months.get(month)).as(month).isEqualTo(stats.finish()));
    Map<String, ServiceSummary> lanes = result.summary().serviceByLane();
    assertThat(lanes.keySet()).containsExactlyElementsOf(byLane.keySet());
    byLane.forEach((lane, stats) -> assertThat(lanes.get(lane)).as(lane).isEqualTo(stats.finish()));
    assertThat(months.values().stream().mapToInt(ServiceSummary::shipments).sum())
        .isEqualTo(result.summary().service().orElseThrow().shipments());
  }

  @Test
  void ordersWithoutALaneCountInTheMonthsOnly() {
    List<OrderRecord> noLanes = book.orders().stream()
        .map(o -> OrderRecord.builder().from(o).lane(java.util.Optional.empty()).build()).toList();
    Customer360Result r = Customer360.of(PipelineConfig.withDefaults(), AS_OF)
        .run(noLanes, book.invoices(), book.surveys(), book.customers());
    assertThat(r.summary().serviceByLane()).isEmpty();
    assertThat(r.summary().serviceByMonth()).isEqualTo(result.summary().serviceByMonth());
  }

  @Test
  void orderSeriesCountEachCompleteMonthsOrders() {
    Map<CustomerId, Map<YearMonth, Integer>> counted = new TreeMap<>();
    for (OrderRecord o : book.orders()) {
      YearMonth month = YearMonth.from(LocalDate.ofInstant(o.shipment().shippedAt(), ZoneOffset.UTC));
      counted.computeIfAbsent(o.customerId(), k -> new TreeMap<>()).merge(month, 1, Integer::sum);
    }
    assertThat(result.orderSeries()).hasSize(result.profiles().size());
    counted.forEach((id, months) -> {
      MonthlyOrders series = result.orderSeries(id).orElseThrow();
      assertThat(series.firstMonth()).isEqualTo(months.keySet().iterator().next());
      assertThat(series.lastMonth()).isEqualTo(YearMonth.of(2025, 12));  // the as-of date ends its month
      int[] counts = series.toArray();
      assertThat(counts).hasSize(series.months());
      for (int k = 0; k < counts.length; k++) {
        YearMonth month = series.firstMonth().plusMonths(k);
        assertThat(counts[k]).as(id + " " + month).isEqualTo(months.getOrDefault(month, 0));
        assertThat(series.orders(month)).isEqualTo(counts[k]);
      }
    });
    MonthlyOrders any = result.orderSeries().values().iterator().next();
    assertThat(any.orders(any.firstMonth().minusMonths(1))).isZero();
    assertThat(result.orderSeries(CustomerId.of("nobody"))).isEmpty();
  }

  @Test
  void monthlyOrdersRejectsBadCounts() {
    CustomerId id = CustomerId.of("C1");
    assertThatThrownBy(() -> MonthlyOrders.of(id, YearMonth.of(2025, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("orders must hold at least one month: 0");
    assertThatThrownBy(() -> MonthlyOrders.of(id, YearMonth.of(2025, 1), 3, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("orders[1] must be >= 0: -1");
    int[] counts = {1, 2};
    MonthlyOrders m = MonthlyOrders.of(id, YearMonth.of(2025, 1), counts);
    counts[0] = 9;
    assertThat(m.toArray()).containsExactly(1, 2);
    assertThat(m).isEqualTo(MonthlyOrders.of(id, YearMonth.of(2025, 1), 1, 2));
  }

  @Test
  void sampleSurveyAnswersEveryModelItem() {
    assertThat(SampleBook.SURVEY_BLOCKS.values().stream().flatMap(List::stream).sorted().toList())
        .isEqualTo(SampleBook.SURVEY_ITEMS.stream().sorted().toList());
    assertThat(book.surveys()).allSatisfy(r -> assertThat(r.answers().keySet())
        .containsExactlyInAnyOrderElementsOf(SampleBook.SURVEY_ITEMS));
    assertThat(book.surveys().stream().map(SurveyRecord::customerId).distinct()
        .sorted(Comparator.naturalOrder()).count()).isGreaterThan(50);
  }
}
