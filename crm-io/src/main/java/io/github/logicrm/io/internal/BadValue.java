package io.github.logicrm.io.internal;

import io.github.logicrm.core.book.RejectReason;

/** A value of a row that breaks its column's rule; caught by the reader and turned into a rejection. */
public final class BadValue extends Exception {

  private final int slot;
  private final RejectReason reason;
  private final String value;

  /**
   * Creates the failure.
   *
   * @param slot the column's slot in the reader's column list, or -1 when the whole row is at fault
   * @param reason the reason
   * @param message the rule broken, naming the column ({@code revenue must be finite and >= 0})
   * @param value the raw value, or null when missing
   */
  public BadValue(int slot, RejectReason reason, String message, String value) {
    super(message, null, false, false);
    this.slot = slot;
    this.reason = reason;
    this.value = value;
  }

  /**
   * Returns the column's slot.
   *
   * @return the slot, or -1 when the whole row is at fault
   */
  public int slot() {
    return slot;
  }

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public RejectReason reason() {
    return reason;
  }

  /**
   * Returns the raw value.
   *
   * @return the value, or null
   */
  public String value() {
    return value;
  }
}
