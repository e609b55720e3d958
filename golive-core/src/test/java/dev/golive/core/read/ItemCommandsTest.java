package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands an item names: shell blocks nested under it and code spans that read as one. */
class ItemCommandsTest {
  private static Checklist read(String text) {
    return ChecklistReader.readText("c.md", text);
  }

  private static List<String> commandsOf(Checklist c, String words) {
    return c.items().stream()
        .filter(i -> i.text().contains(words))
        .findFirst()
        .map(Item::commands)
        .orElseThrow();
  }

  @Test
  void aShellBlockNestedUnderAnItemBelongsToIt() {
    Checklist c =
        read(
            """
            ### Migrations
            - [ ] Barcha migratsiyalar qo'llanilgan
              ```bash
              docker compose exec web python manage.py showmigrations
              ```
            - [ ] Superuser yaratilgan

            ### Containers
            - [x] Barcha containers ishlamoqda
              ```sh
              docker compose -f docker-compose.production.yml ps
              ```
            """);
    assertThat(commandsOf(c, "migratsiyalar"))
        .containsExactly("docker compose exec web python manage.py showmigrations");
    assertThat(commandsOf(c, "Superuser")).isEmpty();
    assertThat(commandsOf(c, "containers"))
        .containsExactly("docker compose -f docker-compose.production.yml ps");
  }

  @Test
  void blockLinesLoseCommentsPromptsAndContinuations() {
    Checklist c =
        read(
            """
            - [ ] Секреты сгенерированы
              ```bash
              # Генерация надежных секретов
              openssl rand -base64 32  # для JWT_SECRET

              curl -fsS \\
                https://shop.example/health
              echo "a # b"
              ```
            - [ ] Console
              ```console
              $ pg_isready -h db.internal
              db.internal:5432 - accepting connections
              ```
            """);
    assertThat(commandsOf(c, "Секреты"))
        .containsExactly(
            "openssl rand -base64 32", "curl -fsS https://shop.example/health", "echo \"a # b\"");
    assertThat(commandsOf(c, "Console")).containsExactly("pg_isready -h db.internal");
  }

  @Test
  void aHeredocStaysOneCommand() {
    Checklist c =
        read(
            """
            - [ ] Config written
              ```bash
              cat <<'EOF' > /tmp/x
              # not a comment here
              EOF
              ls /tmp/x
              ```
            """);
    assertThat(commandsOf(c, "Config"))
        .containsExactly("cat <<'EOF' > /tmp/x\n# not a comment here\nEOF", "ls /tmp/x");
  }

  @Test
  void blocksOfOtherLanguagesAndBlocksAfterSubItemsAreNotTheItemsCommands() {
    Checklist c =
        read(
            """
            - [ ] Env set
              ```env
              DEBUG=False
              ```
            - [ ] Untagged
              ```
              DEBUG=False
              docker compose ps
              ```
            - [ ] Parent
              - [ ] Child
                ```bash
                redis-cli ping
                ```
              ```bash
              git status
              ```

            ```bash
            npm run build
            ```
            """);
    assertThat(commandsOf(c, "Env set")).isEmpty();
    assertThat(commandsOf(c, "Untagged")).containsExactly("docker compose ps");
    assertThat(commandsOf(c, "Child")).containsExactly("redis-cli ping");
    assertThat(commandsOf(c, "Parent")).isEmpty();
  }

  @Test
  void codeSpansThatReadAsCommands() {
    Checklist c =
        read(
            """
            - [x] Health check: `curl https://shop.example/health`
            - [ ] Security audit зависимостей (`pnpm audit`)
            - [ ] Build passes (`ANALYZE=true npm run build`)
            - [ ] Smoke test `./scripts/smoke.sh`
            - [x] `$ docker compose ps` shows every service
            """);
    assertThat(commandsOf(c, "Health")).containsExactly("curl https://shop.example/health");
    assertThat(commandsOf(c, "Security")).containsExactly("pnpm audit");
    assertThat(commandsOf(c, "Build")).containsExactly("ANALYZE=true npm run build");
    assertThat(commandsOf(c, "Smoke")).containsExactly("./scripts/smoke.sh");
    assertThat(commandsOf(c, "shows")).containsExactly("docker compose ps");
  }

  @Test
  void codeSpansThatAreNotCommands() {
    Checklist c =
        read(
            """
            - [ ] `DEBUG=False` production uchun
            - [ ] `.env` fayli `.gitignore` da
            - [ ] `collectstatic` bajarilgan
            - [ ] `POST /api/v1/orders` validated
            - [ ] Restart policy: `always`
            - [ ] `X_FRAME_OPTIONS='DENY'`
            - [ ] Static files `/staticfiles/` da
            - [ ] Scripts in `./scripts/`
            - [ ] `useInView({ triggerOnce: true })` used
            """);
    assertThat(c.items()).allSatisfy(i -> assertThat(i.commands()).as(i.text()).isEmpty());
  }

  @Test
  void itemsOutsideListsTakeTheCodeSpansOfTheirLine() {
    Checklist c =
        read(
            """
            ☑ Migrations: `python manage.py migrate --check`

            | Task | Status |
            |---|---|
            | DNS `dig +short shop.example` | ✅ Done |
            | Backups | Todo |
            """);
    assertThat(commandsOf(c, "Migrations")).containsExactly("python manage.py migrate --check");
    assertThat(commandsOf(c, "DNS")).containsExactly("dig +short shop.example");
    assertThat(commandsOf(c, "Backups")).isEmpty();
  }

  @Test
  void aCommandNamedTwiceIsKeptOnce() {
    Checklist c =
        read(
            """
            - [ ] Run `npm audit`
              ```bash
              npm audit
              ```
            """);
    assertThat(commandsOf(c, "Run")).containsExactly("npm audit");
  }

  @Test
  void theLooksLikeCommandRule() {
    assertThat(Commands.looksLikeCommand("docker compose ps")).isTrue();
    assertThat(Commands.looksLikeCommand("sudo systemctl status nginx")).isTrue();
    assertThat(Commands.looksLikeCommand("../bin/check --all")).isTrue();
    assertThat(Commands.looksLikeCommand("docker")).isFalse();
    assertThat(Commands.looksLikeCommand("NODE_ENV=production")).isFalse();
    assertThat(Commands.looksLikeCommand("feat: seo")).isFalse();
    assertThat(Commands.looksLikeCommand("listen 443 ssl http2;")).isFalse();
  }
}
