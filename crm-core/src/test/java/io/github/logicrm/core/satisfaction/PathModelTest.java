package io.github.logicrm.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathModelTest {

  private static PathModel.Builder threeBlocks() {
    return PathModel.builder()
        .addBlocks(LatentBlock.of("A", "a1", "a2"), LatentBlock.of("B", "b1"), LatentBlock.of("C", "c1", "c2"));
  }

  @Test
  void validModelAnswersStructuralQuestions() {
    PathModel m = threeBlocks().addPaths(StructuralPath.of("A", "B"), StructuralPath.of("A", "C"),
        StructuralPath.of("B", "C")).build();
    assertThat(m.predecessors("C")).containsExactly("A", "B");
    assertThat(m.predecessors("A")).isEmpty();
    assertThat(m.items()).containsExactly("a1", "a2", "b1", "c1", "c2");
    assertThat(m.withMode("B", OuterMode.B).block("B").orElseThrow().mode()).isEqualTo(OuterMode.B);
    assertThat(m.block("A").orElseThrow().mode()).isEqualTo(OuterMode.A);
  }

  @Test
  void cycleIsRejectedAndNamed() {
    assertThatThrownBy(() -> threeBlocks().addPaths(StructuralPath.of("A", "B"), StructuralPath.of("B", "C"),
        StructuralPath.of("C", "A")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paths must not form a cycle: A -> B -> C -> A");
  }

  @Test
  void disconnectedBlockIsRejected() {
    assertThatThrownBy(() -> threeBlocks().addPaths(StructuralPath.of("A", "B")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paths must connect every block, 'C' is not connected to 'A'");
  }

  @Test
  void structuralMistakesAreRejected() {
    assertThatThrownBy(() -> threeBlocks().addPaths(StructuralPath.of("A", "D")).build())
        .hasMessage("path A -> D names unknown block 'D'; blocks are [A, B, C]");
    assertThatThrownBy(() -> threeBlocks().addPaths(StructuralPath.of("A", "B"), StructuralPath.of("A", "B")).build())
        .hasMessage("paths must be unique, duplicate: A -> B");
    assertThatThrownBy(() -> PathModel.builder().addBlocks(LatentBlock.of("A", "x"), LatentBlock.of("B", "x"))
        .addPaths(StructuralPath.of("A", "B")).build())
        .hasMessage("item 'x' must belong to one block, found in 'A' and 'B'");
    assertThatThrownBy(() -> PathModel.builder().addBlocks(LatentBlock.of("A", "x"))
        .addPaths(StructuralPath.of("A", "B")).build())
        .hasMessage("blocks must number at least 2: 1");
    assertThatThrownBy(() -> StructuralPath.of("A", "A")).hasMessage("path must join two different blocks: A -> A");
    assertThatThrownBy(() -> LatentBlock.of("A")).hasMessage("block 'A' items must not be empty");
    assertThatThrownBy(() -> LatentBlock.of("A", "x", "x")).hasMessage("block 'A' items must be unique, duplicate: x");
  }
}
