package io.github.logicrm.io;

import io.github.logicrm.core.book.Rejection;
import java.util.Objects;

/**
 * Thrown when input is rejected and the read cannot go on: a row under the {@link BadRows#STRICT} policy, or, at
 * open under either policy, a header that lacks a required column. The message is the rejection's one-line form,
 * {@code orders.csv:1042:3 revenue must be finite and >= 0: "-12,5"}.
 */
public final class InputRejectedException extends RuntimeException {

  private final transient Rejection rejection;

  /**
   * Creates the exception.
   *
   * @param rejection the first problem found, not null
   */
  public InputRejectedException(Rejection rejection) {
    super(Objects.requireNonNull(rejection, "rejection").toString());
    this.rejection = rejection;
  }

  /**
   * Returns the first problem found: where it is and why it was rejected.
   *
   * @return the rejection, not null
   */
  public Rejection rejection() {
    return rejection;
  }
}
