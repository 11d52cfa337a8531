package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.segmentation.ValueTier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClvPrintoutTest {

  @Test
  void sampleInputsCoverEveryCustomerNotLost() {
    SampleData data = SampleData.load();
    Map<String, CashFlowProjection> projections =
        data.read("clv-projections.json", new TypeReference<Map<String, CashFlowProjection>>() {});
    Map<String, ValueTier> tiers = data.read("clv-tiers.json", new TypeReference<Map<String, ValueTier>>() {});
    var notLost = data.book().customers().stream().filter(c -> c.status() != CustomerStatus.LOST)
        .map(c -> c.id().value()).collect(Collectors.toSet());
    assertThat(projections.keySet()).isEqualTo(notLost);
    assertThat(tiers.keySet()).isEqualTo(notLost);
    MigrationModel model = data.read("clv-migration.json", new TypeReference<MigrationModel>() {});
    assertThat(model).isEqualTo(ClvGuide.recencyModel());
  }

  @Test
  void sectionPrintsEveryCustomerAndTheEquity() {
    SampleData data = SampleData.load();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ClvPrintout.print(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    for (Customer c : data.book().customers()) {
      assertThat(printed).contains(c.id().value());
    }
    assertThat(printed).contains("Customer equity of the 40 current customers");
    assertThat(printed).contains("Event projection for C-010");
  }
}
