package io.github.logicrm.examples;

import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerStatus;
import java.io.PrintStream;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The book itself: who the customers are, their status, relationship and the triangular links. */
final class CustomerBookSection implements Section {

  @Override
  public String title() {
    return "Customer book";
  }

  @Override
  public void print(SampleData data, PrintStream out) {
    CustomerBook book = data.book();
    Map<CustomerStatus, Long> byStatus = book.customers().stream()
        .collect(Collectors.groupingBy(Customer::status, () -> new EnumMap<>(CustomerStatus.class),
            Collectors.counting()));
    out.printf("%d customers, %d links; by status: %s%n", book.customers().size(), book.links().size(), byStatus);
    Table table = new Table("id", "name", "status", "relationship", "tenure (y)", "services", "dependents");
    for (Customer c : book.customers()) {
      String tenure = c.relationshipStart()
          .map(start -> String.valueOf(Period.between(start, SampleData.VALUATION_DATE).getYears()))
          .orElse("-");
      table.row(c.id(), c.name(), c.status(), c.relationshipLevel(), tenure, c.services().size(),
          book.dependentsOf(c.id()).size());
    }
    table.print(out);
  }
}
