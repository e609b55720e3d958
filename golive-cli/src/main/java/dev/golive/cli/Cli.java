package dev.golive.cli;

import dev.golive.core.GoliveException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Builds the command tree, runs it, and turns every outcome into an exit code and at most one line
 * on stderr (a stack trace only with {@code --verbose}).
 */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    Output output = new Output(out, errWriter, verbose);
    CommandLine cli = new CommandLine(new GoliveCommand(), new CommandFactory(output));
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(errWriter);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
    for (CommandLine sub : cli.getSubcommands().values()) {
      // a command whose codes mean something else lists its own
      if (sub.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
        sub.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
      }
    }
    cli.setParameterExceptionHandler(
        (e, a) -> {
          errWriter.println("golive: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, errWriter);
          errWriter.println("Try 'golive " + commandName(e.getCommandLine()) + "--help' for more.");
          return ExitCode.USAGE.code();
        });
    cli.setExecutionExceptionHandler((e, c, p) -> failure(e, output));
    try {
      return cli.execute(args);
    } finally {
      errWriter.flush();
      out.flush();
    }
  }

  private static String commandName(CommandLine c) {
    String name = c.getCommandName();
    return "golive".equals(name) ? "" : name + " ";
  }

  /** The one place an exception becomes an exit code and a line on stderr. */
  static int failure(Exception e, Output output) {
    if (e instanceof GoliveException g) {
      output.error(g.oneLine(), g);
      return ExitCode.USAGE.code();
    }
    output.error(
        "golive: internal error: "
            + e
            + (output.verbose() ? "" : " (run with --verbose for details)"),
        e);
    return ExitCode.INTERNAL.code();
  }
}
