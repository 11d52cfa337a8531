package io.github.logicrm.io.internal;

import java.util.Arrays;

/**
 * The values of some columns of one row, copied into one reused character array, so that later rows can be
 * compared with them without making a string of any value: the repeated order-level values of an order's lines.
 * An absent, empty or blank value is kept as absent, as {@link Row#sameText(int, String)} treats it.
 */
public final class TextSnapshot {

  private final int[] slots;
  private final int[] starts;
  private final int[] ends;
  private char[] chars = new char[256];

  /**
   * Makes an empty snapshot of the given columns.
   *
   * @param slots the columns' slots, each {@code >= 0}
   * @param slotCount one more than the greatest slot
   */
  public TextSnapshot(int[] slots, int slotCount) {
    this.slots = slots.clone();
    this.starts = new int[slotCount];
    this.ends = new int[slotCount];
  }

  /**
   * Copies the row's values of the snapshot's columns, replacing those copied before.
   *
   * @param row the row
   */
  public void take(Row row) {
    int used = 0;
    for (int slot : slots) {
      CharSequence value = row.chars(slot);
      if (value == null) {
        starts[slot] = -1;
        continue;
      }
      int length = value.length();
      if (used + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
      }
      for (int i = 0; i < length; i++) {
        chars[used + i] = value.charAt(i);
      }
      starts[slot] = used;
      used += length;
      ends[slot] = used;
    }
  }

  /**
   * Tells whether the row has the same text as the snapshot in every column of the snapshot.
   *
   * @param row the row
   * @return true when every value is the same text, or absent in both
   */
  public boolean sameAs(Row row) {
    for (int slot : slots) {
      int start = starts[slot];
      boolean same = start < 0 ? row.sameText(slot, null) : row.sameText(slot, chars, start, ends[slot]);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text of one column of the snapshot, for a message.
   *
   * @param slot a column of the snapshot
   * @return the text, or null when the value was absent
   */
  public String text(int slot) {
    return starts[slot] < 0 ? null : new String(chars, starts[slot], ends[slot] - starts[slot]);
  }
}
