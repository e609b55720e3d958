package dev.golive.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.http.HstsCheck;
import dev.golive.checks.http.StatusCheck;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.Binding;
import dev.golive.engine.Plan;
import dev.golive.engine.Planner;
import dev.golive.engine.config.GoliveConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What survives of the matcher's proposals once the catalog has its say. */
class AutoBinderTest {
  /** A catalog of two checks, so that what it lacks shows. */
  private static final Catalog TWO_CHECKS = Catalog.of(List.of(StatusCheck.class, HstsCheck.class));

  private static final AutoBinder BINDER = new AutoBinder(TWO_CHECKS);

  private static SourceDocument doc(String text) {
    return ChecklistReader.readSource("CHECKLIST.md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> specs(List<Suggestion> suggestions) {
    return suggestions.stream()
        .map(s -> s.item().line() + " " + s.binding().spec() + " " + s.binding().confidence())
        .toList();
  }

  @Test
  void proposesOnlyChecksTheCatalogHasAtTheItemsLine() {
    SourceDocument d =
        doc(
            """
            # Launch

            - [x] HSTS enabled with max-age=31536000
            - [x] SSL certificate valid
            - [x] /status returns 200
            - [x] Daily backups
            """);
    List<Suggestion> s = BINDER.suggest(List.of(d), GoliveConfig.empty(), 0.6);
    assertThat(specs(s))
        .containsExactly("3 http.hsts min-max-age=31536000 0.9", "5 http.status path=/status 0.8");
    Binding b = s.getFirst().binding();
    assertThat(b.source()).isEqualTo(Binding.Source.AUTO);
    assertThat(b.file()).isEqualTo("CHECKLIST.md");
    assertThat(b.line()).isEqualTo(3);
    assertThat(b.itemIndex()).isZero();
    assertThat(s.getFirst().cue()).isEqualTo("hsts");
  }

  @Test
  void itemsPeopleBoundGetNoProposal() {
    SourceDocument d =
        doc(
            """
            - [x] HSTS enabled <!-- golive: http.hsts min-max-age=60 -->
            - [x] Strict-Transport-Security sent
            - [x] HSTS on the API too
            - [-] HSTS on the old site
            """);
    GoliveConfig config =
        GoliveConfig.parse(
            "golive.yaml",
            """
            bindings:
              - item: Strict-Transport-Security sent
                check: http.hsts
            """);
    assertThat(specs(BINDER.suggest(List.of(d), config, 0.6))).containsExactly("3 http.hsts 0.9");
  }

  @Test
  void theMinimumConfidenceFiltersAndSurestComesFirst() {
    SourceDocument d = doc("- [x] Security headers configured: HSTS included\n");
    assertThat(specs(BINDER.suggest(List.of(d), GoliveConfig.empty(), 0.6)))
        .containsExactly("1 http.hsts 0.9");
    SourceDocument vague = doc("- [x] Security headers configured\n");
    assertThat(BINDER.suggest(List.of(vague), GoliveConfig.empty(), 0.6)).isEmpty();
    assertThat(specs(BINDER.suggest(List.of(vague), GoliveConfig.empty(), 0.3)))
        .containsExactly("1 http.hsts 0.45");
  }

  @Test
  void parametersTheCheckDoesNotTakeAreDroppedAndEssentialOnesTakeTheProposalWithThem() {
    Rule detail = Rule.check("http.hsts").cue(0.9, "hsts").detail("colour", s -> "blue").build();
    Rule essential =
        Rule.check("http.status").cue(0.9, "status").essential("budget", s -> "5").build();
    Rule unknown = Rule.check("nope.missing").cue(0.9, "hsts|status").build();
    AutoBinder binder =
        new AutoBinder(TWO_CHECKS, new ItemMatcher(List.of(detail, essential, unknown)));
    SourceDocument d = doc("- [x] HSTS\n- [x] status\n");
    assertThat(specs(binder.suggest(List.of(d), GoliveConfig.empty(), 0.6)))
        .containsExactly("1 http.hsts 0.9");
  }

  @Test
  void valuesTheCheckRefusesDropTheProposal() {
    Rule rule = Rule.check("http.hsts").cue(0.9, "hsts").detail("min-max-age", s -> "soon").build();
    AutoBinder binder = new AutoBinder(TWO_CHECKS, new ItemMatcher(List.of(rule)));
    assertThat(binder.suggest(List.of(doc("- [x] HSTS\n")), GoliveConfig.empty(), 0.6)).isEmpty();
  }

  @Test
  void bindingsPlanWithoutProblems() {
    SourceDocument d = doc("- [x] HSTS enabled\n- [x] Site is up and reachable\n");
    List<Binding> auto = BINDER.bindings(List.of(d), GoliveConfig.empty(), 0.6);
    Plan plan = new Planner(Catalog.builtIn()).plan(List.of(d), GoliveConfig.empty(), auto);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.checkCount()).isEqualTo(2);
    assertThat(plan.files().getFirst().checksOf(1))
        .extracting(c -> c.binding().source())
        .containsExactly(Binding.Source.AUTO);
  }
}
