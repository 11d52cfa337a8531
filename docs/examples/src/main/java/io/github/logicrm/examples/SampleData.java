package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.customer.CustomerBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The sample data the examples score: a made-up book of logistics customers and their history, read as JSON
 * from the {@code sample/} resources through the LogiCRM Jackson module.
 */
public final class SampleData {

  /** The date the sample book is valued at: "today" for every example, so the output never changes. */
  public static final LocalDate VALUATION_DATE = LocalDate.of(2026, 10, 31);

  private final ObjectMapper mapper;
  private final CustomerBook book;

  private SampleData(ObjectMapper mapper, CustomerBook book) {
    this.mapper = mapper;
    this.book = book;
  }

  /**
   * Loads the sample data.
   *
   * @return the sample data
   * @throws UncheckedIOException if a resource is missing or is not valid
   */
  public static SampleData load() {
    // findAndRegisterModules() finds LogiCrmModule through ServiceLoader: no LogiCRM class named here.
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    return new SampleData(mapper, read(mapper, "customer-book.json", new TypeReference<CustomerBook>() {}));
  }

  /**
   * Returns the customer book.
   *
   * @return the book, not null
   */
  public CustomerBook book() {
    return book;
  }

  /**
   * Reads another sample resource with the same mapper.
   *
   * @param name file name under {@code sample/}
   * @param type what to read it as
   * @param <T> result type
   * @return the value read
   * @throws UncheckedIOException if the resource is missing or is not valid
   */
  public <T> T read(String name, TypeReference<T> type) {
    return read(mapper, name, type);
  }

  private static <T> T read(ObjectMapper mapper, String name, TypeReference<T> type) {
    try (InputStream in = SampleData.class.getResourceAsStream("/sample/" + name)) {
      if (in == null) {
        throw new IOException("sample resource not found: " + name);
      }
      return mapper.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample/" + name, e);
    }
  }
}
