package io.github.logicrm.io;

/** What a reader does with a row it rejects. */
public enum BadRows {
  /**
   * Fail fast: the first rejected row ends the read with an {@link InputRejectedException} carrying its
   * rejection (after it was sent to the rejects sink, if any).
   */
  STRICT,
  /**
   * Go on: every rejected row is counted by reason in the load report, sent to the rejects sink when one is given,
   * and the first ones are kept in the report.
   */
  COUNT
}
