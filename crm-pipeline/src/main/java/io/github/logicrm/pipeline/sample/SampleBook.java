package io.github.logicrm.pipeline.sample;

import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded generator of a logistics provider's customer book: shippers with heterogeneous order rates and
 * dropout, regular replenishment shippers, seasonality, growth and decline, multi-line orders, service failures
 * that cluster by lane, monthly invoices with prompt, late and non-paying payers, a customer master with
 * segments, regions and dependencies, and a satisfaction survey whose answers follow the service each respondent's
 * company received.
 *
 * <p>Every record carries only what the CSV files of {@code crm-io} carry (complaints as a count, line items named
 * by their line number), so a book written to files and read back equals the book generated in memory.
 *
 * <p>The same seed and settings give the same book, record for record; each customer is generated from its own
 * random stream, so the book does not depend on how it is consumed. Times are in UTC. Immutable and thread-safe.
 */
public final class SampleBook {

  /** The rated items of the generated survey, on a 1-10 scale. */
  public static final List<String> SURVEY_ITEMS = List.of("on_time", "condition", "communication", "price", "overall",
      "reputation", "expected_service", "value_for_money", "meets_needs", "complaint_handling", "would_reorder");

  /**
   * The items of {@link #SURVEY_ITEMS} by the ECSI construct they measure (the block names of
   * {@code metrics.satisfaction.CsiModels}), in the ECSI's block order. The answers follow the ECSI's structure:
   * image drives expectations, satisfaction and loyalty; expectations drive quality, value and satisfaction; the
   * perceived quality of the delivery (on time, in good condition, well informed) follows the service the
   * respondent's company received and drives value and satisfaction; satisfaction drives the judgement of
   * complaint handling and loyalty.
   */
  public static final Map<String, List<String>> SURVEY_BLOCKS = surveyBlocks();

  private static final String[] SEGMENTS = {"retail", "electronics", "automotive", "food", "chemicals"};
  private static final String[] REGIONS = {"north", "east", "south", "west"};
  private static final int LANES = 24;
  private static final long DAY_MILLIS = 86_400_000L;

  private final int customers;
  private final int years;
  private final LocalDate asOf;
  private final long seed;
  private final double[] laneLateRate;

  private SampleBook(int customers, int years, LocalDate asOf, long seed) {
    this.customers = customers;
    this.years = years;
    this.asOf = asOf;
    this.seed = seed;
    SplittableRandom lanes = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.laneLateRate = new double[LANES];
    for (int l = 0; l < LANES; l++) {
      laneLateRate[l] = l % 6 == 0 ? 0.15 + 0.15 * lanes.nextDouble() : 0.01 + 0.04 * lanes.nextDouble();
    }
  }

  /**
   * Makes a generator.
   *
   * @param customers number of shippers, {@code > 0}
   * @param years years of history up to the as-of date, {@code > 0}
   * @param asOf the last day of the history, not null
   * @param seed the random seed
   * @return the generator
   * @throws IllegalArgumentException if a count is not positive
   */
  public static SampleBook of(int customers, int years, LocalDate asOf, long seed) {
    if (!(customers > 0)) {
      throw new IllegalArgumentException("customers must be > 0: " + customers);
    }
    if (!(years > 0)) {
      throw new IllegalArgumentException("years must be > 0: " + years);
    }
    return new SampleBook(customers, years, java.util.Objects.requireNonNull(asOf, "asOf"), seed);
  }

  /**
   * Returns the as-of date: the last day of the generated history.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the id of the customer with the given index, {@code C00001} for index 0 and so on.
   *
   * @param index customer index, from 0
   * @return the id
   */
  public static CustomerId customerId(int index) {
    return CustomerId.of(String.format("C%05d", index + 1));
  }

  /**
   * Generates the whole book into a sink, customer by customer in index order.
   *
   * @param sink receives the records, not null
   */
  public void generate(BookSink sink) {
    for (int i = 0; i < customers; i++) {
      generate(i, sink);
    }
  }

  /**
   * Generates one customer's records.
   *
   * @param index the customer index, in {@code [0, customers)}
   * @param sink receives the records, not null
   */
  public void generate(int index, BookSink sink) {
    new Shipper(index).emit(sink);
  }

  /** One shipper's hidden traits and the records that follow from them. */
  private final class Shipper {
    final int index;
    final CustomerId id;
    final SplittableRandom random;
    final boolean regular;
    final double ordersPerWeek;
    final double seasonality;
    final double growthPerYear;
    final long startDay;
    final long dropoutDay;
    final double orderValue;
    final double margin;
    final int homeLane;
    final int payer;
    final String segment;
    int failures;
    int shipments;

