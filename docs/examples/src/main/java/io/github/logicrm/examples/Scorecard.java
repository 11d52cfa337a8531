package io.github.logicrm.examples;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.pipeline.Customer360;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The scorecard of the sample book: one Customer 360 run over the seeded book the README's main job generates
 * (2,000 shippers over three years to 2025-12-31, seed 2026), printed as one section per domain area. Every
 * section reads the same result, so a customer has one tier, one CLV and one stage wherever it appears.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pscorecard -DskipTests verify -pl docs/examples -am} from the repository
 * root.
 */
public final class Scorecard {

  /** The last day whose records count. */
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  /** The configuration of the run: the documented defaults. */
  static final PipelineConfig CONFIG = PipelineConfig.withDefaults();
  /** Customers listed per table. */
  static final int ROWS = 10;

  static final List<Section> SECTIONS = List.of(
      new CustomerBookSection(),
      new LifetimeValueSection(),
      new LifecycleSegmentationSection(),
      new ServiceSection(),
      new SatisfactionSection(),
      new RetentionSection());

  private Scorecard() {}

  /**
   * Prints the scorecard of the sample book to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(sampleBook(), System.out);
  }

  /**
   * Generates the sample book and runs the pipeline on it.
   *
   * @return the profiles and the book summary
   */
  static Customer360Result sampleBook() {
    BookRecords records = BookRecords.of(SampleBook.of(2_000, 3, AS_OF, 2026));
    return Customer360.of(CONFIG, AS_OF)
        .run(records.orders(), records.invoices(), records.surveys(), records.customers());
  }

  /**
   * Prints the scorecard of a result.
   *
   * @param result the profiles and the book summary
   * @param out where to print
   */
  static void print(Customer360Result result, PrintStream out) {
    out.println("LogiCRM scorecard, as of " + result.summary().asOf() + "; amounts in the book currency");
    for (Section section : SECTIONS) {
      out.println();
      out.println("== " + section.title() + " ==");
      section.print(result, CONFIG, out);
    }
  }

  /** Returns the first {@link #ROWS} profiles that pass a filter, in the given order. */
  static List<CustomerProfile> top(Customer360Result result, Predicate<CustomerProfile> filter,
      Comparator<CustomerProfile> order) {
    return result.profiles().stream().filter(filter).sorted(order).limit(ROWS).toList();
  }

  /** Formats an amount with thousands separators and two decimals. */
  static String money(double amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** Formats a share as a percentage with one decimal. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** Formats a count with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Formats a figure with the given number of decimals. */
  static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
