package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.util.Arrays;
import java.util.Objects;

/**
 * Net Promoter Score from answers to the 0-10 "how likely are you to recommend us?" question: promoters answer
 * 9-10, passives 7-8, detractors 0-6; NPS = %promoters - %detractors.
 *
 * <p>Answers must be whole numbers from 0 to 10. The array forms allocate nothing. Stateless and thread-safe.
 */
public final class Nps {

  private Nps() {}

  /**
   * Counts promoters, passives and detractors.
   *
   * @param answers the answers, each a whole number in [0, 10]; not empty
   * @return the counts and the score
   * @throws IllegalArgumentException if the array is empty or an answer is not a whole number in [0, 10]
   */
  public static NpsResult of(double[] answers) {
    int[] counts = new int[3];
    count(answers, counts);
    return NpsResult.of(counts[0], counts[1], counts[2]);
  }

  /**
   * Counts promoters, passives and detractors into an array, allocating nothing.
   *
   * @param answers the answers, each a whole number in [0, 10]; not empty
   * @param counts receives promoters, passives, detractors at indices 0, 1, 2; length at least 3
   * @throws IllegalArgumentException if the array is empty, an answer is not a whole number in [0, 10], or
   *     {@code counts} is too short
   */
  public static void count(double[] answers, int[] counts) {
    if (counts.length < 3) {
      throw new IllegalArgumentException("counts length must be >= 3: " + counts.length);
    }
    long tally = tally(answers);
    int promoters = (int) (tally >>> 32);
    int detractors = (int) tally;
    counts[0] = promoters;
    counts[1] = answers.length - promoters - detractors;
    counts[2] = detractors;
  }

  /**
   * Returns the score only, allocating nothing.
   *
   * @param answers the answers, each a whole number in [0, 10]; not empty
   * @return NPS in [-100, 100]
   * @throws IllegalArgumentException if the array is empty or an answer is not a whole number in [0, 10]
   */
  public static double score(double[] answers) {
    long tally = tally(answers);
    int promoters = (int) (tally >>> 32);
    int detractors = (int) tally;
    return 100.0 * (promoters - detractors) / answers.length;
  }

  /** Promoters in the high 32 bits, detractors in the low 32 bits; validates every answer. */
  private static long tally(double[] answers) {
    if (answers.length == 0) {
      throw new IllegalArgumentException("answers must not be empty");
    }
    long promoters = 0;
    long detractors = 0;
    for (int i = 0; i < answers.length; i++) {
      double a = answers[i];
      if (!(a >= 0 && a <= 10 && a == Math.rint(a))) {
        throw new IllegalArgumentException("answers[" + i + "] must be a whole number in [0, 10]: " + a);
      }
      promoters += a >= 9 ? 1 : 0;
      detractors += a <= 6 ? 1 : 0;
    }
    return promoters << 32 | detractors;
  }

  /**
   * Computes the NPS of one survey item.
   *
   * @param survey the survey, not null
   * @param item the name of the recommendation item, declared on the scale [0, 10] and not reverse coded
   * @param missingAnswers what to do with respondents who skipped the item
   * @return the counts and the score
   * @throws IllegalArgumentException if the item is unknown or not a plain 0-10 item, an answer is missing under
   *     {@link MissingAnswers#REJECT}, no respondent answered, or the option is neither REJECT nor DROP_RESPONDENT
   */
  public static NpsResult of(Survey survey, String item, MissingAnswers missingAnswers) {
    Objects.requireNonNull(missingAnswers, "missingAnswers").requireRespondentLevel("Nps");
    SurveyItem declared = survey.item(item).orElseThrow(() -> new IllegalArgumentException(
        "item '" + item + "' is not an item of the survey"));
    if (declared.min() != 0 || declared.max() != 10 || declared.reverseCoded()) {
      throw new IllegalArgumentException("item '" + item + "' must be a 0-10 item that is not reverse coded: ["
          + declared.min() + ", " + declared.max() + "]" + (declared.reverseCoded() ? " reverse coded" : ""));
    }
    double[] answers = new double[survey.responses().size()];
    int n = 0;
    for (int t = 0; t < answers.length; t++) {
      SurveyResponse r = survey.responses().get(t);
      Double a = r.answers().get(item);
      if (a != null) {
        answers[n++] = a;
      } else if (missingAnswers == MissingAnswers.REJECT) {
        throw new IllegalArgumentException("respondent " + t + " has no answer to item '" + item
            + "' (missing answers are rejected; choose MissingAnswers.DROP_RESPONDENT to leave such respondents out)");
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("item '" + item + "' has no answers");
    }
    return of(Arrays.copyOf(answers, n));
  }
}
