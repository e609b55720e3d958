package dev.golive.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.bench.store.StoreFill;
import dev.golive.server.GoliveServer;
import dev.golive.server.ServerConfig;
import dev.golive.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test's setup against a real server on a small store: it signs in through the form, makes
 * a token through the API and finds an audit with evidence, as bench/server/run.sh needs.
 */
class LoadSetupTest {
  @TempDir Path dir;

  @Test
  void signsInMakesATokenAndPicksAProjectsLatestAudit() throws Exception {
    Path file = dir.resolve("golive.db");
    LoadSetup.sqlite(file, new StoreFill(3, 2, 6));
    assertThat(Files.readString(Path.of(file + ".version"))).startsWith("SQLite 3.");
    try (Store store = Store.open(file.toString());
        GoliveServer server =
            GoliveServer.start(
                store, ServerConfig.local(0), new PrintWriter(new StringWriter(), true))) {
      GoliveServer.firstAdmin(server.services(), "load@golive.test", "load-test-password");
      Path out = dir.resolve("session.env");
      LoadSetup.session(server.url(), "load@golive.test", "load-test-password", 1, out);
      String env = Files.readString(out);
      long latest = store.latest("project-001").orElseThrow().id();
      assertThat(env)
          .containsPattern("(?m)^BENCH_COOKIE='golive=[A-Za-z0-9_-]{43}'$")
          .containsPattern("(?m)^BENCH_TOKEN='glv_[A-Za-z0-9_-]{43}'$")
          .contains("BENCH_PROJECT='project-001'")
          .contains("BENCH_AUDIT='" + latest + "'")
          .contains("BENCH_EVIDENCE='4'");
    }
  }
}
