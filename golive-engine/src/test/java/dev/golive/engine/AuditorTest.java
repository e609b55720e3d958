package dev.golive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Verdict;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  private static SourceDocument doc(String text) {
    return ChecklistReader.readSource("CHECKLIST.md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static AuditAssessment audit(
      SourceDocument doc, GoliveConfig config, Auditor.Options options, Target... targets) {
    Plan plan = new Planner(CATALOG).plan(List.of(doc), config, List.of());
    assertThat(plan.problems()).isEmpty();
    Waivers waivers = Waivers.resolve(config, List.of(doc), LocalDate.of(2026, 11, 23));
    return new Auditor(options).run(plan, List.of(targets), waivers);
  }

  @Test
  void everyVerdictKindComesFromClaimAndFinding(@TempDir Path dir) throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (WebServer site =
        WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Strict-Transport-Security", "max-age=63072000"))
            .route("/gone", WebServer.Reply.of(410, "gone"))) {
      SourceDocument doc =
          doc(
              """
              # Launch
              - [x] HSTS on <!-- golive: http.hsts -->
              - [ ] Home page answers <!-- golive: http.status -->
              - [x] Old page still works <!-- golive: http.status path=/gone -->
              - [ ] Old page retired <!-- golive: http.status path=/gone -->
              - [x] Backups tested
              - [ ] Pen test booked
              - [ ] CDN in front
              """);
      GoliveConfig config =
          GoliveConfig.parse(
              "golive.yaml",
              """
              waivers:
                - item: CDN
                  reason: after the launch
                  owner: ops
                  until: 2026-12-31
              """);
      var options =
          Auditor.Options.defaults(Policy.defaults())
              .withTrust(Trust.withCaFile(ca.writePem(dir.resolve("ca.pem"))));
      AuditAssessment result = audit(doc, config, options, Target.of(site.url()));

      FileAssessment f = result.targets().getFirst().assessment().files().getFirst();
      assertThat(f.audits())
          .extracting(a -> a.verdict())
          .containsExactly(
              ItemVerdict.VERIFIED,
              ItemVerdict.DONE_UNCLAIMED,
              ItemVerdict.CONTRADICTED,
              ItemVerdict.OPEN,
              ItemVerdict.SELF_REPORTED_DONE,
              ItemVerdict.SELF_REPORTED_OPEN,
              ItemVerdict.WAIVED);
      assertThat(f.audit(0).findings().getFirst().evidence())
          .containsEntry("values", List.of("max-age=63072000"));
      assertThat(result.verdict()).isEqualTo(Verdict.NO_GO);
      // the same request is fetched once for every check that reads it
      assertThat(site.hits("/gone")).isEqualTo(1);
    }
  }

  @Test
  void aStallingTargetEndsInsideTheDeadlineWithAnErrorAndTheOthersIntact() {
    try (RawServer stalling = RawServer.plain(RawServer.stall());
        WebServer healthy = WebServer.http().route("/", WebServer.Reply.html("ok"))) {
      SourceDocument doc = doc("- [x] Site up <!-- golive: http.status -->\n");
      var options = Auditor.Options.defaults(Policy.defaults()).withDeadline(Duration.ofSeconds(2));
      long started = System.nanoTime();
      AuditAssessment result =
          audit(
              doc,
              GoliveConfig.empty(),
              options,
              Target.of(stalling.url()),
              Target.of(healthy.url()));
      long tookMs = (System.nanoTime() - started) / 1_000_000;

      assertThat(tookMs).isLessThan(2000);
      var stalled = result.targets().get(0).assessment().files().getFirst().audit(0);
      assertThat(stalled.verdict()).isEqualTo(ItemVerdict.INCONCLUSIVE);
      assertThat(stalled.findings().getFirst().outcome()).isEqualTo(Outcome.ERROR);
      assertThat(stalled.findings().getFirst().message()).contains("stall");
      var fine = result.targets().get(1).assessment().files().getFirst().audit(0);
      assertThat(fine.verdict()).isEqualTo(ItemVerdict.VERIFIED);
      assertThat(result.targets().get(0).assessment().verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
  }

  @Test
  void aCheckWhoseTargetLacksWhatItLooksAtIsAnErrorThatSaysHowToAddIt() {
    SourceDocument doc = doc("- [x] Site up <!-- golive: http.status -->\n");
    Target repoOnly =
        Target.of("local", Resources.NONE.with(TargetKind.REPO, ".", Path.of("").toAbsolutePath()));
    AuditAssessment result =
        audit(doc, GoliveConfig.empty(), Auditor.Options.defaults(Policy.defaults()), repoOnly);

    var audit = result.targets().getFirst().assessment().files().getFirst().audit(0);
    assertThat(audit.verdict()).isEqualTo(ItemVerdict.INCONCLUSIVE);
    assertThat(audit.findings().getFirst().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(audit.findings().getFirst().message())
        .isEqualTo(
            "target 'local' has no web (the site's base URL): add 'web: https://shop.example' to"
                + " it in golive.yaml, or give --target web=...");
  }

  @Test
  void expiredWaiversStopCounting() {
    SourceDocument doc = doc("- [ ] CDN in front\n");
    GoliveConfig config =
        GoliveConfig.parse(
            "golive.yaml",
            "waivers:\n  - item: CDN\n    reason: later\n    owner: ops\n    until: 2026-11-01\n");
    Waivers w = Waivers.resolve(config, List.of(doc), LocalDate.of(2026, 11, 23));
    assertThat(w.of("CHECKLIST.md", 0)).isNull();
    assertThat(w.expired())
        .singleElement()
        .extracting(p -> p.oneLine())
        .asString()
        .contains("golive.yaml:2:", "expired on 2026-11-01");
  }
}