    Shipper(int index) {
      this.index = index;
      this.id = customerId(index);
      this.random = new SplittableRandom(seed * 1_000_003L + index);
      long end = asOf.toEpochDay();
      long begin = asOf.minusYears(years).plusDays(1).toEpochDay();
      this.regular = random.nextDouble() < 0.2;
      this.ordersPerWeek = regular ? 1 + random.nextInt(3) : gamma(0.6, 1.2);
      this.seasonality = random.nextDouble() < 0.4 ? 0.2 + 0.3 * random.nextDouble() : 0;
      this.growthPerYear = random.nextDouble() < 0.3 ? -0.4 + 0.9 * random.nextDouble() : 0;
      this.startDay = random.nextDouble() < 0.5 ? begin : begin + random.nextLong(end - begin - 30);
      double yearsAlive = -Math.log(1 - random.nextDouble()) * (regular ? 10 : 5);
      this.dropoutDay = startDay + (long) (yearsAlive * 365);
      this.orderValue = Math.exp(6 + random.nextGaussian());
      this.margin = 0.05 + 0.3 * random.nextDouble();
      this.homeLane = random.nextInt(LANES);
      double p = random.nextDouble();
      this.payer = p < 0.7 ? 0 : p < 0.93 ? 1 : 2;
      this.segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
    }

    void emit(BookSink sink) {
      CustomerRecord.Builder master = CustomerRecord.builder().customerId(id).name("Shipper " + (index + 1))
          .segment(segment).region(REGIONS[random.nextInt(REGIONS.length)])
          .relationshipStart(LocalDate.ofEpochDay(startDay));
      if (index > 0 && random.nextDouble() < 0.05) {
        master.addDependsOn(customerId(random.nextInt(index)));
      }
      sink.customer(master.build());
      Map<Long, Long> monthlyCents = new LinkedHashMap<>();
      long end = Math.min(asOf.toEpochDay(), dropoutDay);
      int orderNo = 0;
      for (long day = startDay; day <= end; day++) {
        if (random.nextDouble() < dailyRate(day)) {
          OrderRecord order = order(day, ++orderNo);
          sink.order(order);
          long month = LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
          monthlyCents.merge(month, Math.round(order.revenue() * 100), Long::sum);
        }
      }
      invoices(monthlyCents, sink);
      survey(sink);
    }

    double dailyRate(long day) {
      double yearsIn = (day - startDay) / 365.25;
      double season = 1 + seasonality * Math.sin(2 * Math.PI * LocalDate.ofEpochDay(day).getDayOfYear() / 365.25);
      double trend = Math.max(0.05, 1 + growthPerYear * yearsIn);
      return Math.min(0.95, ordersPerWeek / 7 * season * trend);
    }

    OrderRecord order(long day, int orderNo) {
      int lane = random.nextDouble() < 0.8 ? homeLane : random.nextInt(LANES);
      boolean late = random.nextDouble() < laneLateRate[lane];
      int transitDays = 1 + random.nextInt(3);
      Instant shipped = Instant.ofEpochMilli(day * DAY_MILLIS + (6 + random.nextInt(10)) * 3_600_000L);
      Instant due = Instant.ofEpochMilli((day + transitDays) * DAY_MILLIS);
      TimeWindow requested = TimeWindow.of(due.plus(Duration.ofHours(8)), due.plus(Duration.ofHours(18)));
      Instant delivered = late
          ? requested.end().plus(Duration.ofHours(2 + random.nextInt(30)))
          : requested.start().plus(Duration.ofMinutes(random.nextInt(600)));
      int lineCount = 1 + (random.nextDouble() < 0.4 ? random.nextInt(4) : 0);
      List<ShipmentLine> lines = new ArrayList<>(lineCount);
      boolean failed = late;
      for (int l = 1; l <= lineCount; l++) {
        double ordered = 1 + random.nextInt(40);
        double received = random.nextDouble() < 0.02 ? ordered - 1 : ordered;
        double damaged = random.nextDouble() < 0.01 ? 1 : 0;
        failed |= received < ordered || damaged > 0;
        lines.add(ShipmentLine.builder().item(Integer.toString(l)).orderedQuantity(ordered)
            .deliveredQuantity(received).damagedQuantity(Math.min(damaged, received)).build());
      }
      boolean documents = random.nextDouble() > 0.02;
      boolean tracking = random.nextDouble() > 0.03;
      failed |= !documents || !tracking;
      shipments++;
      if (failed) {
        failures++;
      }
      double revenue = Math.round(orderValue * Math.exp(0.3 * random.nextGaussian()) * 100) / 100.0;
      List<Complaint> complaints = new ArrayList<>();
      if (random.nextDouble() < (failed ? 0.3 : 0.01)) {
        complaints.add(Complaint.open(ComplaintCategory.OTHER));
      }
      Shipment shipment = Shipment.builder()
          .orderId(id.value() + "-" + orderNo)
          .customerId(id)
          .lines(lines)
          .requestedWindow(requested)
          .shippedAt(shipped)
          .deliveredAt(delivered)
          .deliveredToAgreedLocation(random.nextDouble() > 0.005)
          .quotedPrice(revenue)
          .invoicedPrice(revenue)
          .contractTermsMet(random.nextDouble() > 0.01)
          .documentsComplete(documents)
          .trackingComplete(tracking)
          .complaints(complaints)
          .build();
      OrderRecord.Builder order = OrderRecord.builder().shipment(shipment).revenue(revenue)
          .cost(Math.round(revenue * (1 - margin) * 100) / 100.0)
          .lane("L" + (lane + 1));
      if (index > 0 && random.nextDouble() < 0.03) {
        order.consigneeId(customerId(random.nextInt(customers)));
      }
      return order.build();
    }

