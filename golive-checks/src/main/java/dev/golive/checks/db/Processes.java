package dev.golive.checks.db;

import dev.golive.checks.ProbeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Programs the {@code db} checks run: bounded in time and output, killed at the deadline. */
final class Processes {
  /** What a program said: its exit code and the start of its output. */
  record Result(int exit, String out, String err) {
    /** The first non-blank line of the error output, or of the output. */
    String firstProblem() {
      for (String text : List.of(err, out)) {
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            return line.strip();
          }
        }
      }
      return "exit code " + exit;
    }
  }

  private static final int CAP = 4 << 20;

  private Processes() {}

  /**
   * Runs {@code command} with {@code env} added to golive's environment (and {@code PG*} variables
   * of golive's own left out), feeding it {@code stdin} when not {@code null}.
   *
   * @param what how messages name the program
   * @throws ProbeException when it cannot be started, or does not finish within {@code budget} (it
   *     and its children are killed then)
   */
  static Result run(
      String what,
      List<String> command,
      Map<String, String> env,
      InputStream stdin,
      Duration budget)
      throws ProbeException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
    pb.environment().putAll(env);
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new ProbeException(what + " could not be started: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread readOut = Thread.ofVirtual().start(() -> drain(p.getInputStream(), out));
    Thread readErr = Thread.ofVirtual().start(() -> drain(p.getErrorStream(), err));
    Thread feed = null;
    if (stdin != null) {
      feed =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (OutputStream to = p.getOutputStream()) {
                      stdin.transferTo(to);
                    } catch (IOException e) {
                      // the program stopped reading: its exit code and output say why
                    }
                  });
    }
    try {
      if (!p.waitFor(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS)) {
        kill(p);
        throw new ProbeException(
            what + " did not finish within " + seconds(budget) + " and was stopped");
      }
      readOut.join(Duration.ofSeconds(2));
      readErr.join(Duration.ofSeconds(2));
      if (feed != null) {
        feed.join(Duration.ofSeconds(2));
      }
    } catch (InterruptedException e) {
      kill(p);
      throw e;
    }
    synchronized (out) {
      synchronized (err) {
        return new Result(
            p.exitValue(),
            out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8));
      }
    }
  }

  static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  private static void drain(InputStream in, ByteArrayOutputStream to) {
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (to) {
          if (to.size() < CAP) {
            to.write(buf, 0, Math.min(n, CAP - to.size()));
          }
        }
      }
    } catch (IOException e) {
      // the program was killed or closed its output
    }
  }

  static String seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000) + " s";
  }
}
