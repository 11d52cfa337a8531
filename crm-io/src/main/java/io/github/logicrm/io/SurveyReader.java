package io.github.logicrm.io;

import static io.github.logicrm.io.internal.Row.NumberRule.FINITE;

import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.io.internal.ColumnSpec;
import io.github.logicrm.io.internal.CompactStringSet;
import io.github.logicrm.io.internal.RecordMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a survey file, one {@link SurveyRecord} per respondent.
 *
 * <p>Columns (in any order):
 * <table>
 * <caption>Survey columns</caption>
 * <tr><th>Column</th><th>Value</th></tr>
 * <tr><td>{@code customer_id}</td><td>required; listed in the customer master when
 *     {@link Builder#knownCustomers known customers} are declared</td></tr>
 * <tr><td>{@code respondent_id}</td><td>required; unique in the file</td></tr>
 * <tr><td>{@code answered_on}</td><td>required date {@code yyyy-MM-dd}</td></tr>
 * <tr><td>{@code recommend}</td><td>optional whole number in [0, 10]: "how likely are you to recommend us"</td></tr>
 * <tr><td>every other column</td><td>a rated item named by its column: a finite number on the survey's scale,
 *     or empty when the respondent skipped it</td></tr>
 * </table>
 *
 * <p>Because every other column is an item, a survey file has no unused columns: export only the item columns
 * beside the four above. Items keep the file's column order. The scale of the items is not checked here; the
 * pipeline's configuration declares it.
 *
 * <p>Memory: the set of respondent ids read.
 */
public final class SurveyReader extends RecordReader<SurveyRecord> {

  private static final int CUSTOMER_ID = 0;
  private static final int RESPONDENT_ID = 1;
  private static final int ANSWERED_ON = 2;
  private static final int RECOMMEND = 3;

  private static final ColumnSpec COLUMNS = new ColumnSpec(
      List.of("customer_id", "respondent_id", "answered_on", "recommend"), 3, true);

  private SurveyReader(Settings settings) {
    super(settings, COLUMNS);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder<SurveyReader> builder() {
    return new Builder<>(SurveyReader::new);
  }

  @Override
  RecordMapper<SurveyRecord> mapper(Settings settings) {
    Set<CustomerId> known = settings.knownCustomers;
    CompactStringSet respondentsRead = new CompactStringSet();
    return (RecordMapper.PerRow<SurveyRecord>) row -> {
      CustomerId customer = knownCustomer(row, CUSTOMER_ID, known);
      String respondent = row.required(RESPONDENT_ID);
      SurveyRecord.Builder survey = SurveyRecord.builder().customerId(customer).respondentId(respondent)
          .answeredOn(row.date(ANSWERED_ON, true));
      long recommend = row.whole(RECOMMEND, 0, 10, -1, false);
      if (recommend >= 0) {
        survey.recommend((int) recommend);
      }
      Map<String, Double> answers = new LinkedHashMap<>();
      for (int item = 0; item < row.itemCount(); item++) {
        double answer = row.number(row.itemSlot(item), FINITE, false);
        if (!Double.isNaN(answer)) {
          answers.put(row.itemName(item), answer);
        }
      }
      if (!respondentsRead.add(respondent)) {
        throw row.bad(RESPONDENT_ID, RejectReason.DUPLICATE, "respondent_id must not repeat a respondent read before");
      }
      return survey.answers(answers).build();
    };
  }
}
