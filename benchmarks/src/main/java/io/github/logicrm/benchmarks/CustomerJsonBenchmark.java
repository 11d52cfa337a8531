package io.github.logicrm.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.customer.ChannelKind;
import io.github.logicrm.core.customer.Contact;
import io.github.logicrm.core.customer.ContactChannel;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.customer.LogisticsService;
import io.github.logicrm.core.customer.RelationshipLevel;
import io.github.logicrm.jackson.LogiCrmModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a customer record and reading and writing it as JSON: the cost of taking a customer in from a TMS.
 *
 * <p>Inputs are made once from a fixed seed and cycled, so nothing constant-folds. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar CustomerJsonBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CustomerJsonBenchmark {

  private static final int SIZE = 1024;

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new LogiCrmModule());
  private String[] names;
  private double[] revenues;
  private Customer[] customers;
  private String[] json;
  private int next;

  /**
   * Makes the inputs from a fixed seed.
   *
   * @throws IOException never for these inputs
   */
  @Setup
  public void setUp() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    names = new String[SIZE];
    revenues = new double[SIZE];
    customers = new Customer[SIZE];
    json = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      names[i] = "Shipper " + i;
      revenues[i] = 1e6 + random.nextDouble() * 1e9;
      customers[i] = build(i);
      json[i] = mapper.writeValueAsString(customers[i]);
    }
  }

  private int nextIndex() {
    next = (next + 1) & (SIZE - 1);
    return next;
  }

  private Customer build(int i) {
    return Customer.builder()
        .id(CustomerId.of(names[i]))
        .name(names[i])
        .status(CustomerStatus.REPEAT)
        .relationshipLevel(RelationshipLevel.PROACTIVE)
        .relationshipStart(LocalDate.of(2020, 1, 1).plusDays(i))
        .addServices(LogisticsService.TRANSPORT, LogisticsService.WAREHOUSING)
        .addContacts(Contact.builder()
            .name("Contact " + i)
            .role("logistics manager")
            .addChannels(ContactChannel.of(ChannelKind.EMAIL, "ops" + i + "@example.com"))
            .build())
        .annualRevenue(revenues[i])
        .marketShare(0.01)
        .build();
  }

  /**
   * Builds and validates one customer.
   *
   * @return the customer
   */
  @Benchmark
  public Customer buildCustomer() {
    return build(nextIndex());
  }

  /**
   * Writes one customer as JSON.
   *
   * @return the JSON text
   * @throws IOException never for these inputs
   */
  @Benchmark
  public String writeJson() throws IOException {
    return mapper.writeValueAsString(customers[nextIndex()]);
  }

  /**
   * Reads and validates one customer from JSON.
   *
   * @return the customer
   * @throws IOException never for these inputs
   */
  @Benchmark
  public Customer readJson() throws IOException {
    return mapper.readValue(json[nextIndex()], Customer.class);
  }
}
