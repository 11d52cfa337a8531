package io.github.logicrm.io.internal;

import java.util.function.Function;

/**
 * The values a source's few repeated texts stand for (lanes, sites), made once per distinct text and found again
 * from a row's characters without making a string: the records of one source share one instance per value. An
 * open-addressing table that grows with the distinct texts; not thread-safe. Meant for a few hundred values that
 * stay in the cache: for ids of a hundred thousand customers a lookup misses the cache and costs more than the
 * string it saves.
 *
 * @param <T> the values
 */
public final class Interned<T> {

  private final Function<String, T> make;
  private String[] keys = new String[1 << 10];
  private Object[] values = new Object[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int size;

  /**
   * Makes an empty table.
   *
   * @param make makes the value of a text seen for the first time; may throw to refuse the text
   */
  public Interned(Function<String, T> make) {
    this.make = make;
  }

  /**
   * Returns the value of a text, making it the first time the text is seen.
   *
   * @param text the text, not null
   * @return the value, the same instance for equal texts
   */
  @SuppressWarnings("unchecked")
  public T get(CharSequence text) {
    int hash = CompactStringSet.hash(text);
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        String string = text.toString();
        T value = make.apply(string);
        keys[slot] = string;
        values[slot] = value;
        hashes[slot] = hash;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      if (hashes[slot] == hash && key.contentEquals(text)) {
        return (T) values[slot];
      }
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    keys = new String[2 * oldKeys.length];
    values = new Object[2 * oldKeys.length];
    hashes = new int[2 * oldKeys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = oldHashes[i] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
