package io.github.logicrm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Makes the sample satisfaction survey ({@code sample/satisfaction-survey.json}) from the sample book, with a
 * fixed seed: made-up answers of every customer with service experience, one response a quarter from 2025-Q4 to
 * 2026-Q3, drawn from an ACSI-shaped model in which loyal customers are happier and lost ones less so. About 3%
 * of responses skip the second value question. Test code only; {@link SatisfactionSurveyTest} checks that the
 * committed file is what this makes.
 *
 * <p>Run from the repository root to rewrite the file:
 * {@code ./mvnw -q -pl docs/examples -am test-compile} and then this class's {@code main} on the test class path.
 */
final class SatisfactionSurveyGenerator {

  static final Path FILE = Path.of("docs/examples/src/main/resources/sample/satisfaction-survey.json");
  private static final LocalDate[] QUARTER_DATES = {
      LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1)};

  private SatisfactionSurveyGenerator() {}

  static Survey generate(CustomerBook book) {
    SplittableRandom random = new SplittableRandom(20261031);
    Survey.Builder survey = Survey.builder()
        .addItems(item("expe1", 1, 10, "Before signing, how reliable did you expect our service to be?"))
        .addItems(item("expe2", 1, 10, "How well did you expect us to meet your specific needs?"))
        .addItems(item("qual1", 1, 10, "On-time pickup and delivery"))
        .addItems(item("qual2", 1, 10, "Goods delivered without damage or loss"))
        .addItems(item("qual3", 1, 10, "Accuracy of invoices and documents"))
        .addItems(SurveyItem.builder().name("qual4").min(1).max(5).reverseCoded(true)
            .label("How often did you have to chase a shipment? (1 never - 5 every week)").build())
        .addItems(item("val1", 1, 10, "Service quality for the price paid"))
        .addItems(item("val2", 1, 10, "Price compared with other carriers of the same quality"))
        .addItems(item("sat1", 1, 10, "Overall, how satisfied are you with our service?"))
        .addItems(item("sat2", 1, 10, "How well did we meet your expectations?"))
        .addItems(item("sat3", 1, 10, "How close are we to your ideal logistics provider?"))
        .addItems(item("compl1", 1, 10, "If you complained: how well was the complaint handled?"))
        .addItems(item("loy1", 1, 10, "How likely are you to renew the contract?"))
        .addItems(item("recommend", 0, 10, "How likely are you to recommend us to a business partner?"));
    for (Customer customer : book.customers()) {
      double base = base(customer.status());
      if (Double.isNaN(base)) {
        continue;
      }
      double own = 0.4 * gaussian(random);
      for (int q = 0; q < QUARTER_DATES.length; q++) {
        if (answers(customer.status(), q)) {
          survey.addResponses(response(customer, QUARTER_DATES[q].plusDays(random.nextInt(28)), base + own, random));
        }
      }
    }
    return survey.build();
  }

  /** Mean satisfaction shift by status; NaN for customers without service experience. */
  private static double base(CustomerStatus status) {
    return switch (status) {
      case LOYAL -> 0.8;
      case REPEAT -> 0.3;
      case FIRST_TIME -> 0.0;
      case LOST -> -0.9;
      case POTENTIAL, PROSPECT -> Double.NaN;
    };
  }

  /** Lost customers answered before they left; first-time customers only since they arrived. */
  private static boolean answers(CustomerStatus status, int quarter) {
    return status == CustomerStatus.LOST ? quarter < 2 : status != CustomerStatus.FIRST_TIME || quarter >= 2;
  }

  private static SurveyResponse response(Customer customer, LocalDate date, double c, SplittableRandom r) {
    double e = 0.2 * c + 0.95 * gaussian(r);
    double quality = 0.6 * c + 0.4 * e + 0.6 * gaussian(r);
    double value = 0.3 * e + 0.5 * quality + 0.6 * gaussian(r);
    double satisfaction = 0.1 * e + 0.5 * quality + 0.3 * value + 0.4 * gaussian(r);
    double complaints = 0.5 * satisfaction + 0.8 * gaussian(r);
    double loyalty = 0.6 * satisfaction + 0.2 * complaints + 0.6 * gaussian(r);
    SurveyResponse.Builder b = SurveyResponse.builder().customer(customer.id()).date(date)
        .putAnswers("expe1", answer(e, 0.80, 7, 1.5, 1, 10, r))
        .putAnswers("expe2", answer(e, 0.75, 6.9, 1.5, 1, 10, r))
        .putAnswers("qual1", answer(quality, 0.85, 6.9, 1.6, 1, 10, r))
        .putAnswers("qual2", answer(quality, 0.80, 7.1, 1.4, 1, 10, r))
        .putAnswers("qual3", answer(quality, 0.70, 6.9, 1.5, 1, 10, r))
        .putAnswers("qual4", answer(-quality, 0.70, 2.3, 0.9, 1, 5, r))
        .putAnswers("val1", answer(value, 0.85, 6.5, 1.6, 1, 10, r));
    if (r.nextDouble() >= 0.03) {
      b.putAnswers("val2", answer(value, 0.80, 6.2, 1.7, 1, 10, r));
    }
    return b.putAnswers("sat1", answer(satisfaction, 0.90, 7, 1.6, 1, 10, r))
        .putAnswers("sat2", answer(satisfaction, 0.85, 6.8, 1.6, 1, 10, r))
        .putAnswers("sat3", answer(satisfaction, 0.80, 6.3, 1.7, 1, 10, r))
        .putAnswers("compl1", answer(complaints, 0.9, 6.5, 1.8, 1, 10, r))
        .putAnswers("loy1", answer(loyalty, 0.85, 7, 1.7, 1, 10, r))
        .putAnswers("recommend", answer(loyalty, 0.85, 7.4, 1.9, 0, 10, r))
        .build();
  }

  /** A whole-number answer: mean + sd (loading * latent + noise), rounded and kept on the scale. */
  private static double answer(double latent, double loading, double mean, double sd, int min, int max,
      SplittableRandom r) {
    double x = mean + sd * (loading * latent + Math.sqrt(1 - loading * loading) * gaussian(r));
    return Math.max(min, Math.min(max, Math.rint(x)));
  }

  private static SurveyItem item(String name, int min, int max, String label) {
    return SurveyItem.builder().name(name).min(min).max(max).label(label).build();
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /**
   * Rewrites the sample survey file; run from the repository root.
   *
   * @param args ignored
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(FILE, mapper.writeValueAsString(generate(SampleData.load().book())) + "\n");
  }
}
