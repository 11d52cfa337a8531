package io.github.logicrm.io.internal;

import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.io.InputRejectedException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The current row of a source seen through a reader's columns: values by slot, parsed by the column's rule. A
 * value that breaks its rule raises {@link BadValue} naming the column, the rule and the raw value.
 *
 * <p>An empty or blank value counts as absent. Values are not trimmed otherwise.
 */
public final class Row {

  private final RowSource source;
  private final ColumnSpec spec;
  private final ZoneId zone;
  private final String instantRule;
  private final Map<String, Integer> slotOf = new HashMap<>();
  private final Set<String> unused = new LinkedHashSet<>();
  private List<String> bound;
  private int[] position;
  private int[] items = new int[0];
  /** The values of the current row made into strings so far, by slot. */
  private final String[] texts;
  /** The repeated texts read so far ({@link #sharedText}), one instance per text. */
  private final Interned<String> sharedTexts = new Interned<>(Function.identity());

  /**
   * Binds a source to a reader's columns; a source with a header is checked at once.
   *
   * @param source the rows
   * @param spec the reader's columns
   * @param zone the zone of local date-times, or null when they are rejected
   * @throws InputRejectedException when the header lacks a required column or repeats one
   */
  public Row(RowSource source, ColumnSpec spec, ZoneId zone) {
    this.source = source;
    this.spec = spec;
    this.zone = zone;
    this.texts = new String[spec.names().size()];
    this.instantRule = zone == null
        ? " must be an ISO-8601 date-time with an offset"
        : " must be an ISO-8601 date-time, with an offset or local in " + zone;
    for (int slot = 0; slot < spec.names().size(); slot++) {
      slotOf.put(spec.names().get(slot), slot);
    }
    if (source.hasHeader()) {
      bindHeader();
    }
  }

