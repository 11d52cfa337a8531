package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A path model's items gathered from the caller's data, checked and laid out for the engine: one column per
 * item, block by block, in the model's order; answers recoded for reverse-coded survey items; missing answers
 * rejected, their respondents dropped, the answers replaced by the item mean, or kept as NaN for pairwise
 * deletion, as the caller chose.
 */
final class ModelData {

  /** Reads the answer of one respondent to one item; NaN means no answer. */
  private interface Answers {
    double get(int respondent, int item);
  }

  final PathModel model;
  final List<String> items;
  final double[][] columns;
  final int respondents;
  final int dropped;
  final MissingAnswers policy;
  /** Answers replaced by their item's mean (MEAN_REPLACEMENT), or left NaN (PAIRWISE_DELETION). */
  final int missing;
  final int[] keptRows;
  final int[] blockSizes;
  final boolean[] modeB;
  final boolean[][] drives;

  private ModelData(PathModel model, List<String> items, double[][] columns, int[] keptRows, int dropped,
      MissingAnswers policy, int missing) {
    this.model = model;
    this.items = items;
    this.columns = columns;
    this.respondents = keptRows.length;
    this.keptRows = keptRows;
    this.dropped = dropped;
    this.policy = policy;
    this.missing = missing;
    List<LatentBlock> blocks = model.blocks();
    int lvs = blocks.size();
    this.blockSizes = new int[lvs];
    this.modeB = new boolean[lvs];
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < lvs; j++) {
      blockSizes[j] = blocks.get(j).items().size();
      modeB[j] = blocks.get(j).mode() == OuterMode.B;
      index.put(blocks.get(j).name(), j);
    }
    this.drives = new boolean[lvs][lvs];
    for (StructuralPath path : model.paths()) {
      drives[index.get(path.from())][index.get(path.to())] = true;
    }
  }

  /**
   * Gathers the model's items from a matrix whose columns are named.
   *
   * @throws IllegalArgumentException for unknown items, ragged or non-finite rows, missing answers under REJECT,
   *     too few respondents or constant items
   */
  static ModelData fromRows(PathModel model, List<String> columns, double[][] rows, MissingAnswers policy) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(policy, "missingAnswers");
    Map<String, Integer> position = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      position.put(columns.get(c), c);
    }
    List<String> items = model.items();
    int[] source = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Integer c = position.get(items.get(i));
      if (c == null) {
        throw new IllegalArgumentException("item '" + items.get(i) + "' of block '" + blockOf(model, items.get(i))
            + "' is not among the columns " + columns);
      }
      source[i] = c;
    }
    int p = source.length;
    boolean[] dropped = new boolean[rows.length];
    int kept = 0;
    for (int t = 0; t < rows.length; t++) {
      double[] row = rows[t];
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(
            "rows[" + t + "] length must equal columns length " + columns.size() + ": " + row.length);
      }
      int missing = -1;
      for (int i = 0; i < p; i++) {
        double v = row[source[i]];
        if (Double.isNaN(v)) {
          missing = missing < 0 ? i : missing;
        } else if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              "rows[" + t + "][" + items.get(i) + "] must be finite, or NaN for no answer: " + v);
        }
      }
      if (missing >= 0 && !keepsRespondents(policy)) {
        rejectOrDrop(policy, t, items.get(missing));
        dropped[t] = true;
      } else {
        kept++;
      }
    }
    checkEnoughRespondents(model, kept);
    double[][] data = new double[p][kept];
    int[] keptRows = new int[kept];
    for (int t = 0, c = 0; t < rows.length; t++) {
      if (!dropped[t]) {
        double[] row = rows[t];
        for (int i = 0; i < p; i++) {
          data[i][c] = row[source[i]];
        }
        keptRows[c++] = t;
      }
    }
    return checked(model, items, data, keptRows, rows.length, policy);
  }

  /**
   * Gathers the model's items from a survey, recoding reverse-coded items.
   *
   * @throws IllegalArgumentException for items the survey does not declare, missing answers under REJECT, too few
   *     respondents or constant items
   */
  static ModelData fromSurvey(PathModel model, Survey survey, MissingAnswers policy) {
    Objects.requireNonNull(policy, "missingAnswers");
    List<String> items = model.items();
    SurveyItem[] declared = declared(model, survey);
    List<SurveyResponse> responses = survey.responses();
    return gather(model, items, responses.size(), (t, i) -> {
      Double v = responses.get(t).answers().get(items.get(i));
      return v == null ? Double.NaN : declared[i].recode(v);
    }, policy);
  }

  /** The survey's declaration of each model item, in model item order. */
  static SurveyItem[] declared(PathModel model, Survey survey) {
    List<String> items = model.items();
    SurveyItem[] declared = new SurveyItem[items.size()];
    for (int i = 0; i < declared.length; i++) {
      String name = items.get(i);
      declared[i] = survey.item(name).orElseThrow(() -> new IllegalArgumentException("item '" + name
          + "' of block '" + blockOf(model, name) + "' is not an item of the survey "
          + survey.items().stream().map(SurveyItem::name).toList()));
    }
    return declared;
  }

  private static ModelData gather(PathModel model, List<String> items, int rows, Answers answers,
      MissingAnswers policy) {
    List<Integer> kept = new ArrayList<>();
    for (int t = 0; t < rows; t++) {
      int missing = firstMissing(answers, t, items.size());
      if (missing < 0 || keepsRespondents(policy)) {
        kept.add(t);
      } else {
        rejectOrDrop(policy, t, items.get(missing));
      }
    }
    int n = kept.size();
    checkEnoughRespondents(model, n);
    double[][] columns = new double[items.size()][n];
    int[] keptRows = new int[n];
    for (int t = 0; t < n; t++) {
      keptRows[t] = kept.get(t);
      for (int i = 0; i < items.size(); i++) {
        columns[i][t] = answers.get(keptRows[t], i);
      }
    }
    return checked(model, items, columns, keptRows, rows, policy);
  }

  private static boolean keepsRespondents(MissingAnswers policy) {
    return policy == MissingAnswers.MEAN_REPLACEMENT || policy == MissingAnswers.PAIRWISE_DELETION;
  }

  private static void rejectOrDrop(MissingAnswers policy, int respondent, String item) {
    if (Objects.requireNonNull(policy, "missingAnswers") == MissingAnswers.REJECT) {
      throw new IllegalArgumentException("respondent " + respondent + " has no answer to item '" + item
          + "' (missing answers are rejected; choose MissingAnswers.DROP_RESPONDENT, MEAN_REPLACEMENT or "
          + "PAIRWISE_DELETION to keep going)");
    }
  }

  /**
   * The largest magnitude of an answer: beyond it sums of squares could overflow, and no rating scale comes near
   * it.
   */
  static final double MAX_ANSWER = 1e100;

  /**
   * Rejects answers of overflowing magnitude and constant items, replaces missing answers by the item mean under
   * MEAN_REPLACEMENT (NaN stays under PAIRWISE_DELETION), and wraps the columns.
   */
  private static ModelData checked(PathModel model, List<String> items, double[][] columns, int[] keptRows,
      int rows, MissingAnswers policy) {
    int n = keptRows.length;
    int missing = 0;
    for (int i = 0; i < items.size(); i++) {
      double[] column = columns[i];
      for (int t = 0; t < n; t++) {
        double v = column[t];
        if (!Double.isNaN(v) && !(v >= -MAX_ANSWER && v <= MAX_ANSWER)) {   // NaN: a missing answer kept
          throw new IllegalArgumentException("answer of respondent " + keptRows[t] + " to item '" + items.get(i)
              + "' must be in [" + -MAX_ANSWER + ", " + MAX_ANSWER + "]: " + v);
        }
      }
      double first = Double.NaN;
      boolean constant = true;
      double sum = 0;
      int answered = 0;
      for (int t = 0; t < n; t++) {
        if (!Double.isNaN(column[t])) {
          constant &= answered == 0 || column[t] == first;
          first = answered == 0 ? column[t] : first;
          sum += column[t];
          answered++;
        }
      }
      if (answered == 0) {
        throw new IllegalArgumentException("item '" + items.get(i) + "' has no answers; remove it from block '"
            + blockOf(model, items.get(i)) + "'");
      }
      if (constant) {
        throw new IllegalArgumentException("item '" + items.get(i) + "' is constant (every answer is " + first
            + "): a constant item cannot be standardized or weighted; remove it from block '"
            + blockOf(model, items.get(i)) + "'");
      }
      missing += n - answered;
      if (policy == MissingAnswers.MEAN_REPLACEMENT && answered < n) {
        double mean = sum / answered;
        for (int t = 0; t < n; t++) {
          column[t] = Double.isNaN(column[t]) ? mean : column[t];
        }
      }
    }
    return new ModelData(model, items, columns, keptRows, rows - n, policy, missing);
  }

  /**
   * Rejects data kept with missing answers for pairwise deletion, for a calculator that needs complete columns.
   *
   * @throws IllegalArgumentException under PAIRWISE_DELETION when an answer is missing
   */
  void requireComplete(String calculator) {
    if (policy == MissingAnswers.PAIRWISE_DELETION && missing > 0) {
      throw new IllegalArgumentException("missingAnswers of " + calculator + " must not be PAIRWISE_DELETION ("
          + missing + " answers are missing): choose MEAN_REPLACEMENT or DROP_RESPONDENT");
    }
  }

  private static int firstMissing(Answers answers, int t, int items) {
    for (int i = 0; i < items; i++) {
      if (Double.isNaN(answers.get(t, i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Requires more respondents than the parameters of the model's largest regression: an equation's predictors
   * plus its intercept, or a mode B block's items plus the intercept.
   */
  static void checkEnoughRespondents(PathModel model, int n) {
    int largest = 0;
    String where = "";
    for (LatentBlock block : model.blocks()) {
      int equation = model.predecessors(block.name()).size() + 1;
      if (equation > largest) {
        largest = equation;
        where = "the equation of '" + block.name() + "'";
      }
      int formative = block.mode() == OuterMode.B ? block.items().size() + 1 : 0;
      if (formative > largest) {
        largest = formative;
        where = "the mode B weights of '" + block.name() + "'";
      }
    }
    if (n <= largest) {
      throw new IllegalArgumentException("respondents must be more than the " + largest
          + " parameters of the largest regression of the model (" + where + "): " + n);
    }
  }

  static String blockOf(PathModel model, String item) {
    return model.blocks().stream().filter(b -> b.items().contains(item)).findFirst()
        .map(LatentBlock::name).orElse("?");
  }
}
