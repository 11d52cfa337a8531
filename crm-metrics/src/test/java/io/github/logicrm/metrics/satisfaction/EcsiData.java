package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.StructuralPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

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

  /** The ECSI mobile phone study (Tenenhaus et al. 2005): 250 respondents, 24 items on 1-10. */
  static EcsiData mobi() {
    return read("mobi.csv", 24);
  }

  private static EcsiData read(String file, int numeric) {
    Path path = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "ecsi", file);
    Assumptions.assumeTrue(Files.isRegularFile(path), "shared data not available");
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
