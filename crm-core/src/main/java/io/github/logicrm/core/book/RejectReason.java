package io.github.logicrm.core.book;

/** Why a row of an input file was rejected; the load report counts rejections by reason. */
public enum RejectReason {
  /** A required value is empty or a required column is missing from the row. */
  MISSING_VALUE,
  /** A number does not parse (or is NaN or infinite). */
  BAD_NUMBER,
  /** An instant, date or date-time does not parse. */
  BAD_TIME,
  /** A boolean is neither {@code true} nor {@code false}. */
  BAD_BOOLEAN,
  /** A value parses but breaks a rule of its field: a negative quantity, a damaged quantity above the delivered one. */
  OUT_OF_RANGE,
  /** Values of one row contradict each other: delivered before shipped, due before issued. */
  INCONSISTENT,
  /** The order-level fields of an order's lines disagree (revenue, times, customer). */
  ORDER_FIELDS_DISAGREE,
  /** The same key was seen before: an (order, line) pair, an order whose lines are not consecutive, an invoice id. */
  DUPLICATE,
  /** The row names a customer the customer master does not list. */
  UNKNOWN_CUSTOMER,
  /** The row has more or fewer fields than the header. */
  MALFORMED_ROW
}
