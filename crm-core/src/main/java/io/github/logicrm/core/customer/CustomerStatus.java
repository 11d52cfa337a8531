package io.github.logicrm.core.customer;

/**
 * Where a company stands on the way from a name on a list to a loyal customer, and back.
 *
 * <p>The path is potential, prospect, current (first-time, then repeat, then loyal) and lost. A lost customer
 * goes back on the prospect list: {@link #canMoveTo(CustomerStatus)} encodes these moves.
 */
public enum CustomerStatus {
  /** A company that needs logistics services and could buy them from us, not yet approached. */
  POTENTIAL,
  /** A potential customer we are actively working on: contacted, quoted or trialled. */
  PROSPECT,
  /** A current customer that has placed its first order. */
  FIRST_TIME,
  /** A current customer that has ordered again. */
  REPEAT,
  /** A current customer that orders regularly and prefers us over alternatives. */
  LOYAL,
  /** A former customer that has stopped ordering. It returns to {@link #PROSPECT} when we court it again. */
  LOST;

  /**
   * Tells whether a customer in this status currently buys from us.
   *
   * @return true for {@link #FIRST_TIME}, {@link #REPEAT} and {@link #LOYAL}
   */
  public boolean isCurrent() {
    return this == FIRST_TIME || this == REPEAT || this == LOYAL;
  }

  /**
   * Tells whether a customer may move from this status to another one in a single step.
   *
   * <p>Allowed: forward along potential, prospect, first-time, repeat, loyal (one step at a time, or straight
   * from prospect to first-time); from any current status to {@link #LOST}; from {@link #LOYAL} down to
   * {@link #REPEAT}; from {@link #LOST} back to {@link #PROSPECT}; and staying where it is.
   *
   * @param next the status to move to, not null
   * @return true if the move is one the lifecycle allows
   */
  public boolean canMoveTo(CustomerStatus next) {
    if (next == this) {
      return true;
    }
    return switch (this) {
      case POTENTIAL -> next == PROSPECT;
      case PROSPECT -> next == FIRST_TIME || next == POTENTIAL;
      case FIRST_TIME -> next == REPEAT || next == LOST;
      case REPEAT -> next == LOYAL || next == LOST;
      case LOYAL -> next == REPEAT || next == LOST;
      case LOST -> next == PROSPECT;
    };
  }
}
