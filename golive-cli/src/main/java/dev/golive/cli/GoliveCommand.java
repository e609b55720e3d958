package dev.golive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: golive and its subcommands. */
@Command(
    name = "golive",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Reads a team's production checklist as written, scores it, and answers GO or NO-GO.",
      ""
    },
    subcommands = {
      StatusCommand.class,
      AuditCommand.class,
      HistoryCommand.class,
      SuggestCommand.class,
      BindCommand.class,
      ChecksCommand.class,
      DemoCommand.class,
      NotifyCommand.class,
      ServeCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%n",
    footer = "Run 'golive COMMAND --help' for a command's options.")
final class GoliveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      description = "Show the stack trace behind an error.",
      scope = ScopeType.INHERIT)
  boolean verbose;

  /** Without a command, golive explains itself and exits as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }
}
