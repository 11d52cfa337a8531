package io.github.logicrm.cli;

import io.github.logicrm.io.InputRejectedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failure as one line on standard error (the stack trace only with {@code --verbose}) and maps it to an
 * exit code: usage errors are 2, rejected input and books the pipeline cannot score 3, anything else 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println("logicrm: " + ex.getMessage());
    if (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose")) {
      ex.printStackTrace(commandLine.getErr());
    }
    return exitCode(ex);
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException) {
      return CommandLine.ExitCode.USAGE;
    }
    if (ex instanceof InputRejectedException || ex instanceof RejectedInputException
        || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
      return LogiCrm.REJECTED_INPUT;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }
}
