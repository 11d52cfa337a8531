package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.customer.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Some of a book's customers scored with the book's fit: the seam for a host that finishes a book on many machines
 * (a Spark partition is a slice). Each customer's own figures (P(alive), expected orders and order value, CLV,
 * lifecycle stage, service record, own churn risk) depend only on its summary, the configuration and the
 * {@link BookFit}, so every slice scores its customers where they are; {@link #entries()} gives the book-level steps
 * ({@link BookRanking}) what they need, and {@link #profiles(List, Map)} builds the profiles from the ranks they give
 * back. Scoring the whole book as one slice is exactly what {@link Customer360#finish(BookBuffer)} does.
 *
 * <pre>{@code
 * BookSlice slice = pipeline.scoreSlice(summaries, fit);       // on each machine
 * List<BookRanking.Entry> entries = slice.entries();           // gathered in one place, in customer-id order
 * BookRanking ranking = BookRanking.of(pipeline, allEntries, master);
 * List<CustomerProfile> profiles = slice.profiles(ranksOfThisSlice, master);
 * }</pre>
 *
 * <p>Not thread-safe; the profiles of a slice are built once.
 */
public final class BookSlice {

  private final BookScorer scorer;
  private final List<CustomerId> customerIds;

  private BookSlice(BookScorer scorer, List<CustomerId> customerIds) {
    this.scorer = scorer;
    this.customerIds = customerIds;
  }

  static BookSlice score(Customer360 pipeline, Collection<CustomerSummary> summaries, BookFit fit) {
    for (CustomerSummary s : summaries) {
      s.requireFrom(pipeline);
    }
    List<CustomerSummary> sorted = BookScorer.sortedWithOrders(summaries);
    BookScorer scorer = new BookScorer(pipeline, sorted);
    scorer.scoreOwn(fit);
    return new BookSlice(scorer, sorted.stream().map(CustomerSummary::customerId).toList());
  }

  /**
   * Returns the slice's customers with orders, in customer-id order: the order of {@link #entries()} and of the
   * ranks {@link #profiles(List, Map)} takes.
   *
   * @return the customer ids, sorted
   */
  public List<CustomerId> customerIds() {
    return customerIds;
  }

  /**
   * Returns what the book-level steps need of each customer.
   *
   * @return one entry per customer, in customer-id order
   */
  public List<BookRanking.Entry> entries() {
    return scorer.entries();
  }

  /**
   * Builds the profiles of the slice's customers.
   *
   * @param ranks each customer's rank in the book, in the order of {@link #customerIds()}, not null
   * @param master the customer master by customer id, not null (may be empty)
   * @return one profile per customer, in customer-id order
   * @throws IllegalArgumentException if the number of ranks differs from the number of customers
   */
  public List<CustomerProfile> profiles(List<BookRanking.Rank> ranks, Map<CustomerId, CustomerRecord> master) {
    return scorer.profiles(ranks, master);
  }
}
