package dev.golive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.core.model.Problem;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final Planner PLANNER = new Planner(Catalog.builtIn());

  private static SourceDocument doc(String text) {
    return ChecklistReader.readSource("CHECKLIST.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void inlineBindingsAreReadFromTheItemLine() {
    Plan plan =
        PLANNER.plan(
            List.of(
                doc(
                    "# T\n\n- [x] HSTS <!-- golive: http.hsts min-max-age=31536000; http.status path=/ -->\n"
                        + "- [ ] other\n")),
            GoliveConfig.empty(),
            List.of());
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.files().getFirst().checksOf(0))
        .extracting(c -> c.binding().spec())
        .containsExactly("http.hsts min-max-age=31536000", "http.status path=/");
    assertThat(plan.files().getFirst().checksOf(1)).isEmpty();
  }

  @Test
  void everyProblemIsReportedWithFileLineAndAHint() {
    Plan plan =
        PLANNER.plan(
            List.of(
                doc(
                    """
                    - [x] one <!-- golive: http.hstss -->
                    - [x] two <!-- golive: http.hsts min-max-ag=5 -->
                    - [x] three <!-- golive: http.hsts min-max-age=soon -->
                    - [x] four <!-- golive: http.status max-hops=99 -->
                    """)),
            GoliveConfig.empty(),
            List.of());
    assertThat(plan.problems())
        .extracting(Problem::oneLine)
        .containsExactly(
            "CHECKLIST.md:1: unknown check 'http.hstss' (did you mean 'http.hsts'?); 'golive checks' lists them",
            "CHECKLIST.md:2: http.hsts has no parameter 'min-max-ag' (did you mean 'min-max-age'?)",
            "CHECKLIST.md:3: http.hsts: 'min-max-age' expects an integer, not 'soon'",
            "CHECKLIST.md:4: http.status: 'max-hops' must be between 0 and 20");
  }

  @Test
  void configBindingsNameItemsByIdTextOrLine() {
    SourceDocument doc = doc("- [x] HSTS enabled\n- [x] Site answers\n- [x] Site answers fast\n");
    GoliveConfig config =
        GoliveConfig.parse(
            "golive.yaml",
            """
            bindings:
              - item: hsts enabled
                check: http.hsts
              - line: 2
                checks: [http.status]
              - item: Site answers
                check: http.status path=/x
              - item: answers
                check: http.status
              - item: nothing like it
                check: http.status
            """);
    assertThat(config.problems()).isEmpty();
    Plan plan = PLANNER.plan(List.of(doc), config, List.of());
    assertThat(plan.files().getFirst().checksOf(0)).hasSize(1);
    assertThat(plan.files().getFirst().checksOf(1)).hasSize(2);
    assertThat(plan.problems())
        .extracting(Problem::oneLine)
        .containsExactly(
            "golive.yaml:8: 'answers' matches 2 items (lines 2, 3); name one by its id or line in CHECKLIST.md",
            "golive.yaml:10: no item is 'nothing like it' in CHECKLIST.md");
  }

  @Test
  void configProblemsAreAllReportedByLine() {
    GoliveConfig config =
        GoliveConfig.parse(
            "golive.yaml",
            """
            target:
              web: https://x
            policy:
              min-score: 120
              block: [urgent]
            waivers:
              - item: CDN
                reason: later
                owner: ops
                until: next week
            """);
    assertThat(config.problems())
        .extracting(Problem::oneLine)
        .containsExactly(
            "golive.yaml:2: unknown key 'target' (did you mean 'targets'?)",
            "golive.yaml:4: min-score must be between 0 and 100",
            "golive.yaml:5: unknown priority 'urgent' (expected critical, high, medium or low)",
            "golive.yaml:10: 'until' should be a date like 2026-12-31, not 'next week'");
  }
}
