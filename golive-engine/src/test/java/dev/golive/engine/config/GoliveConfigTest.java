package dev.golive.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GoliveConfigTest {
  private static final Path BASE = Path.of("/srv/shop");

  @Test
  void aTargetGivesItsDeepPartsWithPathsRelativeToTheConfig() {
    GoliveConfig c =
        GoliveConfig.parse(
            "golive.yaml",
            """
            targets:
              production:
                web: https://shop.example
                database: postgres://app:${DB_PASSWORD}@db.internal:5432/shop
                redis: redis://cache.internal:6379
                repo: .
                env: deploy/.env
                compose: docker-compose.yml
                backups: cmd:ls -l /var/backups
              local:
                database: sqlite:app.db
                env: process
            """,
            BASE);

    assertThat(c.problems()).isEmpty();
    Target prod = c.targets().get(0);
    assertThat(prod.web()).hasToString("https://shop.example/");
    assertThat(prod.resources())
        .isEqualTo(
            new Resources(
                "postgres://app:${DB_PASSWORD}@db.internal:5432/shop",
                "redis://cache.internal:6379",
                BASE.resolve("."),
                BASE.resolve("deploy/.env").toString(),
                BASE.resolve("docker-compose.yml"),
                "cmd:ls -l /var/backups"));
    Target local = c.targets().get(1);
    assertThat(local.has(TargetKind.WEB)).isFalse();
    assertThat(local.has(TargetKind.DATABASE)).isTrue();
    assertThat(local.resources().env()).isEqualTo(Resources.PROCESS_ENV);
    assertThat(local.has(TargetKind.REDIS)).isFalse();
  }

  @Test
  void theProjectNamesWhereAuditsAreStored() {
    assertThat(GoliveConfig.parse("golive.yaml", "project: Shop API\n", BASE).project())
        .isEqualTo("Shop API");
    assertThat(GoliveConfig.parse("golive.yaml", "targets: {}\n", BASE).project()).isNull();
    assertThat(GoliveConfig.parse("golive.yaml", "project: [a, b]\n", BASE).problems())
        .extracting(Problem::oneLine)
        .containsExactly("golive.yaml:1: expected a value, not a list");
  }

  @Test
  void everyProblemWithATargetIsNamedByLine() {
    GoliveConfig c =
        GoliveConfig.parse(
            "golive.yaml",
            """
            targets:
              production:
                web: https://shop.example
                databse: postgres://db/shop
                redis: ""
              empty: {}
            """,
            BASE);

    assertThat(c.problems())
        .extracting(Problem::oneLine)
        .containsExactly(
            "golive.yaml:4: unknown key 'databse' in target 'production' (did you mean"
                + " 'database'?)",
            "golive.yaml:5: 'redis' needs a value, as in 'redis: redis://cache.internal:6379'",
            "golive.yaml:6: target 'empty' names nothing to check");
  }

  @Test
  void aNotifyBlockIsLeftToTheNotifications() {
    GoliveConfig c =
        GoliveConfig.parse(
            "golive.yaml",
            """
            targets:
              production: https://shop.example
            notify:
              channels:
                team: {type: slack, url: "${SLACK_WEBHOOK_URL}"}
            """,
            BASE);

    assertThat(c.problems()).isEmpty();
    assertThat(c.targets()).hasSize(1);
  }
}
