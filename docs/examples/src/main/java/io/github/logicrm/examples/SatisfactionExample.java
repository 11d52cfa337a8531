package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.KotlerAssessment;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.metrics.satisfaction.Ahp;
import io.github.logicrm.metrics.satisfaction.CsiIndex;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import io.github.logicrm.metrics.satisfaction.Ipma;
import io.github.logicrm.metrics.satisfaction.KotlerRatio;
import io.github.logicrm.metrics.satisfaction.MissingAnswers;
import io.github.logicrm.metrics.satisfaction.Nps;
import io.github.logicrm.metrics.satisfaction.PlsBootstrap;
import io.github.logicrm.metrics.satisfaction.PlsGroupComparison;
import io.github.logicrm.metrics.satisfaction.PlsPathModeling;
import io.github.logicrm.metrics.satisfaction.WeightedCsi;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The satisfaction guide's worked example ({@code docs/satisfaction.md}): the ACSI model estimated on the sample
 * survey, the index per customer segment and per quarter, bootstrap intervals, the importance-performance map of
 * loyalty's drivers, an AHP-weighted quality index, NPS and the Kotler ratio.
 */
public final class SatisfactionExample {

  /** The ACSI model over the sample survey's items. */
  public static final PathModel MODEL = CsiModels.acsi(Map.of(
      CsiModels.EXPECTATIONS, List.of("expe1", "expe2"),
      CsiModels.QUALITY, List.of("qual1", "qual2", "qual3", "qual4"),
      CsiModels.VALUE, List.of("val1", "val2"),
      CsiModels.SATISFACTION, List.of("sat1", "sat2", "sat3"),
      CsiModels.COMPLAINTS, List.of("compl1"),
      CsiModels.LOYALTY, List.of("loy1", "recommend")));

  /** The estimator: defaults (centroid, standardized items), leaving out respondents who skipped an item. */
  public static final PlsPathModeling PLS =
      PlsPathModeling.withDefaults().withMissingAnswers(MissingAnswers.DROP_RESPONDENT);

  private final Survey survey;
  private final Map<String, CustomerStatus> statusById;

  /**
   * Creates the example over the sample data and the sample survey.
   *
   * @param data the sample data
   */
  public SatisfactionExample(SampleData data) {
    this.survey = survey(data);
    this.statusById = data.book().customers().stream()
        .collect(Collectors.toMap(c -> c.id().value(), Customer::status));
  }

  /**
   * Reads the sample satisfaction survey ({@code sample/satisfaction-survey.json}): made-up answers of the book's
   * customers over four quarters.
   *
   * @param data the sample data, whose mapper reads the file
   * @return the survey
   */
  public static Survey survey(SampleData data) {
    return data.read("satisfaction-survey.json", new TypeReference<Survey>() {});
  }

  /**
   * Estimates the ACSI model.
   *
   * @return the estimate
   */
  public PlsEstimate estimate() {
    return PLS.estimate(MODEL, survey);
  }

  /**
   * Estimates the ACSI model keeping every respondent (missing answers replaced by the item mean) and weighting
   * each response so that every customer status counts in the proportion it has in the book, not among those who
   * answered: weight = share of the status in the book / its share among the responses.
   *
   * @return the weighted estimate, which reports the option used and the answers replaced
   */
  public PlsEstimate estimateWeightedToTheBook() {
    Map<CustomerStatus, Long> inBook = statusById.values().stream()
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    Map<CustomerStatus, Long> answered = survey.responses().stream()
        .collect(Collectors.groupingBy(this::segmentOf, Collectors.counting()));
    double books = statusById.size();
    double responses = survey.responses().size();
    return PLS.withMissingAnswers(MissingAnswers.MEAN_REPLACEMENT).estimate(MODEL, survey, response -> {
      CustomerStatus status = segmentOf(response);
      return (inBook.get(status) / books) / (answered.get(status) / responses);
    });
  }

