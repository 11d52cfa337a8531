package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  @Test
  void readsOneCustomerAndRefusesTrailingContent() throws Exception {
    String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(QuickStart.run());
    assertThat(StrictJson.read(json)).isEqualTo(QuickStart.run());
    assertThatThrownBy(() -> StrictJson.read(json + " {}"))
        .isInstanceOf(MismatchedInputException.class);
  }
}
