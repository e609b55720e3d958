package dev.golive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.Target;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Outcome;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.Policy;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets that misbehave in every way at once, audited together with a healthy one: each gets a
 * finding that says what went wrong, the healthy one is judged as usual, and the audit ends inside
 * its deadline.
 */
class HostileTargetsTest {
  private static final Duration DEADLINE = Duration.ofSeconds(4);

  @Test
  void everyMisbehaviourIsNamedAndTheAuditEndsInsideItsDeadline() {
    Certificates.Authority unknown = Certificates.authority("nobody trusts this CA");
    try (RawServer stall = RawServer.plain(RawServer.stall());
        RawServer trickle = RawServer.plain(RawServer.trickle());
        RawServer endless = RawServer.plain(RawServer.endless());
        RawServer reset = RawServer.plain(RawServer.reset());
        WebServer loop =
            WebServer.http()
                .route("/", WebServer.Reply.redirect(302, "/a"))
                .route("/a", WebServer.Reply.redirect(302, "/"));
        WebServer badCert =
            WebServer.https(unknown.issue(Certificates.Spec.valid("127.0.0.1")))
                .route("/", WebServer.Reply.html("hi"));
        WebServer healthy = WebServer.http().route("/", WebServer.Reply.html("<p>ok</p>"))) {
      SourceDocument doc =
          ChecklistReader.readSource(
              "CHECKLIST.md",
              "- [x] Site answers <!-- golive: http.status -->\n".getBytes(StandardCharsets.UTF_8));
      Plan plan =
          new Planner(Catalog.builtIn()).plan(List.of(doc), GoliveConfig.empty(), List.of());
      List<Target> targets =
          List.of(
              Target.of(stall.url()),
              Target.of(trickle.url()),
              Target.of(endless.url()),
              Target.of(reset.url()),
              Target.of(loop.url()),
              Target.of(badCert.url()),
              Target.of(healthy.url()));
      Auditor auditor =
          new Auditor(Auditor.Options.defaults(Policy.defaults()).withDeadline(DEADLINE));

      long started = System.nanoTime();
      AuditAssessment result = auditor.run(plan, targets, Waivers.none());
      long tookMs = (System.nanoTime() - started) / 1_000_000;

      assertThat(tookMs).isLessThanOrEqualTo(DEADLINE.toMillis());
      assertThat(finding(result, 0)).satisfies(f -> error(f, "stalls"));
      assertThat(finding(result, 1)).satisfies(f -> error(f, "stalls"));
      // a body without end is cut at the byte limit and the answer is still judged
      assertThat(finding(result, 2).outcome()).isEqualTo(Outcome.PASS);
      assertThat(finding(result, 3)).satisfies(f -> error(f, "closed or reset the connection"));
      assertThat(finding(result, 4).outcome()).isEqualTo(Outcome.FAIL);
      assertThat(finding(result, 4).message()).contains("still redirects");
      assertThat(finding(result, 5)).satisfies(f -> error(f, "not trusted"));
      assertThat(finding(result, 6).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  private static Finding finding(AuditAssessment result, int target) {
    return result
        .targets()
        .get(target)
        .assessment()
        .files()
        .getFirst()
        .audit(0)
        .findings()
        .getFirst();
  }

  private static void error(Finding f, String words) {
    assertThat(f.outcome()).as(f.message()).isEqualTo(Outcome.ERROR);
    assertThat(f.message()).contains(words);
  }
}