  /**
   * Compares loyal shippers with all others: MICOM per construct, and each path's difference with its permutation
   * p-value and bootstrap interval (500 permutations, 500 resamples of each group, seed 7).
   *
   * @return the comparison
   */
  public GroupComparison loyalAgainstOthers() {
    return PlsGroupComparison.withDefaults().withEstimator(PLS).withDraws(500, 500, 7)
        .compare(MODEL, survey, r -> segmentOf(r) == CustomerStatus.LOYAL, "LOYAL", "others");
  }

  /**
   * Computes the satisfaction index (ACSI convention) per customer status, with weights estimated once on all
   * respondents.
   *
   * @return the index per status
   */
  public Map<CustomerStatus, SatisfactionIndex> indexBySegment() {
    return CsiIndex.withDefaults().withEstimator(PLS)
        .bySegment(MODEL, CsiModels.SATISFACTION, survey, this::segmentOf);
  }

  /**
   * Computes the satisfaction index per calendar quarter.
   *
   * @return the index per quarter label
   */
  public Map<String, SatisfactionIndex> indexByQuarter() {
    return CsiIndex.withDefaults().withEstimator(PLS)
        .bySegment(MODEL, CsiModels.SATISFACTION, survey, r -> CsiIndex.quarterOf(r.date()));
  }

  /**
   * Bootstraps the model: 500 resamples, seed 42, on all cores.
   *
   * @return the bootstrap figures
   */
  public BootstrapResult bootstrap() {
    return PlsBootstrap.of(PLS, 500, 42).run(MODEL, survey);
  }

  /**
   * Maps the importance and performance of loyalty's drivers: which construct, and which survey question, to
   * improve first.
   *
   * @return the importance-performance map of Loyalty
   */
  public ImportancePerformance loyaltyDrivers() {
    return Ipma.withDefaults().withEstimator(PLS).analyze(MODEL, CsiModels.LOYALTY, survey);
  }

  /**
   * Weights the three operational quality items by AHP: on-time is judged 3 times as important as damage-free and
   * 5 times as important as accurate invoices; damage-free 2 times as important as invoices.
   *
   * @return the AHP weights and their consistency
   */
  public static AhpResult qualityWeights() {
    return Ahp.withDefaults().weigh(new double[][] {
        {1, 3, 5},
        {1 / 3.0, 1, 2},
        {1 / 5.0, 1 / 2.0, 1}});
  }

  /**
   * Computes the AHP-weighted quality index of one segment's responses.
   *
   * @param status the segment
   * @return the index over qual1, qual2 and qual3
   */
  public SatisfactionIndex qualityIndex(CustomerStatus status) {
    List<SurveyItem> items = List.of(survey.item("qual1").orElseThrow(), survey.item("qual2").orElseThrow(),
        survey.item("qual3").orElseThrow());
    return WeightedCsi.fromAhp(items, qualityWeights()).index(segment(status), MissingAnswers.REJECT);
  }

  /**
   * Computes one segment's Net Promoter Score from the "recommend" item.
   *
   * @param status the segment
   * @return the NPS with its counts
   */
  public NpsResult nps(CustomerStatus status) {
    return Nps.of(segment(status), "recommend", MissingAnswers.REJECT);
  }

  /**
   * Compares one segment's perceived quality with its expectations: the mean of the 1-10 quality items over the
   * mean of the expectation items.
   *
   * @param status the segment
   * @return the Kotler ratio and verdict
   */
  public KotlerAssessment kotler(CustomerStatus status) {
    Survey survey = segment(status);
    double perceived = mean(survey, "qual1", "qual2", "qual3");
    double expected = mean(survey, "expe1", "expe2");
    return KotlerRatio.withDefaults().assess(perceived, expected);
  }

  /**
   * Returns the responses of one customer segment.
   *
   * @param status the segment
   * @return a survey with the same items and that segment's responses
   */
  public Survey segment(CustomerStatus status) {
    return survey.withResponses(survey.responses().stream().filter(r -> segmentOf(r) == status).toList());
  }

  private CustomerStatus segmentOf(SurveyResponse response) {
    return statusById.get(response.customer().value());
  }

  private static double mean(Survey survey, String... items) {
    double sum = 0;
    int n = 0;
    for (SurveyResponse r : survey.responses()) {
      for (String item : items) {
        sum += r.answers().get(item);
        n++;
      }
    }
    return sum / n;
  }
}
