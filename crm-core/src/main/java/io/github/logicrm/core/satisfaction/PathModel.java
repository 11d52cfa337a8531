package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.ValueStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A PLS path model: latent variables measured by blocks of items (the outer model) and the directed paths
 * between them (the inner model).
 *
 * <p>The model is recursive and connected: the paths form no cycle, and every block is joined to every other
 * through paths (ignoring direction). Block names are unique and no item belongs to two blocks. At least two
 * blocks and one path are required.
 */
@Value.Immutable
@ValueStyle
public abstract class PathModel {

  PathModel() {}

  /**
   * Returns the latent variables with their items, in the order given.
   *
   * @return the blocks, at least two
   */
  public abstract List<LatentBlock> blocks();

  /**
   * Returns the paths of the inner model, in the order given.
   *
   * @return the paths, at least one
   */
  public abstract List<StructuralPath> paths();

  /**
   * Finds a block by name.
   *
   * @param name the block's name
   * @return the block, or empty if the model has none of that name
   */
  public Optional<LatentBlock> block(String name) {
    return blocks().stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /**
   * Returns the blocks that drive the given one, in path order.
   *
   * @param name a block's name
   * @return the names of its predecessors; empty for an exogenous block or an unknown name
   */
  public List<String> predecessors(String name) {
    List<String> from = new ArrayList<>();
    paths().stream().filter(p -> p.to().equals(name)).forEach(p -> from.add(p.from()));
    return from;
  }

  /**
   * Returns this model with one block's outer mode changed.
   *
   * @param block the block's name
   * @param mode the new mode, not null
   * @return the new model
   * @throws IllegalArgumentException if the model has no block of that name
   */
  public PathModel withMode(String block, OuterMode mode) {
    block(block).orElseThrow(() -> new IllegalArgumentException("block '" + block + "' is not a block of the model"));
    List<LatentBlock> changed = new ArrayList<>();
    blocks().forEach(b -> changed.add(b.name().equals(block) ? b.withMode(mode) : b));
    return builder().blocks(changed).paths(paths()).build();
  }

  /**
   * Returns every item of the model, block by block.
   *
   * @return the item names, unique
   */
  public List<String> items() {
    List<String> items = new ArrayList<>();
    blocks().forEach(b -> items.addAll(b.items()));
    return items;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (blocks().size() < 2) {
      throw new IllegalArgumentException("blocks must number at least 2: " + blocks().size());
    }
    if (paths().isEmpty()) {
      throw new IllegalArgumentException("paths must not be empty");
    }
    Map<String, List<String>> successors = new LinkedHashMap<>();
    Map<String, String> blockOfItem = new HashMap<>();
    for (LatentBlock b : blocks()) {
      if (successors.put(b.name(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("blocks must have unique names, duplicate: " + b.name());
      }
      for (String item : b.items()) {
        String other = blockOfItem.put(item, b.name());
        if (other != null) {
          throw new IllegalArgumentException(
              "item '" + item + "' must belong to one block, found in '" + other + "' and '" + b.name() + "'");
        }
      }
    }
    Set<StructuralPath> seen = new HashSet<>();
    for (StructuralPath p : paths()) {
      for (String end : List.of(p.from(), p.to())) {
        if (!successors.containsKey(end)) {
          throw new IllegalArgumentException(
              "path " + p + " names unknown block '" + end + "'; blocks are " + successors.keySet());
        }
      }
      if (!seen.add(p)) {
        throw new IllegalArgumentException("paths must be unique, duplicate: " + p);
      }
      successors.get(p.from()).add(p.to());
    }
    checkAcyclic(successors);
    checkConnected(successors);
  }

  private static void checkAcyclic(Map<String, List<String>> successors) {
    Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
    for (String start : successors.keySet()) {
      Deque<String> trail = new ArrayDeque<>();
      visit(start, successors, state, trail);
    }
  }

  private static void visit(String node, Map<String, List<String>> successors, Map<String, Integer> state,
      Deque<String> trail) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return;
    }
    trail.addLast(node);
    if (s != null) {
      List<String> cycle = new ArrayList<>(trail);
      throw new IllegalArgumentException("paths must not form a cycle: "
          + String.join(" -> ", cycle.subList(cycle.indexOf(node), cycle.size())));
    }
    state.put(node, 1);
    for (String next : successors.get(node)) {
      visit(next, successors, state, trail);
    }
    state.put(node, 2);
    trail.removeLast();
  }

  private static void checkConnected(Map<String, List<String>> successors) {
    Map<String, Set<String>> neighbours = new HashMap<>();
    successors.keySet().forEach(b -> neighbours.put(b, new HashSet<>()));
    successors.forEach((from, tos) -> tos.forEach(to -> {
      neighbours.get(from).add(to);
      neighbours.get(to).add(from);
    }));
    String first = successors.keySet().iterator().next();
    Set<String> reached = new HashSet<>(List.of(first));
    Deque<String> queue = new ArrayDeque<>(reached);
    while (!queue.isEmpty()) {
      for (String next : neighbours.get(queue.poll())) {
        if (reached.add(next)) {
          queue.add(next);
        }
      }
    }
    for (String b : successors.keySet()) {
      if (!reached.contains(b)) {
        throw new IllegalArgumentException(
            "paths must connect every block, '" + b + "' is not connected to '" + first + "'");
      }
    }
  }

  /** Builds a {@link PathModel}; at least two blocks and one path are required. */
  public static final class Builder extends ImmutablePathModel.Builder {
    Builder() {}
  }
}
