package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReachableCheckTest {
  private static final ReachableCheck ANY = new ReachableCheck("");

  @ParameterizedTest(name = "{0} at least {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "15.10  |         | PASS",
        "15.10  | 15      | PASS",
        "15.10  | 15.9    | PASS",
        "15.10  | 15.10   | PASS",
        "15.10  | 15.11   | FAIL",
        "9.6.24 | 10      | FAIL",
        "16.1   | 9.6     | PASS",
        "3.46.1 | 3.35    | PASS",
      })
  void comparesTheVersionPartByPart(String version, String min, Outcome expected) {
    var answer = new ReachableCheck.Answer("postgres://app:***@db/shop", "PostgreSQL", version, "");
    assertThat(new ReachableCheck(min).evaluate(answer).outcome()).isEqualTo(expected);
  }

  @Test
  void aMinimumThatIsNoVersionIsRefused() {
    assertThatThrownBy(() -> new ReachableCheck("fifteen"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min-version");
  }

  @Test
  void connectsToARealPostgres() throws Exception {
    Postgres pg = Postgres.shared();
    var answer = ANY.collect(Targets.database(pg.url("postgres")));
    assertThat(answer.engine()).isEqualTo("PostgreSQL");
    assertThat(answer.version()).isEqualTo(pg.version());
    assertThat(answer.database()).doesNotContain(pg.password()).contains(":***@");
    var j = ANY.evaluate(answer);
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("PostgreSQL 15.").doesNotContain(pg.password());
    assertThat(new ReachableCheck("16").evaluate(answer).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void readsJdbcUrlsWithTheUserAndPasswordInTheQuery() throws Exception {
    Postgres pg = Postgres.shared();
    String url = pg.jdbcUrl("postgres") + "?user=postgres&password=" + pg.password();
    var j = Probes.run(ANY, Targets.database(url));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("password=***").doesNotContain(pg.password());
  }

  @Test
  void aWrongPasswordIsAnErrorThatDoesNotShowIt() {
    Postgres pg = Postgres.shared();
    String url = "postgres://postgres:not-the-pw@127.0.0.1:" + pg.port() + "/postgres";
    assertThatThrownBy(() -> ANY.collect(Targets.database(url)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("rejected the password of user postgres")
        .hasMessageStartingWith("postgres://postgres:***@127.0.0.1:")
        .hasMessageNotContaining("not-the-pw");
  }

  @Test
  void aMissingDatabaseIsNamed() {
    Postgres pg = Postgres.shared();
    assertThatThrownBy(() -> ANY.collect(Targets.database(pg.url("no_such_db"))))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("database \"no_such_db\" does not exist")
        .hasMessageNotContaining(pg.password());
  }

  @Test
  void aPortWhereNothingListensIsRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "postgres://app:secret@127.0.0.1:" + port + "/shop";
    assertThatThrownBy(() -> ANY.collect(Targets.database(url)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("nothing accepts connections at 127.0.0.1:" + port)
        .hasMessageNotContaining("secret");
  }

  @Test
  void anUnsetPasswordVariableIsNamed() {
    String url = "postgres://app:${GOLIVE_TEST_UNSET_PASSWORD}@127.0.0.1:5432/shop";
    assertThatThrownBy(() -> ANY.collect(Targets.database(url)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("GOLIVE_TEST_UNSET_PASSWORD")
        .hasMessageContaining("is not set");
  }

  @Test
  void readsARealSqliteFileWithoutChangingIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    }
    long modified = Files.getLastModifiedTime(file).toMillis();
    var answer = ANY.collect(Targets.database("sqlite:" + file));
    assertThat(answer.engine()).isEqualTo("SQLite");
    assertThat(answer.version()).matches("3\\.\\d+\\.\\d+");
    assertThat(ANY.evaluate(answer).outcome()).isEqualTo(Outcome.PASS);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }

  @Test
  void aMissingSqliteFileIsNamedAndNotCreated(@TempDir Path dir) {
    Path file = dir.resolve("missing.db");
    assertThatThrownBy(() -> ANY.collect(Targets.database("jdbc:sqlite:" + file)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("there is no file " + file);
    assertThat(file).doesNotExist();
  }

  @Test
  void aFileThatIsNoSqliteDatabaseOrAFolderIsAnError(@TempDir Path dir) throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.db"), "these are not the tables you seek\n");
    assertThatThrownBy(() -> ANY.collect(Targets.database("sqlite:" + notes)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("is not a SQLite database");
    assertThatThrownBy(() -> ANY.collect(Targets.database("sqlite:" + dir)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("is a folder");
  }
}