    void invoices(Map<Long, Long> monthlyCents, BookSink sink) {
      monthlyCents.forEach((month, cents) -> {
        LocalDate issued = LocalDate.ofEpochDay(month).plusMonths(1).withDayOfMonth(1);
        if (issued.isAfter(asOf)) {
          return;
        }
        LocalDate due = issued.plusDays(30);
        LocalDate paid = switch (payer) {
          case 0 -> due.minusDays(random.nextInt(20));
          case 1 -> due.plusDays(10 + random.nextInt(50));
          default -> random.nextDouble() < 0.5 ? null : due.plusDays(60 + random.nextInt(60));
        };
        InvoiceRecord.Builder invoice = InvoiceRecord.builder().customerId(id)
            .invoiceId("INV-" + id.value() + "-" + issued).issuedOn(issued).dueOn(due).amount(cents / 100.0);
        if (paid != null && !paid.isAfter(asOf)) {
          invoice.paidOn(paid);
        }
        sink.invoice(invoice.build());
      });
    }

    void survey(BookSink sink) {
      if (shipments == 0 || random.nextDouble() > 0.3) {
        return;
      }
      double failureRate = (double) failures / shipments;
      int respondents = 1 + random.nextInt(3);
      for (int r = 1; r <= respondents; r++) {
        SurveyRecord.Builder response = SurveyRecord.builder().customerId(id).respondentId(id.value() + "-R" + r)
            .answeredOn(asOf.minusDays(random.nextInt(300)));
        // Latent scores in standard-deviation units; the service the company received shifts quality.
        double image = random.nextGaussian();
        double expectations = 0.5 * image + 0.85 * random.nextGaussian();
        double quality = 0.3 * expectations + 8 * (0.12 - failureRate) + 0.8 * random.nextGaussian();
        double value = 0.25 * expectations + 0.45 * quality + 0.8 * random.nextGaussian();
        double satisfaction = 0.15 * image + 0.05 * expectations + 0.5 * quality + 0.3 * value
            + 0.6 * random.nextGaussian();
        double complaints = 0.6 * satisfaction + 0.8 * random.nextGaussian();
        double loyalty = 0.2 * image + 0.5 * satisfaction + 0.15 * complaints + 0.7 * random.nextGaussian();
        response.putAnswers("on_time", answer(6.8, 1.4, quality))
            .putAnswers("condition", answer(8.2, 0.9, quality))
            .putAnswers("communication", answer(7.3, 1.0, quality))
            .putAnswers("price", answer(6.5, 1.0, value))
            .putAnswers("overall", answer(7.4, 1.2, satisfaction))
            .putAnswers("reputation", answer(7.5, 1.2, image))
            .putAnswers("expected_service", answer(7.5, 1.0, expectations))
            .putAnswers("value_for_money", answer(7.0, 1.2, value))
            .putAnswers("meets_needs", answer(7.6, 1.1, satisfaction))
            .putAnswers("complaint_handling", answer(6.9, 1.2, complaints))
            .putAnswers("would_reorder", answer(7.8, 1.2, loyalty));
        response.recommend((int) clamp(Math.round(7.5 + 1.5 * loyalty + random.nextGaussian()), 0, 10));
        sink.survey(response.build());
      }
    }

    /** An answer on the 1-10 scale: centre plus loading times the latent score plus item noise, rounded. */
    double answer(double centre, double loading, double latent) {
      return clamp(Math.round(centre + loading * latent + 0.7 * random.nextGaussian()), 1, 10);
    }

    double gamma(double shape, double scale) {
      // Marsaglia and Tsang, with the shape < 1 boost.
      double boost = 1;
      double k = shape;
      if (k < 1) {
        boost = Math.pow(random.nextDouble(), 1 / k);
        k += 1;
      }
      double d = k - 1.0 / 3;
      double c = 1 / Math.sqrt(9 * d);
      while (true) {
        double z = random.nextGaussian();
        double v = Math.pow(1 + c * z, 3);
        if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
          return boost * d * v * scale;
        }
      }
    }
  }

  private static Map<String, List<String>> surveyBlocks() {
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    blocks.put("Image", List.of("reputation"));
    blocks.put("Expectations", List.of("expected_service"));
    blocks.put("Quality", List.of("on_time", "condition", "communication"));
    blocks.put("Value", List.of("price", "value_for_money"));
    blocks.put("Satisfaction", List.of("overall", "meets_needs"));
    blocks.put("Complaints", List.of("complaint_handling"));
    blocks.put("Loyalty", List.of("would_reorder"));
    return java.util.Collections.unmodifiableMap(blocks);
  }

  private static long clamp(long value, long lo, long hi) {
    return Math.max(lo, Math.min(hi, value));
  }

  @Override
  public String toString() {
    return "SampleBook[" + customers + " customers, " + years + " years to " + asOf + ", seed " + seed + "]";
  }
}
