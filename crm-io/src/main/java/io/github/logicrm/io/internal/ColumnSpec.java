package io.github.logicrm.io.internal;

import java.util.List;

/**
 * The columns a reader knows, in slot order: the required ones first, then the optional ones. Columns of a source
 * that are not listed are either unused (and reported) or, for survey files, rated items.
 *
 * @param names the column names in slot order
 * @param required how many of {@code names}, from the first, are required
 * @param othersAreItems true when every unlisted column is a rated item rather than unused
 */
public record ColumnSpec(List<String> names, int required, boolean othersAreItems) {

  /**
   * Lists the columns.
   *
   * @param names the column names in slot order
   * @param required how many of {@code names}, from the first, are required
   * @param othersAreItems true when every unlisted column is a rated item rather than unused
   */
  public ColumnSpec {
    names = List.copyOf(names);
  }
}
