package dev.golive.checks.cmd;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A command the checklist names exits with status 0, run only when the user allows it. */
@CheckInfo(
    id = "cmd.exit-zero",
    needs = TargetKind.REPO,
    title = "The item's command exits with status 0",
    severity = Priority.HIGH,
    description =
        "Runs a command the checklist names: by default the item's own (a shell code block"
            + " nested under it, or a command in its text such as `docker compose ps`), else the"
            + " one command= gives. It runs only when the audit was started with"
            + " --allow-commands; otherwise nothing runs and the finding is skipped. It runs in"
            + " the target's repository (or dir inside it), without a shell unless shell=true"
            + " (then with /bin/sh -e -c, so a block of several lines stops at the first that"
            + " fails), with its input closed, for at most timeout and never past the check's"
            + " deadline; then it is killed with every process it started. Passes on exit status"
            + " 0, fails on any other; an error when it cannot be started or does not finish in"
            + " time. The evidence keeps the last 40 lines (4 KB) of its output and errors"
            + " together, with what looks like a secret masked.")
public record ExitZeroCheck(
    @Param(
            description =
                "The command to run; empty: the one the item names (when it names several, say"
                    + " which, or add shell=true to run them in turn)",
            defaultValue = "",
            example = "\"docker compose ps\"",
            itemCommand = true)
        String command,
    @Param(
            description =
                "Run it with /bin/sh -e -c, for pipes, &&, redirections and variables; otherwise"
                    + " it is split into words and run directly",
            defaultValue = "false")
        boolean shell,
    @Param(
            description =
                "The longest it may run: 30s, 2m, 500ms or seconds; the check's deadline"
                    + " (--check-timeout) bounds it too",
            defaultValue = "60s",
            example = "2m")
        String timeout,
    @Param(
            description =
                "Folder to run it in, relative to the target's repository; empty: the repository",
            defaultValue = "",
            example = "backend")
        String dir)
    implements Check<ExitZeroCheck.Run> {

  /** The most output kept, from its end. */
  static final int KEEP_BYTES = 4096;

  /** The most lines of output shown in the evidence. */
  static final int KEEP_LINES = 40;

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  /** How a run ended. */
  public enum Status {
    /** The audit was not started with --allow-commands: nothing ran. */
    NOT_ALLOWED,
    /** The program could not be started: not found, not executable. */
    NOT_STARTED,
    /** It was still running at its limit and was killed. */
    TIMED_OUT,
    /** It ended by itself with {@code exitCode}. */
    EXITED
  }

  /**
   * One run of the command.
   *
   * @param command the command as written, anything that looks like a secret masked
   * @param dir the folder it ran in
   * @param exitCode its exit status when it {@link Status#EXITED}, else {@code null}
   * @param millis how long it ran
   * @param limitMillis how long it was allowed: timeout, or less when the check's deadline was
   *     nearer
   * @param problem why it could not be started, else {@code null}
   * @param outputBytes how many bytes it wrote to its output and errors together
   * @param output the last lines of that, secrets masked
   */
  public record Run(
      String command,
      boolean shell,
      String dir,
      Status status,
      Integer exitCode,
      long millis,
      long limitMillis,
      String problem,
      long outputBytes,
      List<String> output) {
    public Run {
      output = List.copyOf(output);
    }
  }

  public ExitZeroCheck {
    command = command == null ? "" : command.strip();
    dir = dir == null ? "" : dir.strip();
    limit(timeout);
    if (!shell && !command.isEmpty()) {
      CommandLine.parse(command);
    }
  }

  @Override
  public Run collect(Probe probe) throws IOException, InterruptedException {
    if (command.isEmpty()) {
      throw new ProbeException(
          "no command to run: give command=\"...\" or bind the check to an item that names one");
    }
    Path folder = probe.target().resources().repo().resolve(dir).normalize();
    String shown = Redaction.of(command);
    Duration limit = limit(timeout);
    if (!probe.commandsAllowed()) {
      return new Run(
          shown, shell, folder.toString(), Status.NOT_ALLOWED, null, 0, 0, null, 0, List.of());
    }
    if (!Files.isDirectory(folder)) {
      throw new ProbeException(
          "cannot run `" + shortened(shown) + "`: there is no folder " + folder);
    }
    Duration left = probe.remaining();
    if (left.compareTo(limit) < 0) {
      limit = left;
    }
    List<String> argv;
    Map<String, String> env;
    if (shell) {
      argv = List.of("/bin/sh", "-e", "-c", command);
      env = Map.of();
    } else {
      CommandLine line = CommandLine.parse(command);
      argv = line.argv();
      env = line.env();
    }
    Runner.Result r = Runner.run(argv, env, folder, limit, KEEP_BYTES);
    List<String> lines = r.output().lines(KEEP_LINES).stream().map(Redaction::of).toList();
    return new Run(
        shown,
        shell,
        folder.toString(),
        switch (r.status()) {
          case EXITED -> Status.EXITED;
          case TIMED_OUT -> Status.TIMED_OUT;
          case NOT_STARTED -> Status.NOT_STARTED;
        },
        r.status() == Runner.Status.EXITED ? r.exit() : null,
        r.millis(),
        limit.toMillis(),
        r.problem() == null ? null : Redaction.of(r.problem()),
        r.output().total(),
        lines);
  }

  @Override
  public Judgement evaluate(Run e) {
    String cmd = "`" + shortened(e.command()) + "`";
    return switch (e.status()) {
      case NOT_ALLOWED -> Judgement.skipped("not run: pass --allow-commands to run " + cmd);
      case NOT_STARTED -> Judgement.error(cmd + " could not be started: " + e.problem());
      case TIMED_OUT ->
          Judgement.error(
              cmd
                  + " did not finish within "
                  + seconds(e.limitMillis())
                  + " and was stopped with every process it started"
                  + (e.limitMillis() < limit(timeout).toMillis()
                      ? " (the check's deadline came first: raise --check-timeout)"
                      : " (raise timeout= if it needs longer)"));
      case EXITED -> {
        if (e.exitCode() != null && e.exitCode() == 0) {
          yield Judgement.pass(cmd + " exited with status 0 in " + seconds(e.millis()));
        }
        String last = lastLine(e.output());
        yield Judgement.fail(
            cmd + " exited with status " + e.exitCode() + (last == null ? "" : ": " + last));
      }
    };
  }

  /** The time limit {@code text} gives. */
  static Duration limit(String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'timeout' must be a duration such as 30s, 2m or 500ms, not '" + text + "'");
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis =
        switch (unit) {
          case "ms" -> n;
          case "m" -> n * 60_000;
          case "h" -> n * 3_600_000;
          default -> n * 1000;
        };
    if (millis < 1) {
      throw new IllegalArgumentException("'timeout' must be longer than zero");
    }
    return Duration.ofMillis((long) millis);
  }

  /** The command's first line, cut to a length a message can carry. */
  private static String shortened(String command) {
    int nl = command.indexOf('\n');
    String first = nl < 0 ? command : command.substring(0, nl) + " …";
    return first.length() <= 120 ? first : first.substring(0, 117) + "...";
  }

  private static String lastLine(List<String> output) {
    for (int i = output.size() - 1; i >= 0; i--) {
      String line = output.get(i).strip();
      if (!line.isEmpty()) {
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
      }
    }
    return null;
  }

  private static String seconds(long millis) {
    return millis < 10_000
        ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
        : (millis + 500) / 1000 + " s";
  }
}
