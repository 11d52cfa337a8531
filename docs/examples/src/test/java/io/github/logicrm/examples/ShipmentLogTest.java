package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShipmentLogTest {

  @Test
  void committedLogIsTheGeneratorsOutput() throws IOException {
    try (InputStream in = ShipmentLogTest.class.getResourceAsStream("/sample/shipments.csv")) {
      assertThat(in).as("sample/shipments.csv").isNotNull();
      String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(committed).isEqualTo(ShipmentLogGenerator.generate(SampleData.load().book()));
    }
  }
}
