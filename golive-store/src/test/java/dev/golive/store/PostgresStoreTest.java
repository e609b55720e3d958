package dev.golive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.testkit.Postgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store on a real PostgreSQL server, one scratch database per test. */
class PostgresStoreTest extends StoreContract {
  private final List<Postgres.Scratch> scratches = new ArrayList<>();

  @Override
  String freshUrl() {
    Postgres.Scratch db = Postgres.shared().createDatabase();
    scratches.add(db);
    return db.url();
  }

  @AfterEach
  void drop() {
    scratches.forEach(Postgres.Scratch::close);
  }

  @Test
  void aWrongPasswordIsSaidSoWithoutShowingIt() {
    Postgres pg = Postgres.shared();
    String url = freshUrl().replace(pg.password(), "not-the-password");
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .satisfies(
            e -> {
              String line = ((StoreException) e).oneLine();
              assertThat(line)
                  .endsWith(": the server rejected the password of user postgres")
                  .startsWith("postgres://postgres:***@127.0.0.1:" + pg.port() + "/")
                  .doesNotContain("not-the-password");
            });
  }

  @Test
  void aPasswordFromTheEnvironmentThatIsNotSetIsNamed() {
    Postgres pg = Postgres.shared();
    String url =
        freshUrl()
            .replace(pg.password(), "${GOLIVE_TEST_UNSET_" + ProcessHandle.current().pid() + "}");
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the environment variable GOLIVE_TEST_UNSET_")
        .hasMessageContaining("is not set");
  }

  @Test
  void aServerThatIsNotThereIsSaidToBeUnreachable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "postgres://golive:secret@127.0.0.1:" + port + "/golive";
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .satisfies(
            e ->
                assertThat(((StoreException) e).oneLine())
                    .isEqualTo(
                        "postgres://golive:***@127.0.0.1:"
                            + port
                            + "/golive: nothing accepts connections at 127.0.0.1:"
                            + port
                            + " (connection refused)"));
  }

  @Test
  void theJdbcAndPostgresqlSpellingsOpenTheSameDatabase() {
    Postgres pg = Postgres.shared();
    String url = freshUrl();
    String name = url.substring(url.lastIndexOf('/') + 1);
    try (Store a = Store.open(url.replace("postgres://", "postgresql://"))) {
      a.createProject("shop", "carol");
    }
    String jdbc = pg.jdbcUrl(name) + "?user=postgres&password=" + pg.password();
    try (Store b = Store.open(jdbc)) {
      assertThat(b.projects()).extracting(ProjectSummary::name).containsExactly("shop");
      assertThat(b.shown()).doesNotContain(pg.password());
    }
  }
}
