package io.github.logicrm.cli;

/** More rows were rejected than the caller allows ({@code --max-rejected}). */
final class RejectedInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RejectedInputException(String message) {
    super(message);
  }
}
