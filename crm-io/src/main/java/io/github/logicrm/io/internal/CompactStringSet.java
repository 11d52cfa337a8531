package io.github.logicrm.io.internal;

import java.util.Arrays;

/**
 * A set of strings kept as characters in one growing array (each member's length in two characters, then its
 * characters), with an open-addressing table of offsets: no object
 * per member, so a set of millions of ids costs about a third of a {@code HashSet<String>}'s memory and nothing
 * for the garbage collector to trace. Members cannot be removed. Not thread-safe.
 */
public final class CompactStringSet {

  private char[] chars = new char[1 << 12];
  private int used;
  /** Per slot: the member's offset in {@code chars} plus one (0 for an empty slot). */
  private int[] offsets = new int[1 << 10];
  /** Per slot: the member's hash. */
  private int[] hashes = new int[1 << 10];
  private int size;

  /**
   * Returns the number of members.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Adds a text unless it is a member.
   *
   * @param text the text, not null
   * @return true when the text was not a member
   */
  public boolean add(CharSequence text) {
    int hash = hash(text);
    int mask = offsets.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int offset = offsets[slot];
      if (offset == 0) {
        insert(slot, hash, text);
        return true;
      }
      if (hashes[slot] == hash && equal(offset - 1, text)) {
        return false;
      }
    }
  }

  static int hash(CharSequence text) {
    int h = 0;
    for (int i = 0; i < text.length(); i++) {
      h = 31 * h + text.charAt(i);
    }
    h ^= h >>> 16; // MurmurHash3's finalizer, so ids that differ in their last characters spread over the table
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private boolean equal(int offset, CharSequence text) {
    int length = chars[offset] << 16 | chars[offset + 1];
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[offset + 2 + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void insert(int slot, int hash, CharSequence text) {
    int length = text.length();
    if (used + 2 + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + 2 + length));
    }
    int offset = used;
    chars[used++] = (char) (length >>> 16);
    chars[used++] = (char) length;
    for (int i = 0; i < length; i++) {
      chars[used++] = text.charAt(i);
    }
    offsets[slot] = offset + 1;
    hashes[slot] = hash;
    if (++size * 2 > offsets.length) {
      grow();
    }
  }

  private void grow() {
    int[] oldOffsets = offsets;
    int[] oldHashes = hashes;
    offsets = new int[2 * oldOffsets.length];
    hashes = new int[2 * oldOffsets.length];
    int mask = offsets.length - 1;
    for (int i = 0; i < oldOffsets.length; i++) {
      if (oldOffsets[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (offsets[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        offsets[slot] = oldOffsets[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
