package io.github.logicrm.io;

import java.util.Locale;
import java.util.Objects;

/** The layout of an input file. */
public enum InputFormat {
  /** CSV: RFC 4180, UTF-8, a header row naming the columns in any order. */
  CSV,
  /** JSON Lines: one flat JSON object per line, UTF-8, with the CSV column names as field names. */
  JSON_LINES;

  /**
   * Guesses the format from a file name: {@code .jsonl}, {@code .ndjson} and {@code .json} (also followed by
   * nothing else) are JSON Lines; every other name is CSV.
   *
   * @param fileName the file or source name, not null
   * @return the format
   */
  public static InputFormat ofFileName(String fileName) {
    String name = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? JSON_LINES : CSV;
  }
}
