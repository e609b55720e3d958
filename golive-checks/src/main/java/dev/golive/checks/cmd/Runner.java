package dev.golive.checks.cmd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one program to its end or to a time limit: no input (its standard input is closed at once),
 * its output and errors read together on a thread of their own so that it never waits on a full
 * pipe, only the last bytes kept, and at the limit it and every process it started are killed.
 */
final class Runner {
  /** What became of a run. */
  enum Status {
    EXITED,
    TIMED_OUT,
    NOT_STARTED
  }

  /**
   * @param exit the exit code, when it {@link Status#EXITED}
   * @param problem why it could not start, when {@link Status#NOT_STARTED}
   */
  record Result(Status status, int exit, String problem, long millis, Tail output) {}

  /** How long to wait for the output's end once the program has gone. */
  private static final Duration LAST_OUTPUT = Duration.ofSeconds(2);

  /** The system's error in Java's message: "error=2, No such file" or "error: 2 (No such file)". */
  private static final Pattern ERRNO = Pattern.compile("error(?:=|: )(\\d+)(?:, | \\()([^)]*)");

  private Runner() {}

  /**
   * Runs {@code argv} in {@code dir} with {@code env} added to golive's environment.
   *
   * @param keep how many bytes of output to keep, the last ones
   * @throws InterruptedException when the audit stops the check; the processes are killed first
   */
  static Result run(List<String> argv, Map<String, String> env, Path dir, Duration limit, int keep)
      throws InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Tail output = new Tail(keep);
    long started = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(Status.NOT_STARTED, -1, cannotStart(argv.getFirst(), e), 0, output);
    }
    try {
      p.getOutputStream().close();
    } catch (IOException e) {
      // it has already stopped reading, which is what closing says too
    }
    Thread reader = Thread.ofVirtual().start(() -> output.drain(p.getInputStream()));
    boolean finished;
    try {
      finished = p.waitFor(Math.max(0, limit.toNanos()), TimeUnit.NANOSECONDS);
      if (!finished) {
        kill(p);
      }
      // a child left running in the background may hold the output open: stop waiting for it
      reader.join(LAST_OUTPUT);
    } catch (InterruptedException e) {
      kill(p);
      throw e;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return finished
        ? new Result(Status.EXITED, p.exitValue(), null, millis, output)
        : new Result(Status.TIMED_OUT, -1, null, millis, output);
  }

  /**
   * Kills {@code p} and every process under it. The tree is listed while {@code p} still runs, so
   * that its children are found before they lose their parent; {@code p} goes first, so that it
   * starts no other (a script's next line), then each of them by its own handle.
   */
  static void kill(Process p) throws InterruptedException {
    List<ProcessHandle> tree = p.descendants().toList();
    p.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    p.waitFor(LAST_OUTPUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** "no program 'x' (not on the PATH)", not Java's "Cannot run program ... error=2". */
  private static String cannotStart(String program, IOException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher errno = ERRNO.matcher(m);
    if (errno.find()) {
      return switch (errno.group(1)) {
        case "2" ->
            program.contains("/")
                ? "there is no program " + program
                : "there is no program " + program + " on the PATH";
        case "13" -> program + " may not be run (permission denied)";
        default -> program + ": " + errno.group(2).strip();
      };
    }
    return program + ": " + m;
  }
}
