package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionsCheckTest {
  private static ConnectionsCheck.Answer server(int max, int dbLimit, int roleLimit, int open) {
    return new ConnectionsCheck.Answer(
        "postgres://app:***@db/shop", "PostgreSQL", max, 3, 0, dbLimit, roleLimit, open, 1, 0);
  }

  @ParameterizedTest(name = "{0}x{1} on max {2} (db {3}, role {4}, {5} open) -> {6}")
  @CsvSource({
    "10, 1, 100, -1, -1,  5, PASS",
    "20, 4, 100, -1, -1,  5, PASS",
    "20, 5, 100, -1, -1,  5, FAIL",
    "24, 4, 100, -1, -1,  5, PASS",
    "25, 4, 100, -1, -1,  5, FAIL",
    "10, 2, 100, 15, -1,  5, FAIL",
    "10, 2, 100, -1, 15,  5, FAIL",
    "10, 1, 100, -1, -1, 90, WARN",
    "10, 1, 100, -1, -1, 89, PASS",
  })
  void comparesThePoolsWithWhatTheServerAllows(
      int pool, int instances, int max, int db, int role, int open, String expected) {
    var j = new ConnectionsCheck(pool, instances).evaluate(server(max, db, role, open));
    assertThat(j.outcome()).isEqualTo(Outcome.valueOf(expected));
  }

  @Test
  void theMessageShowsTheArithmetic() {
    var j = new ConnectionsCheck(20, 5).evaluate(server(100, -1, -1, 7));
    assertThat(j.message())
        .contains("5 pools of 20 (100 connections) exceed the 97 connections")
        .contains("max_connections 100 less 3 reserved")
        .contains("7 open now");
  }

  @Test
  void nonsenseParametersAreRefused() {
    assertThatThrownBy(() -> new ConnectionsCheck(0, 1)).hasMessageContaining("pool-size");
    assertThatThrownBy(() -> new ConnectionsCheck(5, 0)).hasMessageContaining("instances");
  }

  @Test
  void readsTheLimitsAndUseOfARealPostgres() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      var e = new ConnectionsCheck(10, 1).collect(Targets.database(db.url()));
      assertThat(e.maxConnections()).isEqualTo(30);
      assertThat(e.superuserReserved()).isEqualTo(3);
      assertThat(e.connections()).isPositive();
      assertThat(new ConnectionsCheck(9, 3).evaluate(e).outcome()).isEqualTo(Outcome.PASS);
      var j = new ConnectionsCheck(10, 3).evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("exceed the 27 connections");
    }
  }

  @Test
  void aDatabaseConnectionLimitCounts() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute("ALTER DATABASE " + db.name() + " CONNECTION LIMIT 5");
      var e = new ConnectionsCheck(10, 1).collect(Targets.database(db.url()));
      assertThat(e.databaseLimit()).isEqualTo(5);
      var j = new ConnectionsCheck(10, 1).evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("the database's limit of 5");
    }
  }
}
