package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.sample.BookRecords;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Customer360ExampleTest {

  @Test
  void theConfiguredRunStatesItsHorizonAndTiersOnMargin() {
    Customer360Result result = Customer360Example.inMemory();
    assertThat(result.summary().horizonMonths()).isEqualTo(24);
    assertThat(result.summary().annualDiscountRate()).isEqualTo(0.08);
    for (CustomerProfile p : result.profiles()) {
      assertThat(p.tierValue()).isEqualTo(p.revenue12m() * p.marginRate());
    }
  }

  @Test
  void theParallelCollectorEqualsTheSerialRun() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    BookRecords records = BookRecords.of(SampleBook.of(150, 2, asOf, 3));
    Customer360Result parallel = Customer360Example.parallel(records.orders(), asOf);
    Customer360Result serial = io.github.logicrm.pipeline.Customer360.of(
            io.github.logicrm.pipeline.PipelineConfig.withDefaults().withParallel(false), asOf)
        .run(records.orders(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    assertThat(parallel.profiles()).isEqualTo(serial.profiles());
  }
}
