package io.github.logicrm.examples;

import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;

/** One part of the scorecard: one domain area's view of the same Customer 360 result. */
interface Section {

  /**
   * Returns the heading printed above the section.
   *
   * @return the title
   */
  String title();

  /**
   * Prints the area's figures from the result.
   *
   * @param result the profiles and the book summary of one pipeline run
   * @param config the configuration the run used
   * @param out where to print
   */
  void print(Customer360Result result, PipelineConfig config, PrintStream out);
}