  private void bindHeader() {
    List<String> columns = source.columns();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!seen.add(columns.get(i))) {
        throw new InputRejectedException(Rejection.builder().source(source.name()).line(1).column(i + 1)
            .columnName(columns.get(i)).reason(RejectReason.MALFORMED_ROW)
            .message("column " + columns.get(i) + " must appear once in the header").build());
      }
    }
    bind();
    for (int slot = 0; slot < spec.required(); slot++) {
      if (position[slot] < 0) {
        throw new InputRejectedException(Rejection.builder().source(source.name()).line(1)
            .columnName(spec.names().get(slot)).reason(RejectReason.MISSING_VALUE)
            .message("required column " + spec.names().get(slot) + " must be in the header").build());
      }
    }
  }

  /**
   * Starts a row: forgets the last row's values and maps the slots to the row's columns, when its names differ
   * from the last row's.
   */
  public void bind() {
    Arrays.fill(texts, null);
    List<String> columns = source.columns();
    if (columns == bound) {
      return;
    }
    bound = columns;
    position = new int[spec.names().size()];
    Arrays.fill(position, -1);
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Integer slot = slotOf.get(columns.get(i));
      if (slot != null) {
        position[slot] = i;
      } else if (spec.othersAreItems()) {
        others.add(i);
      } else {
        unused.add(columns.get(i));
      }
    }
    items = others.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Returns the columns seen that the reader does not use, in the order first seen.
   *
   * @return the unused columns
   */
  public List<String> unusedColumns() {
    return List.copyOf(unused);
  }

  /**
   * Returns the source's name.
   *
   * @return the name
   */
  public String sourceName() {
    return source.name();
  }

  /**
   * Returns the current row's line.
   *
   * @return the line, from 1
   */
  public long line() {
    return source.line();
  }

  /**
   * Returns a value as written.
   *
   * @param slot the column's slot
   * @return the value; null when the column is absent or the value empty or blank
   */
  public String text(int slot) {
    if (slot < texts.length && texts[slot] != null) {
      return texts[slot];
    }
    int index = index(slot);
    if (index < 0 || source.sameValue(index, null)) {
      return null;
    }
    String text = source.value(index);
    if (slot < texts.length) {
      texts[slot] = text;
    }
    return text;
  }

  /**
   * Tells whether a value equals a text, without making a string of the value.
   *
   * @param slot the column's slot
   * @param text the text, as {@link #text(int)} would return it (null when absent)
   * @return true when {@code text(slot)} would equal {@code text}
   */
  public boolean sameText(int slot, String text) {
    int index = index(slot);
    return index < 0 ? text == null : source.sameValue(index, text);
  }

  /**
   * Tells whether a value is exactly a range of characters, without making a string of the value.
   *
   * @param slot the column's slot
   * @param text the characters, not null
   * @param start the range's first character
   * @param end the range's end, exclusive
   * @return true when the column is present and its value is those characters
   */
  public boolean sameText(int slot, char[] text, int start, int end) {
    int index = index(slot);
    return index >= 0 && source.sameValue(index, text, start, end);
  }

  private int index(int slot) {
    return slot < position.length ? position[slot] : items[slot - position.length];
  }

  private String name(int slot) {
    return slot < position.length ? spec.names().get(slot) : bound.get(items[slot - position.length]);
  }

  /**
   * Returns a required value as written.
   *
   * @param slot the column's slot
   * @return the value, not blank
   * @throws BadValue MISSING_VALUE when absent
   */
  public String required(int slot) throws BadValue {
    String text = text(slot);
    if (text == null) {
      throw missing(slot);
    }
    return text;
  }

  /**
   * Creates the failure of an absent required value.
   *
   * @param slot the column's slot
   * @return the failure, MISSING_VALUE
   */
  public BadValue missing(int slot) {
    return new BadValue(slot, RejectReason.MISSING_VALUE, name(slot) + " must be given", null);
  }

  /**
   * Returns a customer id.
   *
   * @param slot the column's slot
   * @param required whether a value must be given
   * @return the id; null when absent and not required
   * @throws BadValue MISSING_VALUE when required and absent
   */
  public CustomerId customer(int slot, boolean required) throws BadValue {
    String text = required ? required(slot) : text(slot);
    return text == null ? null : CustomerId.of(text);
  }

  /**
   * Returns a text that repeats from row to row (a lane, a site): one string per distinct value of the source.
   *
   * @param slot the column's slot
   * @return the text; null when absent, empty or blank
   */
  public String sharedText(int slot) {
    CharSequence text = chars(slot);
    return text == null ? null : sharedTexts.get(text);
  }

  /** The rule a number must follow. */
  public enum NumberRule {
    /** Any finite number. */
    FINITE(" must be a finite number"),
    /** A finite number {@code >= 0}. */
    NON_NEGATIVE(" must be finite and >= 0"),
    /** A finite number {@code > 0}. */
    POSITIVE(" must be finite and > 0");

    private final String message;

    NumberRule(String message) {
      this.message = message;
    }

    boolean accepts(double value) {
      return switch (this) {
        case FINITE -> true;
        case NON_NEGATIVE -> value >= 0;
        case POSITIVE -> value > 0;
      };
    }
  }

  /**
   * Returns a number.
   *
   * @param slot the column's slot
   * @param rule the rule
   * @param required whether a value must be given
   * @return the number; NaN when absent and not required
   * @throws BadValue MISSING_VALUE, BAD_NUMBER (not a finite number) or OUT_OF_RANGE (breaks the rule)
   */
  public double number(int slot, NumberRule rule, boolean required) throws BadValue {
    CharSequence chars = chars(slot);
    if (chars == null) {
      if (required) {
        throw missing(slot);
      }
      return Double.NaN;
    }
    double value = TextValues.parseNumber(chars);
    if (!Double.isFinite(value)) {
      throw new BadValue(slot, RejectReason.BAD_NUMBER, name(slot) + rule.message, text(slot));
    }
    if (!rule.accepts(value)) {
      throw new BadValue(slot, RejectReason.OUT_OF_RANGE, name(slot) + rule.message, text(slot));
    }
    return value;
  }

  /**
   * Returns a value's characters without making a string of them, valid until another value of the source is
   * asked for.
   *
   * @param slot the column's slot
   * @return the characters; null when the value is absent, empty or blank
   */
  public CharSequence chars(int slot) {
    if (slot < texts.length && texts[slot] != null) {
      return texts[slot];
    }
    int index = index(slot);
    return index < 0 || source.sameValue(index, null) ? null : source.chars(index);
  }

  /**
   * Returns a whole number in a range.
   *
   * @param slot the column's slot
   * @param min the least value allowed
   * @param max the greatest value allowed ({@link Long#MAX_VALUE} for no bound)
   * @param absent what to return when the value is absent and not required
   * @param required whether a value must be given
   * @return the number, or {@code absent}
   * @throws BadValue MISSING_VALUE, BAD_NUMBER (not a whole number) or OUT_OF_RANGE
   */
  public long whole(int slot, long min, long max, long absent, boolean required) throws BadValue {
    CharSequence chars = chars(slot);
    if (chars == null) {
      if (required) {
        throw missing(slot);
      }
      return absent;
    }
    long value = TextValues.parseWhole(chars, Long.MIN_VALUE);
    if (value == Long.MIN_VALUE || value < min || value > max) {
      String rule = max == Long.MAX_VALUE
          ? " must be a whole number >= " + min
          : " must be a whole number in [" + min + ", " + max + "]";
      RejectReason reason = value == Long.MIN_VALUE ? RejectReason.BAD_NUMBER : RejectReason.OUT_OF_RANGE;
      throw new BadValue(slot, reason, name(slot) + rule, text(slot));
    }
    return value;
  }

  /**
   * Returns an instant: ISO-8601 with an offset, or local in the declared zone.
   *
   * @param slot the column's slot
   * @param required whether a value must be given
   * @return the instant; null when absent and not required
   * @throws BadValue MISSING_VALUE or BAD_TIME
   */
  public Instant instant(int slot, boolean required) throws BadValue {
    String text = text(slot);
    if (text == null) {
      if (required) {
        throw missing(slot);
      }
      return null;
    }
    try {
      return TextValues.parseInstant(text, zone);
    } catch (TextValues.LocalTimeWithoutZoneException e) {
      throw new BadValue(slot, RejectReason.BAD_TIME,
          name(slot) + " must have an offset (no zone is declared for local date-times)", text);
    } catch (DateTimeException e) {
      throw new BadValue(slot, RejectReason.BAD_TIME, name(slot) + instantRule, text);
    }
  }

  /**
   * Returns a date, ISO-8601 {@code yyyy-MM-dd}.
   *
   * @param slot the column's slot
   * @param required whether a value must be given
   * @return the date; null when absent and not required
   * @throws BadValue MISSING_VALUE or BAD_TIME
   */
  public LocalDate date(int slot, boolean required) throws BadValue {
    String text = text(slot);
    if (text == null) {
      if (required) {
        throw missing(slot);
      }
      return null;
    }
    LocalDate date = TextValues.parseDate(text);
    if (date == null) {
      throw new BadValue(slot, RejectReason.BAD_TIME, name(slot) + " must be an ISO-8601 date yyyy-MM-dd", text);
    }
    return date;
  }

  /**
   * Returns a boolean written exactly {@code true} or {@code false}.
   *
   * @param slot the column's slot
   * @param absent the value when absent
   * @return the boolean
   * @throws BadValue BAD_BOOLEAN
   */
  public boolean bool(int slot, boolean absent) throws BadValue {
    String text = text(slot);
    if (text == null) {
      return absent;
    }
    if (text.equals("true")) {
      return true;
    }
    if (text.equals("false")) {
      return false;
    }
    throw new BadValue(slot, RejectReason.BAD_BOOLEAN, name(slot) + " must be true or false", text);
  }

  /**
   * Returns the number of item columns of the current row (columns the reader does not list, when they are
   * rated items).
   *
   * @return the count
   */
  public int itemCount() {
    return items.length;
  }

  /**
   * Returns the slot of an item column, for {@link #number} and {@link #text}.
   *
   * @param item the item's index, from 0
   * @return the slot
   */
  public int itemSlot(int item) {
    return position.length + item;
  }

  /**
   * Returns the name of an item column.
   *
   * @param item the item's index, from 0
   * @return the column name
   */
  public String itemName(int item) {
    return bound.get(items[item]);
  }

  /**
   * Creates the failure of a value that breaks a rule other than its column's format.
   *
   * @param slot the column's slot
   * @param reason the reason
   * @param message the rule broken, naming the column
   * @return the failure, carrying the raw value
   */
  public BadValue bad(int slot, RejectReason reason, String message) {
    return new BadValue(slot, reason, message, text(slot));
  }

  /**
   * Locates a failure in the current row.
   *
   * @param failure the failure
   * @return the rejection
   */
  public Rejection rejection(BadValue failure) {
    Rejection.Builder rejection = Rejection.builder().source(source.name()).line(source.line())
        .reason(failure.reason()).message(failure.getMessage());
    if (failure.slot() >= 0) {
      int index = index(failure.slot());
      rejection.columnName(name(failure.slot()));
      if (index >= 0) {
        rejection.column(index + 1);
      }
    }
    if (failure.value() != null) {
      rejection.value(failure.value());
    }
    return rejection.build();
  }

  /**
   * Rejects the whole current row.
   *
   * @param reason the reason
   * @param message what is wrong
   * @return the rejection, with no column
   */
  public Rejection rowRejection(RejectReason reason, String message) {
    return rejection(new BadValue(-1, reason, message, null));
  }
}
