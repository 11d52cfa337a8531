package io.github.logicrm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code logicrm} command. Exit codes: 0 success, 1 an unexpected failure, 2 a usage error, 3 input rejected
 * (a bad row under {@code --on-bad-row=strict}, more rejected rows than {@code --max-rejected}, or a book the
 * pipeline cannot score).
 */
@Command(name = "logicrm", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Customer relationship analytics for logistics: from a TMS export to one picture of every customer.",
    subcommands = {AnalyzeCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class LogiCrm {

  /** Exit code for input that was rejected. */
  public static final int REJECTED_INPUT = 3;

  private LogiCrm() {}

  /**
   * Runs the command; exits the JVM with the command's code when it failed, returns normally when it succeeded (so
   * that a host such as Maven's exec plugin can run it in process).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command and returns its exit code, for callers that must not exit the JVM.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    return new CommandLine(new LogiCrm())
        .setExecutionExceptionHandler(new ErrorHandler())
        .setExitCodeExceptionMapper(ErrorHandler::exitCode);
  }
}
