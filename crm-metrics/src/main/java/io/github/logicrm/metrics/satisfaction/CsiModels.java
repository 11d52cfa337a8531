package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.StructuralPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural models of the national satisfaction indices, ready to estimate with {@link PlsPathModeling}:
 * the caller names the items of each block.
 *
 * <ul>
 *   <li>ACSI (American Customer Satisfaction Index): Expectations drive Quality, Value and Satisfaction; Quality
 *       drives Value and Satisfaction; Value drives Satisfaction; Satisfaction drives Complaints and Loyalty;
 *       Complaints drive Loyalty.</li>
 *   <li>ECSI (European Customer Satisfaction Index): the ACSI paths plus Image, which drives Expectations,
 *       Satisfaction and Loyalty (Complaints kept as in the ECSI mobile phone study).</li>
 * </ul>
 *
 * <p>All blocks are reflective (mode A); use {@link LatentBlock#withMode} on a copy of the model to change one.
 */
public final class CsiModels {

  /** Block name of corporate image (ECSI). */
  public static final String IMAGE = "Image";
  /** Block name of customer expectations. */
  public static final String EXPECTATIONS = "Expectations";
  /** Block name of perceived quality. */
  public static final String QUALITY = "Quality";
  /** Block name of perceived value. */
  public static final String VALUE = "Value";
  /** Block name of customer satisfaction, the index's block. */
  public static final String SATISFACTION = "Satisfaction";
  /** Block name of complaints. */
  public static final String COMPLAINTS = "Complaints";
  /** Block name of loyalty. */
  public static final String LOYALTY = "Loyalty";

  private static final List<String> ACSI_BLOCKS =
      List.of(EXPECTATIONS, QUALITY, VALUE, SATISFACTION, COMPLAINTS, LOYALTY);
  private static final List<String> ECSI_BLOCKS =
      List.of(IMAGE, EXPECTATIONS, QUALITY, VALUE, SATISFACTION, COMPLAINTS, LOYALTY);
  private static final List<StructuralPath> ACSI_PATHS = List.of(
      StructuralPath.of(EXPECTATIONS, QUALITY), StructuralPath.of(EXPECTATIONS, VALUE),
      StructuralPath.of(EXPECTATIONS, SATISFACTION), StructuralPath.of(QUALITY, VALUE),
      StructuralPath.of(QUALITY, SATISFACTION), StructuralPath.of(VALUE, SATISFACTION),
      StructuralPath.of(SATISFACTION, COMPLAINTS), StructuralPath.of(SATISFACTION, LOYALTY),
      StructuralPath.of(COMPLAINTS, LOYALTY));
  private static final List<StructuralPath> IMAGE_PATHS = List.of(
      StructuralPath.of(IMAGE, EXPECTATIONS), StructuralPath.of(IMAGE, SATISFACTION),
      StructuralPath.of(IMAGE, LOYALTY));

  private CsiModels() {}

  /**
   * Returns the ACSI model.
   *
   * @param items the items of each block, keyed by exactly the six ACSI block names
   * @return the model
   * @throws IllegalArgumentException if a block is missing, a key is not an ACSI block, or the items are invalid
   */
  public static PathModel acsi(Map<String, List<String>> items) {
    return model("ACSI", ACSI_BLOCKS, items, ACSI_PATHS, List.of());
  }

  /**
   * Returns the ECSI model.
   *
   * @param items the items of each block, keyed by exactly the seven ECSI block names
   * @return the model
   * @throws IllegalArgumentException if a block is missing, a key is not an ECSI block, or the items are invalid
   */
  public static PathModel ecsi(Map<String, List<String>> items) {
    return model("ECSI", ECSI_BLOCKS, items, IMAGE_PATHS, ACSI_PATHS);
  }

  private static PathModel model(String name, List<String> blocks, Map<String, List<String>> items,
      List<StructuralPath> paths, List<StructuralPath> morePaths) {
    if (!items.keySet().equals(Set.copyOf(blocks))) {
      Set<String> missing = new TreeSet<>(blocks);
      missing.removeAll(items.keySet());
      Set<String> unknown = new TreeSet<>(items.keySet());
      unknown.removeAll(blocks);
      throw new IllegalArgumentException(name + " items must name exactly the blocks " + blocks + "; missing "
          + missing + ", not " + name + " blocks " + unknown);
    }
    PathModel.Builder model = PathModel.builder();
    for (String block : blocks) {
      model.addBlocks(LatentBlock.builder().name(block).items(items.get(block)).build());
    }
    return model.addAllPaths(paths).addAllPaths(morePaths).build();
  }
}
