package io.github.logicrm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.retention.LetGoReason;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Makes the made-up service sample data from a fixed seed: a year of shipments of the sample book as a TMS would
 * send them ({@code shipments.json}), each customer's receivables ({@code receivables.json}) and the win-back case
 * of each customer with business ({@code win-back-cases.json}).
 *
 * <p>The files are committed under {@code src/main/resources/sample/}; a test checks that running this again gives
 * the same bytes. Regenerate with {@code SampleServiceData.main(new String[] {"docs/examples/src/main/resources/sample"})}.
 *
 * <p>How the made-up book behaves: potential customers and prospects have no shipments; first-time customers
 * started in the last two months; lost customers stopped three to six months before the valuation date; one in
 * four repeat or loyal customers cut its volume in the last quarter. Each customer has its own service quality, so
 * late, short, damaged and badly documented deliveries cluster on some accounts. Delivery windows are booked in the
 * receiving site's local time (Asia/Shanghai) and converted to instants.
 */
public final class SampleServiceData {

  /** The seed of every random draw. */
  public static final long SEED = 20261031L;
  /** The zone the made-up sites book their windows in. */
  public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");
  /** First day of the shipment history: a year before the valuation date. */
  public static final LocalDate FIRST_DAY = SampleData.VALUATION_DATE.minusYears(1).plusDays(1);
  /** Gross margin on invoiced revenue assumed for the made-up lifetime values. */
  static final double MARGIN = 0.18;

  private final List<Shipment> shipments = new ArrayList<>();
  private final Map<String, Map<String, Double>> receivables = new TreeMap<>();
  private final List<WinBackCase> winBackCases = new ArrayList<>();

  private SampleServiceData(CustomerBook book) {
    SplittableRandom random = new SplittableRandom(SEED);
    Map<CustomerId, Double> revenue = new LinkedHashMap<>();
    Map<CustomerId, SplittableRandom> streams = new LinkedHashMap<>();
    for (Customer c : book.customers()) {
      streams.put(c.id(), random.split());
    }
    for (Customer c : book.customers()) {
      revenue.put(c.id(), ship(c, streams.get(c.id())));
    }
    List<CustomerId> ranked = new ArrayList<>(revenue.keySet());
    ranked.sort(Comparator.comparing((CustomerId id) -> -revenue.get(id)).thenComparing(id -> id));
    for (Customer c : book.customers()) {
      SplittableRandom r = streams.get(c.id());
      double billed = revenue.get(c.id());
      double outstanding = round(billed / 6 * (0.5 + r.nextDouble()));
      double overdueShare = r.nextInt(8) == 0 ? 0.3 + 0.5 * r.nextDouble() : 0.12 * r.nextDouble();
      Map<String, Double> position = new LinkedHashMap<>();
      position.put("outstanding", outstanding);
      position.put("overdue", round(outstanding * overdueShare));
      receivables.put(c.id().value(), position);
      if (billed > 0) {
        winBackCases.add(winBackCase(c, billed, tier(ranked.indexOf(c.id())), overdueShare, r));
      }
    }
  }

  /**
   * Makes the sample data of a book.
   *
   * @param book the sample book, not null
   * @return the data
   */
  public static SampleServiceData generate(CustomerBook book) {
    return new SampleServiceData(book);
  }

  private static ValueTier tier(int rank) {
    return rank < 3 ? ValueTier.KEY : rank < 11 ? ValueTier.MAJOR : rank < 27 ? ValueTier.ORDINARY : ValueTier.SMALL;
  }

  /** Adds a year of the customer's shipments and returns what was invoiced. */
  private double ship(Customer c, SplittableRandom r) {
    CustomerStatus status = c.status();
    if (status == CustomerStatus.POTENTIAL || status == CustomerStatus.PROSPECT) {
      return 0;
    }
    double perMonth = 1 + 3 * r.nextDouble();
    double quality = 0.3 + 1.7 * r.nextDouble() * r.nextDouble();     // failure multiplier, most accounts good
    double price = 800 + r.nextInt(52) * 100;
    int firstMonth = status == CustomerStatus.FIRST_TIME ? 10 : 0;
    int lastMonth = status == CustomerStatus.LOST ? 11 - (3 + r.nextInt(4)) : 11;
    boolean declining = (status == CustomerStatus.REPEAT || status == CustomerStatus.LOYAL) && r.nextInt(4) == 0;
    double invoiced = 0;
    int seq = 0;
    for (int month = firstMonth; month <= lastMonth; month++) {
      double rate = declining && month >= 9 ? perMonth * 0.3 : perMonth;
      int count = (int) Math.floor(rate + r.nextDouble());
      for (int k = 0; k < count; k++) {
        LocalDate day = FIRST_DAY.plusMonths(month).plusDays(r.nextInt(28));
        Shipment s = shipment(c.id(), ++seq, day, price, quality, r);
        shipments.add(s);
        invoiced += s.invoicedPrice();
      }
    }
    return invoiced;
  }

