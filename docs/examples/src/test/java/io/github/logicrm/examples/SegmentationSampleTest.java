package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import io.github.logicrm.core.segmentation.ValueIndicators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed sample histories and indicators are exactly what the seeded generator makes. */
class SegmentationSampleTest {

  @Test
  void committedSampleFilesAreReproducible() {
    SampleData data = SampleData.load();
    List<Customer> customers = data.book().customers();
    List<VolumeHistory> histories = SegmentationSampleGenerator.histories(customers);
    assertThat(data.read("volume-histories.json", new TypeReference<List<VolumeHistory>>() {}))
        .isEqualTo(histories);
    assertThat(data.read("value-indicators.json", new TypeReference<List<ValueIndicators>>() {}))
        .isEqualTo(SegmentationSampleGenerator.indicators(customers, histories));
    long withHistory = customers.stream().filter(c -> c.relationshipStart().isPresent()).count();
    assertThat(histories).hasSize((int) withHistory);
  }
}
