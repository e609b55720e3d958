package dev.golive.checks.cmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.LiveProbe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import dev.golive.checks.cmd.ExitZeroCheck.Run;
import dev.golive.checks.cmd.ExitZeroCheck.Status;
import dev.golive.core.model.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitZeroCheckTest {
  @TempDir Path repo;

  private static ExitZeroCheck check(String command) {
    return new ExitZeroCheck(command, false, "60s", "");
  }

  private static ExitZeroCheck shell(String command, String timeout) {
    return new ExitZeroCheck(command, true, timeout, "");
  }

  private LiveProbe probe() {
    Target t = Target.of("local", Resources.NONE.with(TargetKind.REPO, repo.toString(), repo));
    return Probes.of(t, Trust.system(), Duration.ofSeconds(20));
  }

  private LiveProbe allowed() {
    return probe().allowingCommands();
  }

  private static Run run(Status status, Integer exit, long limit, List<String> output) {
    return new Run(
        "docker compose ps", false, "/srv/shop", status, exit, 1200, limit, null, 10, output);
  }

  @ParameterizedTest(name = "{0} exit {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EXITED      | 0 | PASS",
        "EXITED      | 1 | FAIL",
        "EXITED      | 3 | FAIL",
        "EXITED      | -1| FAIL",
        "TIMED_OUT   | - | ERROR",
        "NOT_STARTED | - | ERROR",
        "NOT_ALLOWED | - | SKIPPED",
      })
  void judgesHowTheRunEnded(Status status, Integer exit, Outcome expected) {
    Run e = run(status, exit, 60_000, List.of("NAME  STATUS", "web   Up 3 days"));
    assertThat(check("docker compose ps").evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void messagesNameTheCommandAndWhatHappened() {
    ExitZeroCheck c = check("docker compose ps");
    assertThat(c.evaluate(run(Status.NOT_ALLOWED, null, 0, List.of())).message())
        .isEqualTo("not run: pass --allow-commands to run `docker compose ps`");
    assertThat(c.evaluate(run(Status.EXITED, 0, 60_000, List.of())).message())
        .isEqualTo("`docker compose ps` exited with status 0 in 1.2 s");
    assertThat(
            c.evaluate(run(Status.EXITED, 1, 60_000, List.of("no such service: web", "", " ")))
                .message())
        .isEqualTo("`docker compose ps` exited with status 1: no such service: web");
    assertThat(c.evaluate(run(Status.TIMED_OUT, null, 60_000, List.of())).message())
        .isEqualTo(
            "`docker compose ps` did not finish within 60 s and was stopped with every process it"
                + " started (raise timeout= if it needs longer)");
    assertThat(c.evaluate(run(Status.TIMED_OUT, null, 19_700, List.of())).message())
        .contains("within 20 s")
        .contains("the check's deadline came first: raise --check-timeout");
    Run missing =
        new Run(
            "dockr ps",
            false,
            "/srv",
            Status.NOT_STARTED,
            null,
            0,
            60_000,
            "there is no program dockr on the PATH",
            0,
            List.of());
    assertThat(c.evaluate(missing).message())
        .isEqualTo("`dockr ps` could not be started: there is no program dockr on the PATH");
  }

  @Test
  void aLongScriptIsNamedByItsFirstLine() {
    Run e =
        new Run(
            "cd apps/api\nnpx prisma migrate status",
            true,
            "/srv",
            Status.EXITED,
            0,
            10,
            60_000,
            null,
            0,
            List.of());
    assertThat(shell("x", "60s").evaluate(e).message()).startsWith("`cd apps/api …` exited");
  }

  @Test
  void commandsThatNeedAShellAreRefusedWithoutOne() {
    assertThatThrownBy(() -> check("docker compose ps | grep web"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "`docker compose ps | grep web` needs a shell for a pipe (|); add shell=true to run it"
                + " with /bin/sh, or give a command without it");
    assertThatThrownBy(() -> check("cd apps/api\nnpx prisma migrate status"))
        .hasMessageContaining("the command is 2 lines (`cd apps/api` ...)")
        .hasMessageContaining("add shell=true");
    assertThatThrownBy(() -> check("curl $API/health")).hasMessageContaining("variable");
    assertThatThrownBy(() -> check("echo 'open")).hasMessageContaining("never closed");
    assertThat(shell("docker compose ps | grep web", "60s").command())
        .isEqualTo("docker compose ps | grep web");
    assertThat(check("").command()).isEmpty();
  }

  @Test
  void theTimeoutIsADuration() {
    assertThat(ExitZeroCheck.limit("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(ExitZeroCheck.limit("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(ExitZeroCheck.limit("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> new ExitZeroCheck("true", false, "soon", ""))
        .hasMessage("'timeout' must be a duration such as 30s, 2m or 500ms, not 'soon'");
    assertThatThrownBy(() -> new ExitZeroCheck("true", false, "0s", ""))
        .hasMessage("'timeout' must be longer than zero");
  }

  @Test
  void withoutAllowCommandsNothingRuns() throws Exception {
    ExitZeroCheck c = check("touch ran");
    Run e = c.collect(probe());
    assertThat(e.status()).isEqualTo(Status.NOT_ALLOWED);
    assertThat(c.evaluate(e).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(c.evaluate(e).message())
        .isEqualTo("not run: pass --allow-commands to run `touch ran`");
    assertThat(repo.resolve("ran")).doesNotExist();
  }

  @Test
  void exitZeroPasses() throws Exception {
    ExitZeroCheck c = check("true");
    Run e = c.collect(allowed());
    assertThat(e.status()).isEqualTo(Status.EXITED);
    assertThat(e.exitCode()).isZero();
    assertThat(c.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void anotherExitCodeFailsAndNamesIt() throws Exception {
    ExitZeroCheck c = check("sh -c 'echo checking; echo web is down >&2; exit 3'");
    Run e = c.collect(allowed());
    assertThat(e.exitCode()).isEqualTo(3);
    assertThat(e.output()).containsExactly("checking", "web is down");
    assertThat(c.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(c.evaluate(e).message())
        .isEqualTo(
            "`sh -c 'echo checking; echo web is down >&2; exit 3'` exited with status 3: web is"
                + " down");
  }

  @Test
  void aShellRunsTheLinesInTurnAndStopsAtTheFirstThatFails() throws Exception {
    ExitZeroCheck c = shell("echo one\nfalse\necho never", "60s");
    Run e = c.collect(allowed());
    assertThat(e.exitCode()).isEqualTo(1);
    assertThat(e.output()).containsExactly("one");
  }

  @Test
  void itRunsInTheRepositoryOrAFolderInIt() throws Exception {
    Path sub = Files.createDirectories(repo.resolve("backend"));
    Run here = check("pwd").collect(allowed());
    assertThat(Path.of(here.output().getLast()).toRealPath()).isEqualTo(repo.toRealPath());
    Run there = new ExitZeroCheck("pwd", false, "60s", "backend").collect(allowed());
    assertThat(Path.of(there.output().getLast()).toRealPath()).isEqualTo(sub.toRealPath());
    assertThatThrownBy(() -> new ExitZeroCheck("pwd", false, "60s", "nope").collect(allowed()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("there is no folder");
  }

  @Test
  void leadingAssignmentsSetTheEnvironmentAndInputIsClosed() throws Exception {
    Run e = check("GOLIVE_MARK=yes sh -c 'echo $GOLIVE_MARK; cat'").collect(allowed());
    assertThat(e.exitCode()).isZero();
    assertThat(e.output()).containsExactly("yes");
  }

  @Test
  void aMissingProgramIsAnError() throws Exception {
    ExitZeroCheck c = check("golive-no-such-program --version");
    Run e = c.collect(allowed());
    assertThat(e.status()).isEqualTo(Status.NOT_STARTED);
    assertThat(c.evaluate(e).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(c.evaluate(e).message())
        .isEqualTo(
            "`golive-no-such-program --version` could not be started: there is no program"
                + " golive-no-such-program on the PATH");
  }

  @Test
  void atTheTimeoutItIsKilledWithItsChildren() throws Exception {
    ExitZeroCheck c = shell("sleep 30 & echo $! > child.pid; echo started; sleep 30", "1s");
    Run e = c.collect(allowed());
    assertThat(e.status()).isEqualTo(Status.TIMED_OUT);
    assertThat(e.output()).containsExactly("started");
    assertThat(c.evaluate(e).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(c.evaluate(e).message()).contains("did not finish within 1.0 s");
    long child = Long.parseLong(Files.readString(repo.resolve("child.pid")).strip());
    assertThat(gone(child)).as("the background sleep was killed too").isTrue();
  }

  @Test
  void theChecksDeadlineBoundsTheTimeout() throws Exception {
    Target t = Target.of("local", Resources.NONE.with(TargetKind.REPO, repo.toString(), repo));
    LiveProbe shortly = Probes.of(t, Trust.system(), Duration.ofSeconds(1)).allowingCommands();
    ExitZeroCheck c = check("sleep 30");
    Run e = c.collect(shortly);
    assertThat(e.status()).isEqualTo(Status.TIMED_OUT);
    assertThat(e.limitMillis()).isLessThanOrEqualTo(1000);
    assertThat(c.evaluate(e).message()).contains("raise --check-timeout");
  }

  @Test
  void onlyTheTailOfAHugeOutputIsKept() throws Exception {
    ExitZeroCheck c = shell("yes golive | head -n 15000000; echo END", "60s");
    Run e = c.collect(allowed());
    assertThat(e.exitCode()).isZero();
    assertThat(e.outputBytes()).isEqualTo(15_000_000L * 7 + 4);
    assertThat(e.output()).hasSize(ExitZeroCheck.KEEP_LINES).endsWith("golive", "END");
    assertThat(String.join("\n", e.output()).length())
        .isLessThanOrEqualTo(ExitZeroCheck.KEEP_BYTES);
  }

  @Test
  void aChildLeftInTheBackgroundDoesNotHoldTheCheck() throws Exception {
    Run e = shell("sleep 30 & echo $! > child.pid; echo done", "60s").collect(allowed());
    try {
      assertThat(e.status()).isEqualTo(Status.EXITED);
      assertThat(e.exitCode()).isZero();
      assertThat(e.output()).containsExactly("done");
    } finally {
      long child = Long.parseLong(Files.readString(repo.resolve("child.pid")).strip());
      ProcessHandle.of(child).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void secretsInTheCommandAndItsOutputAreMasked() throws Exception {
    ExitZeroCheck c =
        check("sh -c 'echo DB_PASSWORD=hunter2; echo postgres://app:s3cret@db/shop' password=x");
    Run e = c.collect(allowed());
    assertThat(e.output()).containsExactly("DB_PASSWORD=***", "postgres://app:***@db/shop");
    assertThat(e.command()).doesNotContain("=x").contains("password=***");
    String text = e.toString();
    assertThat(text).doesNotContain("hunter2").doesNotContain("s3cret");
  }

  /** Whether the process {@code pid} has ended (or is only waiting to be reaped). */
  private static boolean gone(long pid) throws Exception {
    var handle = ProcessHandle.of(pid);
    if (handle.isEmpty()) {
      return true;
    }
    try {
      handle.get().onExit().get(10, TimeUnit.SECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      return !Files.exists(stat)
          || Files.readString(stat, StandardCharsets.UTF_8)
              .replaceFirst(".*\\) ", "")
              .startsWith("Z");
    }
  }
}
