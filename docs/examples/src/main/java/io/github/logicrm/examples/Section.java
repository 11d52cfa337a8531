package io.github.logicrm.examples;

import java.io.PrintStream;

/** One part of the scorecard, usually one domain area scoring the sample book its own way. */
interface Section {

  /**
   * Returns the heading printed above the section.
   *
   * @return the title
   */
  String title();

  /**
   * Scores the sample data and prints the result.
   *
   * @param data the sample data
   * @param out where to print
   */
  void print(SampleData data, PrintStream out);
}
