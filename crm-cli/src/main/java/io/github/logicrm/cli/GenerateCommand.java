package io.github.logicrm.cli;

import io.github.logicrm.pipeline.sample.SampleBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code logicrm generate}: writes a seeded sample book as the CSV files {@code analyze} reads. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a seeded sample logistics book: shipments, invoices, surveys and the customer master.")
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--customers", defaultValue = "2000", description = "Number of shippers (default ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--years", defaultValue = "3", description = "Years of history (default ${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--as-of", required = true, description = "Last day of the history, yyyy-MM-dd.")
  LocalDate asOf;

  @Option(names = "--seed", defaultValue = "2026", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Directory to write the CSV files to.")
  Path out;

  @Override
  public Integer call() throws Exception {
    SampleBook book = SampleBook.of(customers, years, asOf, seed);
    try (BookFiles files = new BookFiles(out)) {
      book.generate(files);
      PrintWriter err = spec.commandLine().getErr();
      err.printf("Wrote %s: %,d customers, %,d orders in %,d lines, %,d invoices, %,d survey responses%n", out,
          files.customerCount, files.orderCount, files.lineCount, files.invoiceCount, files.responseCount);
    }
    return 0;
  }
}
