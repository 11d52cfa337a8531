package io.github.logicrm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import io.github.logicrm.core.segmentation.ValueIndicators;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes up the sample book's monthly volume histories and value indicators from a fixed seed, so the committed
 * files {@code sample/volume-histories.json} and {@code sample/value-indicators.json} can be regenerated and
 * checked ({@code SegmentationSampleTest}). Run {@link #main} from the repository root to rewrite them.
 *
 * <p>Every customer with a relationship start gets 36 months of shipments and revenue ending at the valuation
 * month, shaped by its record: lost customers stop ordering, first-time customers have only started, customers
 * with negative growth potential decline, those above 8% grow, the rest are steady. Prospects and potential
 * customers have no history.
 */
final class SegmentationSampleGenerator {

  static final int PERIODS = 36;
  static final YearMonth FIRST_MONTH = YearMonth.from(SampleData.VALUATION_DATE).minusMonths(PERIODS - 1);

  private SegmentationSampleGenerator() {}

  static List<VolumeHistory> histories(List<Customer> customers) {
    SplittableRandom random = new SplittableRandom(2026);
    List<VolumeHistory> histories = new ArrayList<>();
    for (Customer c : customers) {
      if (c.relationshipStart().isEmpty()) {
        continue;
      }
      long sinceStart = ChronoUnit.MONTHS.between(FIRST_MONTH, YearMonth.from(c.relationshipStart().get()));
      int start = (int) Math.max(0, sinceStart);
      int end = PERIODS;
      double growth = c.growthPotential().orElse(0.0);
      double level = 10 + 40 * Math.pow(c.annualRevenue().orElse(1e8) / 1e8, 1.4); // a skewed, Pareto-like book
      double pricePerShipment = 300 + random.nextInt(600);
      double seasonality = random.nextDouble(0.3);
      int phase = random.nextInt(12);
      double noise = 0.05 + random.nextDouble(0.1);
      Shape shape;
      if (c.status() == CustomerStatus.LOST) {
        shape = Shape.STOPPED;
        end = PERIODS - 6 - random.nextInt(8);
      } else if (c.status() == CustomerStatus.FIRST_TIME && start > 0) {
        shape = Shape.NEW;
        start = PERIODS - 2 - random.nextInt(4);
      } else if (growth < -0.02) {
        shape = Shape.DECLINING;
      } else if (growth > 0.08) {
        shape = Shape.GROWING;
      } else {
        shape = Shape.STEADY;
      }
      double[] shipments = new double[PERIODS];
      double[] revenue = new double[PERIODS];
      for (int t = start; t < end; t++) {
        double trend = shape.factor(t, start);
        double season = 1 + seasonality * Math.sin(2 * Math.PI * (t + phase) / 12);
        double s = Math.max(1, Math.round(level * trend * season * (1 + noise * random.nextGaussian())));
        shipments[t] = s;
        revenue[t] = Math.round(s * pricePerShipment * (1 + 0.03 * random.nextGaussian()));
      }
      VolumeHistory.Builder b = VolumeHistory.builder().customerId(c.id());
      for (int t = 0; t < PERIODS; t++) {
        b.addShipments(shipments[t]).addRevenue(revenue[t]);
      }
      histories.add(b.build());
    }
    return histories;
  }

  /** How a made-up customer's volume moves over the months since its start. */
  private enum Shape {
    STEADY, GROWING, DECLINING, STOPPED, NEW;

    double factor(int t, int start) {
      return switch (this) {
        case GROWING -> Math.pow(1.05, Math.max(0, t - (PERIODS - 15))) * 0.6;
        case DECLINING -> Math.pow(0.95, Math.max(0, t - (PERIODS - 14)));
        case NEW -> 0.3 + 0.15 * (t - start);
        case STEADY, STOPPED -> 1;
      };
    }
  }

  static List<ValueIndicators> indicators(List<Customer> customers, List<VolumeHistory> histories) {
    SplittableRandom random = new SplittableRandom(2027);
    double totalRevenue = 0;
    for (VolumeHistory h : histories) {
      totalRevenue += lastYear(h.revenue());
    }
    List<ValueIndicators> rows = new ArrayList<>();
    for (VolumeHistory h : histories) {
      Customer c = customers.stream().filter(x -> x.id().equals(h.customerId())).findFirst().orElseThrow();
      double volume = lastYear(h.shipments());
      double revenue = lastYear(h.revenue());
      double growth = c.growthPotential().orElse(random.nextDouble(-0.05, 0.1));
      rows.add(ValueIndicators.builder()
          .customerId(h.customerId())
          .volume(volume)
          .revenue(revenue)
          .contributionShare(round(revenue / totalRevenue, 4))
          .receivablesCollectionRate(round(0.7 + random.nextDouble(0.3), 2))
          .plannedVolume(Math.round(volume * (1 + growth)))
          .plannedGrowth(growth)
          .loyalty(Math.round(Math.min(100, 20 + 15 * c.relationshipLevel().ordinal() + random.nextDouble(20))))
          .truckWaitingFees(Math.round(volume * random.nextDouble(8)))
          .storageFees(Math.round(volume * random.nextDouble(40)))
          .seasonalVolatility(round(coefficientOfVariation(h.shipments()), 3))
          .build());
    }
    return rows;
  }

  private static double lastYear(List<Double> series) {
    double sum = 0;
    for (int t = series.size() - 12; t < series.size(); t++) {
      sum += series.get(t);
    }
    return sum;
  }

  private static double coefficientOfVariation(List<Double> series) {
    List<Double> year = series.subList(series.size() - 12, series.size());
    double mean = year.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    if (mean == 0) {
      return 0;
    }
    double var = year.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
    return Math.sqrt(var) / mean;
  }

  private static double round(double x, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(x * scale) / scale;
  }

  /**
   * Rewrites the two sample files.
   *
   * @param args optional: the examples module directory (default {@code docs/examples})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path module = Path.of(args.length > 0 ? args[0] : "docs/examples");
    Path sample = module.resolve("src/main/resources/sample");
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    List<Customer> customers = SampleData.load().book().customers();
    List<VolumeHistory> histories = histories(customers);
    mapper.writeValue(sample.resolve("volume-histories.json").toFile(), histories);
    mapper.writeValue(sample.resolve("value-indicators.json").toFile(), indicators(customers, histories));
  }
}
