package io.github.logicrm.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * The main job: loads the sample customer book and prints a scorecard, one section per domain area.
 *
 * <p>Run it with {@code ./mvnw -q -Pscorecard -DskipTests verify} from the repository root.
 */
public final class Scorecard {

  static final List<Section> SECTIONS = List.of(
      new CustomerBookSection(),
      new SatisfactionSection(),
      new ClvSection(),
      new PurchaseModelSection(),
      new SwitchingLoyaltySection(),
      new LifecycleSegmentationSection(),
      new ServiceRetentionSection());

  private Scorecard() {}

  /**
   * Prints the scorecard of the sample book to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SampleData.load(), System.out);
  }

  /**
   * Prints the scorecard of the given data.
   *
   * @param data the sample data
   * @param out where to print
   */
  static void print(SampleData data, PrintStream out) {
    out.println("LogiCRM scorecard, valued at " + SampleData.VALUATION_DATE);
    for (Section section : SECTIONS) {
      out.println();
      out.println("== " + section.title() + " ==");
      section.print(data, out);
    }
  }
}
