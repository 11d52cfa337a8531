package io.github.logicrm.core.service;

/** What an OTIF (on time in full) rate counts. */
public enum OtifUnit {
  /** Orders: an order counts when it arrives on time with every line in full. */
  ORDER,
  /** Order lines: a line counts when its order arrives on time and the line is delivered in full. */
  LINE,
  /** Units: the ordered units delivered on time, a line counting at most its ordered quantity. */
  UNIT
}