  private static Shipment shipment(CustomerId id, int seq, LocalDate day, double price, double quality,
      SplittableRandom r) {
    Instant start = day.atTime(LocalTime.of(9, 0)).atZone(SITE_ZONE).toInstant();
    Instant requestedEnd = day.atTime(LocalTime.of(12, 0)).atZone(SITE_ZONE).toInstant();
    Instant committedEnd = r.nextInt(10) < 3 ? day.atTime(LocalTime.of(14, 0)).atZone(SITE_ZONE).toInstant()
        : requestedEnd;
    Instant delivered;
    double draw = r.nextDouble();
    if (draw < 0.08 * quality) {
      delivered = committedEnd.plus(Duration.ofMinutes(10 + r.nextInt(290)));
    } else if (draw < 0.08 * quality + 0.05) {
      delivered = start.minus(Duration.ofMinutes(10 + r.nextInt(50)));
    } else {
      delivered = start.plus(Duration.ofMinutes(r.nextInt((int) Duration.between(start, committedEnd).toMinutes() + 1)));
    }
    Shipment.Builder b = Shipment.builder()
        .orderId(String.format("SO-%s-%03d", id.value().substring(2), seq))
        .customerId(id)
        .requestedWindow(TimeWindow.of(start, requestedEnd))
        .shippedAt(start.minus(Duration.ofHours(6 + r.nextInt(30))))
        .deliveredAt(delivered)
        .deliveredToAgreedLocation(r.nextDouble() >= 0.01 * quality)
        .quotedPrice(price)
        .invoicedPrice(r.nextDouble() < 0.03 * quality ? price + 50 * (1 + r.nextInt(6)) : price)
        .contractTermsMet(r.nextDouble() >= 0.02 * quality)
        .documentsComplete(r.nextDouble() >= 0.03 * quality)
        .trackingComplete(r.nextDouble() >= 0.05 * quality);
    if (!committedEnd.equals(requestedEnd)) {
      b.committedWindow(TimeWindow.of(start, committedEnd));
    }
    boolean shortDelivered = false;
    boolean damaged = false;
    int lines = 1 + r.nextInt(3);
    for (int l = 0; l < lines; l++) {
      int ordered = 5 * (1 + r.nextInt(40));
      int delivered0 = r.nextDouble() < 0.04 * quality ? ordered - 1 - r.nextInt(5) : ordered;
      int broken = r.nextDouble() < 0.03 * quality ? 1 + r.nextInt(3) : 0;
      shortDelivered |= delivered0 < ordered;
      damaged |= broken > 0;
      b.addLines(ShipmentLine.builder().item("SKU-" + (100 + r.nextInt(900))).orderedQuantity(ordered)
          .deliveredQuantity(delivered0).damagedQuantity(broken).build());
    }
    boolean late = delivered.isAfter(committedEnd);
    ComplaintCategory about = late ? ComplaintCategory.DELAY : damaged ? ComplaintCategory.DAMAGE
        : shortDelivered ? ComplaintCategory.SHORTAGE : null;
    if (about != null && r.nextInt(10) < 4) {
      b.addComplaints(r.nextInt(10) == 0 ? Complaint.open(about)
          : Complaint.resolved(about, Duration.ofHours(2 + r.nextInt(118))));
    }
    return b.build();
  }

  private static WinBackCase winBackCase(Customer c, double billed, ValueTier tier, double overdueShare,
      SplittableRandom r) {
    double clv = round(billed * MARGIN * 4);
    WinBackCase.Builder b = WinBackCase.builder()
        .customerId(c.id())
        .tier(tier)
        .clvIfRecovered(clv)
        .clvIfLost(round(clv * 0.05))
        .successProbability(Math.round((c.status() == CustomerStatus.LOST ? 0.15 + 0.2 * r.nextDouble()
            : 0.35 + 0.3 * r.nextDouble()) * 100) / 100.0)
        .recoveryCost(round(clv * (0.02 + 0.3 * r.nextDouble())));
    if (overdueShare >= 0.3) {
      b.addLetGoReasons(LetGoReason.NON_PAYING);
    }
    if (r.nextInt(20) == 0) {
      b.addLetGoReasons(LetGoReason.values()[r.nextInt(LetGoReason.values().length)]);
    }
    return b.build();
  }

  private static double round(double amount) {
    return Math.round(amount * 100) / 100.0;
  }

  /**
   * Returns the shipments, customer by customer in book order, each customer's by date.
   *
   * @return the shipments
   */
  public List<Shipment> shipments() {
    return shipments;
  }

  /**
   * Writes the three files into a directory.
   *
   * @param dir the directory, which must exist
   * @throws UncheckedIOException if a file cannot be written
   */
  public void write(Path dir) {
    try {
      for (Map.Entry<String, String> file : files().entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the text of each file, by file name.
   *
   * @return the JSON texts
   * @throws UncheckedIOException never for this data
   */
  public Map<String, String> files() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    ObjectMapper pretty = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, String> files = new LinkedHashMap<>();
    try {
      files.put("shipments.json", oneObjectPerLine(mapper, shipments));
      files.put("win-back-cases.json", oneObjectPerLine(mapper, winBackCases));
      files.put("receivables.json", pretty.writeValueAsString(receivables) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String oneObjectPerLine(ObjectMapper mapper, List<?> values) throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < values.size(); i++) {
      json.append("  ").append(mapper.writeValueAsString(values.get(i))).append(i + 1 < values.size() ? ",\n" : "\n");
    }
    return json.append("]\n").toString();
  }

  /**
   * Writes the sample files.
   *
   * @param args the target directory, e.g. {@code docs/examples/src/main/resources/sample}
   */
  public static void main(String[] args) {
    generate(SampleData.load().book()).write(Path.of(args[0]));
  }
}
