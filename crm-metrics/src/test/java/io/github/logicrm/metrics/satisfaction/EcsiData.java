package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.StructuralPath;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.metrics.SharedDataFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The ECSI data sets of the shared folder, read as a header and numeric rows; tests skip when absent. */
final class EcsiData {

  final List<String> columns;
  final double[][] rows;

  private EcsiData(List<String> columns, double[][] rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** plspm's satisfaction data: 250 bank customers, 27 items on 0-10 (the gender column is left out). */
  static EcsiData satisfaction() {
    return read("satisfaction.csv", 27);
  }

  /** The gender column of plspm's satisfaction data: true for "female", one per respondent. */
  static boolean[] satisfactionFemale() {
    try {
      List<String> lines = Files.readAllLines(SharedDataFiles.file("ecsi", "satisfaction.csv"));
      boolean[] female = new boolean[lines.size() - 1];
      for (int t = 1; t < lines.size(); t++) {
        female[t - 1] = lines.get(t).endsWith("\"female\"");
      }
      return female;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ECSI mobile phone study (Tenenhaus et al. 2005): 250 respondents, 24 items on 1-10. */
  static EcsiData mobi() {
    return read("mobi.csv", 24);
  }

  private static EcsiData read(String file, int numeric) {
    Path path = SharedDataFiles.file("ecsi", file);
    try {
      List<String> lines = Files.readAllLines(path);
      List<String> columns = new ArrayList<>();
      for (String h : Arrays.asList(lines.get(0).split(",")).subList(0, numeric)) {
        columns.add(h.replace("\"", ""));
      }
      double[][] rows = new double[lines.size() - 1][numeric];
      for (int t = 1; t < lines.size(); t++) {
        String[] cells = lines.get(t).split(",");
        for (int c = 0; c < numeric; c++) {
          rows[t - 1][c] = Double.parseDouble(cells[c]);
        }
      }
      return new EcsiData(columns, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The satisfaction data as a survey of 0-10 items, one made-up customer per row. */
  Survey asSurvey() {
    return asSurvey(0, 10);
  }

  /** The data as a survey whose items are all on the scale [min, max], one made-up customer per row. */
  Survey asSurvey(double min, double max) {
    List<SurveyItem> items = new ArrayList<>();
    columns.forEach(c -> items.add(SurveyItem.of(c, min, max)));
    List<SurveyResponse> responses = new ArrayList<>();
    for (int t = 0; t < rows.length; t++) {
      SurveyResponse.Builder r = SurveyResponse.builder()
          .customer(CustomerId.of("R-" + t))
          .date(LocalDate.of(2026, 1 + t % 12, 1));
      for (int c = 0; c < columns.size(); c++) {
        r.putAnswers(columns.get(c), rows[t][c]);
      }
      responses.add(r.build());
    }
    return Survey.builder().items(items).responses(responses).build();
  }

  /** The ECSI model with the mobile phone study's item names. */
  static PathModel mobiModel() {
    return CsiModels.ecsi(Map.of(
        CsiModels.IMAGE, List.of("IMAG1", "IMAG2", "IMAG3", "IMAG4", "IMAG5"),
        CsiModels.EXPECTATIONS, List.of("CUEX1", "CUEX2", "CUEX3"),
        CsiModels.QUALITY, List.of("PERQ1", "PERQ2", "PERQ3", "PERQ4", "PERQ5", "PERQ6", "PERQ7"),
        CsiModels.VALUE, List.of("PERV1", "PERV2"),
        CsiModels.SATISFACTION, List.of("CUSA1", "CUSA2", "CUSA3"),
        CsiModels.COMPLAINTS, List.of("CUSCO"),
        CsiModels.LOYALTY, List.of("CUSL1", "CUSL2", "CUSL3")));
  }

  /** The model of DOMAIN.md for the satisfaction data: six mode A blocks, ten paths. */
  static PathModel satisfactionModel() {
    return PathModel.builder()
        .addBlocks(LatentBlock.of("IMAG", "imag1", "imag2", "imag3", "imag4", "imag5"))
        .addBlocks(LatentBlock.of("EXPE", "expe1", "expe2", "expe3", "expe4", "expe5"))
        .addBlocks(LatentBlock.of("QUAL", "qual1", "qual2", "qual3", "qual4", "qual5"))
        .addBlocks(LatentBlock.of("VAL", "val1", "val2", "val3", "val4"))
        .addBlocks(LatentBlock.of("SAT", "sat1", "sat2", "sat3", "sat4"))
        .addBlocks(LatentBlock.of("LOY", "loy1", "loy2", "loy3", "loy4"))
        .addPaths(StructuralPath.of("IMAG", "EXPE"), StructuralPath.of("EXPE", "QUAL"),
            StructuralPath.of("QUAL", "VAL"), StructuralPath.of("VAL", "SAT"), StructuralPath.of("SAT", "LOY"),
            StructuralPath.of("IMAG", "SAT"), StructuralPath.of("IMAG", "LOY"), StructuralPath.of("EXPE", "VAL"),
            StructuralPath.of("EXPE", "SAT"), StructuralPath.of("QUAL", "SAT"))
        .build();
  }
}
