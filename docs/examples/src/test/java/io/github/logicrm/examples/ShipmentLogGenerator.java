package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes the sample shipment log {@code sample/shipments.csv} (made-up data) from the sample book, with a fixed
 * seed: three years of shipments up to the valuation date, each customer shipping at its own Poisson rate
 * (higher for loyal customers), lost customers stopping at a random date, first-time customers shipping once.
 * Shipment values follow the Gamma-Gamma spend model (p = 1, q = 4, gamma = 12000).
 * Run {@code main} to rewrite the file; {@link ShipmentLogTest} checks that the committed file is its output.
 */
final class ShipmentLogGenerator {

  static final Path FILE = Path.of("src/main/resources/sample/shipments.csv");
  private static final LocalDate WINDOW_START = SampleData.VALUATION_DATE.minusYears(3).plusDays(1);

  private ShipmentLogGenerator() {}

  static String generate(CustomerBook book) {
    SplittableRandom random = new SplittableRandom(20261031);
    List<String[]> rows = new ArrayList<>();
    for (Customer c : book.customers()) {
      if (c.relationshipStart().isEmpty() || c.status() == CustomerStatus.POTENTIAL
          || c.status() == CustomerStatus.PROSPECT) {
        continue;
      }
      LocalDate first = c.relationshipStart().get();
      if (first.isBefore(WINDOW_START)) {
        first = WINDOW_START.plusDays(random.nextInt(90));
      }
      double perWeek = switch (c.status()) {
        case LOYAL -> 0.5 + random.nextDouble();
        case REPEAT -> 0.15 + 0.45 * random.nextDouble();
        case LOST -> 0.2 + 0.4 * random.nextDouble();
        case FIRST_TIME, POTENTIAL, PROSPECT -> 0;
      };
      LocalDate stop = c.status() == CustomerStatus.LOST
          ? first.plusDays(60 + random.nextInt(500)) : SampleData.VALUATION_DATE;
      // Gamma-Gamma spend: a customer-level rate nu ~ gamma(4, 12000), shipment values gamma(1, nu)
      double nu = gamma(random, 4) / 4000 / 3;
      LocalDate day = first;
      while (!day.isAfter(stop) && !day.isAfter(SampleData.VALUATION_DATE)) {
        double amount = gamma(random, 1) / nu;
        rows.add(new String[] {c.id().value(), day.toString(), String.format(Locale.ROOT, "%.2f", amount)});
        if (perWeek == 0) {
          break;
        }
        day = day.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * 7 / perWeek));
      }
    }
    rows.sort(Comparator.comparing((String[] r) -> r[1]).thenComparing(r -> r[0]));
    StringBuilder csv = new StringBuilder("customerId,date,amount\n");
    for (String[] r : rows) {
      csv.append(String.join(",", r)).append('\n');
    }
    return csv.toString();
  }

  /** Gamma(shape, 1) for a whole-number shape: a sum of exponentials. */
  private static double gamma(SplittableRandom random, int shape) {
    double sum = 0;
    for (int i = 0; i < shape; i++) {
      sum -= Math.log(1 - random.nextDouble());
    }
    return sum;
  }

  /**
   * Rewrites the sample log; run from {@code docs/examples}.
   *
   * @param args ignored
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    CustomerBook book = SampleData.load().read("customer-book.json", new TypeReference<CustomerBook>() {});
    Files.writeString(FILE, generate(book), StandardCharsets.UTF_8);
  }
}
