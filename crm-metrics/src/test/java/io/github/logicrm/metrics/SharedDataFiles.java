package io.github.logicrm.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Test support: a file of the reference data sets in {@code <logicrm.shared.dir>/data} (surefire sets the
 * property to the {@code shared} folder beside the checkout). The calling test is skipped when the file is
 * absent, so a clone without the data still passes.
 */
public final class SharedDataFiles {

  private SharedDataFiles() {}

  /**
   * Resolves a data file, skipping the calling test when it is absent.
   *
   * @param parts path below {@code data/}, e.g. {@code "cdnow", "CDNOW_master.txt"}
   * @return the existing file
   */
  public static Path file(String... parts) {
    Path path = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data");
    for (String part : parts) {
      path = path.resolve(part);
    }
    Assumptions.assumeTrue(Files.isRegularFile(path), "shared data not available: " + path);
    return path;
  }
}
