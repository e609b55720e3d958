package dev.golive.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.server.auth.Passwords;
import dev.golive.server.auth.Role;
import dev.golive.server.project.ProjectSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems the rules name reach the forms in Uzbek and Russian, not in the rules' English. */
class ProblemsTest {
  @TempDir Path dir;

  @Test
  void everyKeyHasATextInTheBundles() {
    Map<String, String> en = Messages.bundle("en");
    assertThat(en.keySet()).containsAll(Problems.keys());
  }

  @Test
  void theProjectRulesProblemsAreTranslated() throws Exception {
    Files.writeString(dir.resolve("dir.md"), "x");
    Files.createDirectories(dir.resolve("folder"));
    List<String> english = new ArrayList<>();
    english.addAll(
        new ProjectSpec("a.md", "bad/name", "- [ ] x", List.of(), null, "a\nb").problems(dir));
    english.addAll(
        new ProjectSpec(
                "../outside.md",
                null,
                null,
                List.of("ftp://x", "https://u:p@h.example/", "http://bad host/"),
                "targets:\n  db:\n    database: postgres://a:${SECRET}@db/a\n",
                null)
            .problems(dir));
    english.addAll(new ProjectSpec("missing.md", null, null, List.of(), null, null).problems(dir));
    english.addAll(new ProjectSpec("folder", null, null, List.of(), null, null).problems(dir));
    english.addAll(new ProjectSpec("a.md", null, null, List.of(), null, null).problems(null));
    english.addAll(
        new ProjectSpec(null, null, "x".repeat(ProjectSpec.MAX_MARKDOWN + 1), list(21), null, null)
            .problems(dir));
    for (String schedule :
        List.of("61 * * * *", "0 9 * *", "CRON_TZ=Mars/Olympus 0 9 * * *", "CRON_TZ=UTC")) {
      english.addAll(
          new ProjectSpec(null, null, "- [ ] x", List.of("https://h.example/"), null, schedule)
              .problems(dir));
    }
    english.add(Passwords.weakness("short", "a@b.c"));
    english.add(Passwords.weakness("a@example.test", "a@example.test"));
    english.add(Passwords.weakness("aaaaaaaaaaaaaa", "a@b.c"));
    english.add(message(() -> Role.of("boss")));
    english.add(message(() -> Role.ofScope("all")));
    assertThat(english).hasSizeGreaterThan(15).doesNotContainNull();
    Messages m = Messages.load();
    for (String lang : List.of("uz", "ru")) {
      for (String e : english) {
        String shown = Problems.translate(m.texts(lang), e);
        assertThat(shown).as("%s in %s", e, lang).isNotEqualTo(e).doesNotContain("{0}");
      }
    }
    assertThat(
            Problems.translate(m.texts("ru"), "target 'ftp://x' carries a user name or password"))
        .isEqualTo("В цели ftp://x есть имя пользователя или пароль: уберите их.");
    assertThat(
            Problems.translate(
                m.texts("uz"), "schedule: 'Mars/Olympus' is not a time zone (write one as UTC)"))
        .isEqualTo("“Mars/Olympus” vaqt mintaqasi emas: Europe/Berlin yoki UTC kabi yozing.");
    // a problem without a key is shown as it is
    assertThat(Problems.translate(m.texts("ru"), "config:3: unknown key 'polcy'"))
        .isEqualTo("config:3: unknown key 'polcy'");
  }

  private static List<String> list(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("https://h" + i + ".example/");
    }
    return out;
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("no problem");
  }
}
