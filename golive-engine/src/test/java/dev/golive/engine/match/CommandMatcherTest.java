package dev.golive.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Catalog;
import dev.golive.checks.cmd.ExitZeroCheck;
import dev.golive.checks.http.HstsCheck;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which commands an item names make golive propose to run them. */
class CommandMatcherTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "systemctl status shop-api",
        "sudo systemctl is-active nginx",
        "pnpm audit",
        "npm audit --audit-level=high",
        "npm run test",
        "yarn lint",
        "pytest",
        "php artisan test",
        "docker compose exec -T web python manage.py migrate --check",
        "docker compose -f docker-compose.prod.yml exec web python manage.py makemigrations --check --dry-run",
        "npx prisma migrate status",
        "sudo nginx -t",
        "docker compose -f compose.prod.yml config -q",
        "certbot renew --dry-run",
        "curl -fsS https://shop.example/health",
        "curl --fail https://shop.example/health",
        "DJANGO_SETTINGS_MODULE=shop.prod python manage.py migrate --check"
      })
  void commandsThatOnlyLookAndFailWhenTheItemDoesNotHold(String command) {
    assertThat(CommandMatcher.looks(command)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // change things
        "python manage.py migrate",
        "npm audit fix",
        "git push origin main",
        "cp .env.production .env",
        "sudo ufw enable",
        "./deploy.sh",
        "npm run build",
        "docker compose up -d",
        // exit 0 whatever they find
        "docker compose exec web python manage.py showmigrations",
        "curl https://shop.example/health",
        "dig shop.example",
        "ufw status",
        // more than one thing in a line
        "pytest && ./deploy.sh",
        "systemctl status shop; rm -rf /tmp/x"
      })
  void commandsThatChangeThingsOrCannotFailAreNeverProposed(String command) {
    assertThat(CommandMatcher.looks(command)).isFalse();
  }

  @Test
  void anItemIsProposedOnlyWhenEveryCommandOfItLooks() {
    assertThat(CommandMatcher.match(List.of("pytest", "pnpm audit")))
        .extracting(Proposal::check, Proposal::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cmd.exit-zero", 0.7));
    assertThat(CommandMatcher.match(List.of("pytest", "./deploy.sh"))).isEmpty();
    assertThat(CommandMatcher.match(List.of())).isEmpty();
  }

  @Test
  void theBinderProposesTheCommandBesideTheItemAndLeavesItInTheItem() {
    SourceDocument doc =
        ChecklistReader.readSource(
            "CHECKLIST.md",
            """
            # Release

            - [x] Every migration applied
              ```bash
              docker compose exec web python manage.py migrate --check
              ```
            - [x] Dependencies audited (`pnpm audit`)
            - [x] Database migrated
              ```bash
              docker compose exec web python manage.py migrate
              ```
            """
                .getBytes(StandardCharsets.UTF_8));
    AutoBinder binder = new AutoBinder(Catalog.of(List.of(ExitZeroCheck.class, HstsCheck.class)));
    assertThat(binder.suggest(List.of(doc), GoliveConfig.empty(), 0.6))
        .extracting(s -> s.item().line() + " " + s.binding().spec())
        .containsExactly("3 cmd.exit-zero", "7 cmd.exit-zero");
  }
}
