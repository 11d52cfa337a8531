package io.github.logicrm.core.retention;

/** What to do about a lost (or leaving) customer. */
public enum WinBackDecision {
  /** Try to win the customer back at high effort: senior people, a tailored offer, spend up to the cap. */
  SAVE_HIGH_EFFORT,
  /** Try to win the customer back through the normal channels, spending up to the cap. */
  SAVE,
  /** Make a cheap, standard attempt (a call, a standard offer) and no more. */
  SAVE_LOW_EFFORT,
  /** Let the customer go. */
  LET_GO
}
