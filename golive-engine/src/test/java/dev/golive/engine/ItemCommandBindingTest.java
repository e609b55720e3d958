package dev.golive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Problem;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Policy;
import dev.golive.engine.config.GoliveConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cmd.exit-zero takes the command its item names, and runs it only when the audit allows. */
class ItemCommandBindingTest {
  private static final Planner PLANNER = new Planner(Catalog.builtIn());

  private static SourceDocument doc(String text) {
    return ChecklistReader.readSource("CHECKLIST.md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Plan plan(String text) {
    return PLANNER.plan(List.of(doc(text)), GoliveConfig.empty(), List.of());
  }

  private static String command(Plan plan, int item) {
    return plan.files().getFirst().checksOf(item).getFirst().binding().params().get("command");
  }

  @Test
  void theItemsCommandFillsABindingThatGivesNone() {
    Plan plan =
        plan(
            """
            - [x] Barcha containers ishlamoqda <!-- golive: cmd.exit-zero -->
              ```bash
              docker compose -f docker-compose.production.yml ps
              ```
            - [x] Health check: `curl -fsS https://shop.example/health` <!-- golive: cmd.exit-zero -->
            - [x] Migrations <!-- golive: cmd.exit-zero command="python manage.py migrate --check" -->
              ```bash
              python manage.py showmigrations
              ```
            """);
    assertThat(plan.problems()).isEmpty();
    assertThat(command(plan, 0)).isEqualTo("docker compose -f docker-compose.production.yml ps");
    assertThat(command(plan, 1)).isEqualTo("curl -fsS https://shop.example/health");
    assertThat(command(plan, 2)).isEqualTo("python manage.py migrate --check");
    // each item's own command is its own run
    assertThat(
            plan.files().getFirst().checks().values().stream()
                .flatMap(List::stream)
                .map(BoundCheck::runKey)
                .distinct())
        .hasSize(3);
  }

  @Test
  void configBindingsTakeTheItemsCommandToo() {
    SourceDocument doc = doc("- [ ] Dependencies audited (`pnpm audit --prod`)\n- [ ] Other\n");
    GoliveConfig config =
        GoliveConfig.parse(
            "golive.yaml",
            """
            bindings:
              - item: Dependencies audited
                check: cmd.exit-zero timeout=2m
            """);
    Plan plan = PLANNER.plan(List.of(doc), config, List.of());
    assertThat(plan.problems()).isEmpty();
    assertThat(command(plan, 0)).isEqualTo("pnpm audit --prod");
  }

  @Test
  void anItemWithoutACommandOrWithSeveralIsAProblemBeforeAnythingRuns() {
    Plan plan =
        plan(
            """
            - [x] Superuser yaratilgan <!-- golive: cmd.exit-zero -->
            - [ ] Prisma <!-- golive: cmd.exit-zero -->
              ```bash
              cd apps/api
              npx prisma migrate status
              ```
            - [ ] Prisma in turn <!-- golive: cmd.exit-zero shell -->
              ```bash
              cd apps/api
              npx prisma migrate status
              ```
            - [ ] Logs <!-- golive: cmd.exit-zero -->
              ```bash
              docker compose logs web | grep -c ERROR
              ```
            """);
    assertThat(plan.problems())
        .extracting(Problem::oneLine)
        .containsExactly(
            "CHECKLIST.md:1: cmd.exit-zero has no command to run: the item names none (a ```bash"
                + " block under it, or a command in `backticks` in its text); give one with"
                + " command=\"...\"",
            "CHECKLIST.md:2: cmd.exit-zero: the command is 2 lines (`cd apps/api` ...); add"
                + " shell=true to run them in turn with /bin/sh, or choose one with"
                + " command=\"...\"",
            "CHECKLIST.md:12: cmd.exit-zero: `docker compose logs web | grep -c ERROR` needs a"
                + " shell for a pipe (|); add shell=true to run it with /bin/sh, or give a command"
                + " without it");
    assertThat(command(plan, 2)).isEqualTo("cd apps/api\nnpx prisma migrate status");
  }

  @Test
  void theAuditRunsTheCommandOnlyWhenAllowed(@TempDir Path repo) throws Exception {
    SourceDocument doc =
        doc(
            """
            - [x] Marker written <!-- golive: cmd.exit-zero -->
              ```sh
              touch marker
              ```
            - [x] Service healthy: `sh -c 'echo unhealthy; exit 4'` <!-- golive: cmd.exit-zero -->
            """);
    Plan plan = PLANNER.plan(List.of(doc), GoliveConfig.empty(), List.of());
    assertThat(plan.problems()).isEmpty();
    Target target = Target.of("local", Resources.NONE.with(TargetKind.REPO, repo.toString(), repo));
    Waivers waivers =
        Waivers.resolve(GoliveConfig.empty(), List.of(doc), LocalDate.of(2026, 11, 23));
    Auditor.Options options = Auditor.Options.defaults(Policy.defaults());

    AuditAssessment held = new Auditor(options).run(plan, List.of(target), waivers);
    List<ItemAudit> items = held.targets().getFirst().assessment().files().getFirst().audits();
    assertThat(items).extracting(ItemAudit::verdict).containsOnly(ItemVerdict.SELF_REPORTED_DONE);
    Finding skipped = items.getFirst().findings().getFirst();
    assertThat(skipped.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(skipped.message()).isEqualTo("not run: pass --allow-commands to run `touch marker`");
    assertThat(repo.resolve("marker")).doesNotExist();

    AuditAssessment ran =
        new Auditor(options.withCommandsAllowed(true)).run(plan, List.of(target), waivers);
    items = ran.targets().getFirst().assessment().files().getFirst().audits();
    assertThat(items)
        .extracting(ItemAudit::verdict)
        .containsExactly(ItemVerdict.VERIFIED, ItemVerdict.CONTRADICTED);
    assertThat(repo.resolve("marker")).exists();
    assertThat(items.get(1).findings().getFirst().message())
        .isEqualTo("`sh -c 'echo unhealthy; exit 4'` exited with status 4: unhealthy");
  }

  @Test
  void goliveYamlCannotAllowCommands() {
    GoliveConfig config =
        GoliveConfig.parse("golive.yaml", "allowCommands: true\nallow-commands: yes\n");
    assertThat(config.problems())
        .extracting(Problem::oneLine)
        .containsExactly(
            "golive.yaml:1: 'allowCommands' cannot be set here: only the person running the audit"
                + " can allow commands, with golive audit --allow-commands",
            "golive.yaml:2: 'allow-commands' cannot be set here: only the person running the audit"
                + " can allow commands, with golive audit --allow-commands");
  }
}
