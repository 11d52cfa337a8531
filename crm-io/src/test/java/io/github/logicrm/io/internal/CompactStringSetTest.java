package io.github.logicrm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompactStringSetTest {

  @Test
  void answersAsAHashSetDoes() {
    SplittableRandom random = new SplittableRandom(11);
    CompactStringSet compact = new CompactStringSet();
    Set<String> reference = new HashSet<>();
    for (int i = 0; i < 300_000; i++) {
      String text = switch (i % 3) {
        case 0 -> "SO-" + random.nextInt(200_000);
        case 1 -> Long.toString(random.nextLong(1_000_000), 36);
        default -> "é订单-" + random.nextInt(50_000) + (random.nextBoolean() ? "" : " ");
      };
      assertThat(compact.add(text)).as(text).isEqualTo(reference.add(text));
    }
    assertThat(compact.size()).isEqualTo(reference.size());
    assertThat(compact.add("")).isTrue();
    assertThat(compact.add(new StringBuilder())).isFalse();
    assertThat(compact.add(new StringBuilder("SO-1"))).isEqualTo(!reference.contains("SO-1"));
  }

  @Test
  void longTextsToo() {
    CompactStringSet set = new CompactStringSet();
    String x = "x".repeat(70_000);
    assertThat(set.add(x)).isTrue();
    assertThat(set.add("x".repeat(70_000))).isFalse();
    assertThat(set.add("x".repeat(70_001))).isTrue();
    assertThat(set.add("x".repeat(70_000 - 65_536))).isTrue();
  }
}
