package dev.golive.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.testkit.Postgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it writes audits, over and over, at whatever point it has reached: every
 * audit it said it stored is there, and no audit is there in part.
 */
class KillDuringSaveTest {
  @TempDir Path dir;

  @Test
  void sqlite() throws Exception {
    killAndCheck("sqlite:" + dir.resolve("killed.db"));
  }

  @Test
  void postgres() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      killAndCheck(db.url());
    }
  }

  private static void killAndCheck(String url) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                SaveForever.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<Long> said = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (said.size() < 5 && (line = lines.readLine()) != null) {
        said.add(Long.parseLong(line.substring("saved ".length())));
      }
      // SIGKILL while it writes the next audits: no shutdown hook, no rollback of its own
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(said)
        .as("audits the process stored before it was killed")
        .hasSizeGreaterThanOrEqualTo(5);
    try (Store store = Store.open(url)) {
      List<Long> stored = store.audits("shop", 100_000).stream().map(AuditSummary::id).toList();
      assertThat(stored).containsAll(said);
      List<String> partial =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.select(
                              """
                              SELECT a.id || ': ' || a.n_items || ' items, '
                                || (SELECT COUNT(*) FROM item_results i WHERE i.audit_id = a.id)
                                || ' stored, '
                                || (SELECT COUNT(*) FROM findings f WHERE f.audit_id = a.id)
                                || ' findings'
                              FROM audits a
                              WHERE a.n_items <> (SELECT COUNT(*) FROM item_results i
                                                  WHERE i.audit_id = a.id)
                                 OR 2 * a.n_items <> (SELECT COUNT(*) FROM findings f
                                                      WHERE f.audit_id = a.id)
                                 OR 1 <> (SELECT COUNT(*) FROM audit_targets t
                                          WHERE t.audit_id = a.id)
                              """)
                          .mapTo(String.class)
                          .list());
      assertThat(partial).as("audits stored in part").isEmpty();
      int orphans =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.select(
                              "SELECT COUNT(*) FROM item_results i WHERE NOT EXISTS"
                                  + " (SELECT 1 FROM audits a WHERE a.id = i.audit_id)")
                          .mapTo(Integer.class)
                          .one());
      assertThat(orphans).isZero();
      // and the store takes the next audit
      assertThat(store.audits("shop", 1)).hasSize(1);
    }
  }
}
