package dev.golive.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Where a command writes: results to stdout, messages to stderr, stack traces only when verbose.
 * Passed to every command instead of using {@code System.out} directly.
 */
public record Output(PrintStream out, PrintWriter err, boolean verbose) {
  /** One line on stderr, and the stack trace behind it when verbose. */
  public void error(String line, Throwable cause) {
    err.println(line);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  public void warn(String line) {
    err.println(line);
    err.flush();
  }
}
