package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsCheckTest {
  private static final MigrationsCheck CHECK = new MigrationsCheck();

  private static void write(Path repo, String path, String text) throws Exception {
    Path f = repo.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  private static Path sqlite(Path dir, String... statements) throws Exception {
    Path file = dir.resolve("app.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return file;
  }

  private static MigrationsCheck.Framework only(MigrationsCheck.Answer e) {
    assertThat(e.frameworks()).hasSize(1);
    return e.frameworks().getFirst();
  }

  private static MigrationsCheck.Framework framework(
      String name, String table, List<String> pending, List<String> failed, List<String> unknown) {
    return new MigrationsCheck.Framework(
        name,
        List.of("db/migration"),
        table,
        5,
        5 - pending.size(),
        pending,
        pending.size(),
        failed,
        unknown,
        false,
        null);
  }

  @Test
  void judgesPendingFailedAndUnknownMigrations() {
    var fine = framework("Flyway", "flyway_schema_history", List.of(), List.of(), List.of());
    var pending =
        framework("Flyway", "flyway_schema_history", List.of("V5__x.sql"), List.of(), List.of());
    var failed =
        framework("Flyway", "flyway_schema_history", List.of(), List.of("V5__x.sql"), List.of());
    var ahead = framework("Flyway", "flyway_schema_history", List.of(), List.of(), List.of("6"));
    var unused = framework("Prisma", null, List.of(), List.of(), List.of());
    var none = framework("Flyway", null, List.of(), List.of(), List.of());
    assertThat(CHECK.evaluate(answer(fine)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(CHECK.evaluate(answer(pending)).message()).contains("1 pending (V5__x.sql)");
    assertThat(CHECK.evaluate(answer(failed)).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(CHECK.evaluate(answer(ahead)).outcome()).isEqualTo(Outcome.WARN);
    // a framework whose table the database lacks is left out when another one is in use
    assertThat(CHECK.evaluate(answer(fine, unused)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(CHECK.evaluate(answer(none)).message()).contains("none of 5 is applied");
    var nothing = CHECK.evaluate(new MigrationsCheck.Answer("sqlite:/app.db", "/repo", List.of()));
    assertThat(nothing.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(nothing.message()).contains("no migrations recognised in /repo").contains("Flyway");
  }

  private static MigrationsCheck.Answer answer(MigrationsCheck.Framework... f) {
    return new MigrationsCheck.Answer("postgres://app:***@db/shop", "/repo", List.of(f));
  }

  @Test
  void flywayOnPostgres(@TempDir Path repo) throws Exception {
    String dir = "src/main/resources/db/migration/";
    write(repo, dir + "V1__init.sql", "CREATE TABLE a (id int);");
    write(repo, dir + "V1_1__more.sql", "CREATE TABLE b (id int);");
    write(repo, dir + "V2__orders.sql", "CREATE TABLE c (id int);");
    write(repo, dir + "V3__coupons.sql", "CREATE TABLE d (id int);");
    write(repo, dir + "R__views.sql", "CREATE VIEW v AS SELECT 1;");
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(
          "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),"
              + " description varchar(200), type varchar(20), script varchar(1000),"
              + " success boolean NOT NULL)",
          "INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', true),"
              + " (2, '1.1', 'more', 'SQL', 'V1_1__more.sql', true),"
              + " (3, NULL, 'views', 'SQL', 'R__views.sql', true),"
              + " (4, '2', 'orders', 'SQL', 'V2__orders.sql', false)");
      var e = CHECK.collect(Targets.databaseAndRepo(db.url(), repo));
      var f = only(e);
      assertThat(f.name()).isEqualTo("Flyway");
      assertThat(f.locations()).containsExactly("src/main/resources/db/migration");
      assertThat(f.table()).isEqualTo("\"public\".\"flyway_schema_history\"");
      assertThat(f.known()).isEqualTo(4);
      assertThat(f.applied()).isEqualTo(2);
      assertThat(f.failed()).containsExactly("V2__orders.sql");
      assertThat(f.pending()).containsExactly("V3__coupons.sql");
      var j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("1 pending (V3__coupons.sql)").contains("1 failed");
      assertThat(j.message()).doesNotContain(Postgres.shared().password());

      db.execute(
          "UPDATE flyway_schema_history SET success = true WHERE version = '2'",
          "INSERT INTO flyway_schema_history VALUES (5, '3', 'c', 'SQL', 'V3__coupons.sql', true)");
      assertThat(CHECK.evaluate(CHECK.collect(Targets.databaseAndRepo(db.url(), repo))).outcome())
          .isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void liquibaseChangelogsInXmlYamlAndSql(@TempDir Path repo) throws Exception {
    String dir = "src/main/resources/db/changelog/";
    write(
        repo,
        dir + "db.changelog-master.yaml",
        """
        databaseChangeLog:
          - include:
              file: changes/001-init.xml
          - changeSet:
              id: seed
              author: ops
              changes:
                - sql:
                    sql: INSERT INTO a VALUES (1)
        """);
    write(
        repo,
        dir + "changes/001-init.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1" author="alice"><createTable tableName="a"/></changeSet>
          <changeSet author='bob' id='2'><createTable tableName="b"/></changeSet>
        </databaseChangeLog>
        """);
    write(
        repo,
        dir + "changes/002-orders.sql",
        """
        --liquibase formatted sql

        --changeset carol:orders-1
        CREATE TABLE orders (id int);
        """);
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(
          "CREATE TABLE databasechangelog (id varchar(255), author varchar(255),"
              + " filename varchar(255), exectype varchar(10))",
          "INSERT INTO databasechangelog VALUES ('1', 'alice', 'x', 'EXECUTED'),"
              + " ('2', 'bob', 'x', 'EXECUTED'), ('seed', 'ops', 'x', 'MARK_RAN'),"
              + " ('orders-1', 'carol', 'x', 'FAILED')");
      var f = only(CHECK.collect(Targets.databaseAndRepo(db.url(), repo)));
      assertThat(f.name()).isEqualTo("Liquibase");
      assertThat(f.known()).isEqualTo(4);
      assertThat(f.applied()).isEqualTo(3);
      assertThat(f.failed()).containsExactly("002-orders.sql");
      assertThat(f.pending()).isEmpty();
    }
  }

  @Test
  void prismaOnSqlite(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    write(repo, "prisma/schema.prisma", "datasource db { provider = \"sqlite\" }");
    write(repo, "prisma/migrations/migration_lock.toml", "provider = \"sqlite\"");
    write(repo, "prisma/migrations/20240101000000_init/migration.sql", "CREATE TABLE a (id int);");
    write(
        repo, "prisma/migrations/20240201000000_orders/migration.sql", "CREATE TABLE b (id int);");
    write(
        repo, "prisma/migrations/20240301000000_coupons/migration.sql", "CREATE TABLE c (id int);");
    Path db =
        sqlite(
            dir,
            "CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY, checksum TEXT,"
                + " finished_at DATETIME, migration_name TEXT, rolled_back_at DATETIME,"
                + " started_at DATETIME, applied_steps_count INTEGER)",
            "INSERT INTO _prisma_migrations VALUES ('1', 'x', '2024-01-01', '20240101000000_init',"
                + " NULL, '2024-01-01', 1)",
            "INSERT INTO _prisma_migrations VALUES ('2', 'x', NULL, '20240201000000_orders',"
                + " NULL, '2024-02-01', 0)");
    var e = CHECK.collect(Targets.databaseAndRepo("sqlite:" + db, repo));
    var f = only(e);
    assertThat(f.name()).isEqualTo("Prisma");
    assertThat(f.failed()).containsExactly("20240201000000_orders/migration.sql");
    assertThat(f.pending()).containsExactly("20240301000000_coupons/migration.sql");
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void djangoAppsAndSquashes(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "");
    write(repo, "shop/migrations/__init__.py", "");
    write(repo, "shop/migrations/0001_initial.py", "class Migration: pass");
    write(repo, "shop/migrations/0002_order.py", "class Migration: pass");
    write(
        repo,
        "shop/migrations/0001_squashed_0002_order.py",
        "class Migration:\n    replaces = [('shop', '0001_initial'), (\"shop\", \"0002_order\")]\n");
    write(repo, "shop/migrations/0003_coupon.py", "class Migration: pass");
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(
          "CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255),"
              + " name varchar(255), applied timestamptz DEFAULT now())",
          "INSERT INTO django_migrations (app, name) VALUES ('auth', '0001_initial'),"
              + " ('contenttypes', '0001_initial'), ('shop', '0001_initial'),"
              + " ('shop', '0002_order')");
      var e = CHECK.collect(Targets.databaseAndRepo(db.url(), repo));
      var f = only(e);
      assertThat(f.name()).isEqualTo("Django");
      assertThat(f.pending()).containsExactly("shop/migrations/0003_coupon.py");
      assertThat(f.unknown()).isEmpty();
      assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
      db.execute("INSERT INTO django_migrations (app, name) VALUES ('shop', '0003_coupon')");
      assertThat(CHECK.evaluate(CHECK.collect(Targets.databaseAndRepo(db.url(), repo))).outcome())
          .isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void alembicRevisionsAndHeads(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    write(repo, "alembic.ini", "[alembic]");
    write(repo, "alembic/env.py", "");
    write(repo, "alembic/versions/a1_init.py", "revision = 'a1'\ndown_revision = None\n");
    write(
        repo,
        "alembic/versions/b2_orders.py",
        "revision: str = \"b2\"\ndown_revision: Union[str, None] = \"a1\"\n");
    write(repo, "alembic/versions/c3_coupons.py", "revision = 'c3'\ndown_revision = 'b2'\n");
    Path db =
        sqlite(
            dir,
            "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
            "INSERT INTO alembic_version VALUES ('b2')");
    var e = CHECK.collect(Targets.databaseAndRepo("sqlite:" + db, repo));
    var f = only(e);
    assertThat(f.name()).isEqualTo("Alembic");
    assertThat(f.applied()).isEqualTo(2);
    assertThat(f.pending()).containsExactly("c3_coupons.py");
    assertThat(f.note()).contains("heads c3").contains("at b2");
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void drizzleJournalOnPostgres(@TempDir Path repo) throws Exception {
    String init = "CREATE TABLE a (id int);\n";
    write(repo, "drizzle/0000_init.sql", init);
    write(repo, "drizzle/0001_orders.sql", "CREATE TABLE b (id int);\n");
    write(
        repo,
        "drizzle/meta/_journal.json",
        """
        {"version": "7", "dialect": "postgresql", "entries": [
          {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_init", "breakpoints": true},
          {"idx": 1, "version": "7", "when": 1700000100000, "tag": "0001_orders", "breakpoints": true}
        ]}
        """);
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(
          "CREATE SCHEMA drizzle",
          "CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL,"
              + " created_at bigint)",
          "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('"
              + MigrationFiles.sha256(init)
              + "', 1700000000000)");
      var e = CHECK.collect(Targets.databaseAndRepo(db.url(), repo));
      var f = only(e);
      assertThat(f.name()).isEqualTo("Drizzle");
      assertThat(f.table()).isEqualTo("\"drizzle\".\"__drizzle_migrations\"");
      assertThat(f.pending()).containsExactly("0001_orders.sql");
      assertThat(f.unknown()).isEmpty();
    }
  }

  @Test
  void golangMigrateVersionAndDirtyState(@TempDir Path repo) throws Exception {
    write(repo, "migrations/000001_init.up.sql", "CREATE TABLE a (id int);");
    write(repo, "migrations/000001_init.down.sql", "DROP TABLE a;");
    write(repo, "migrations/000002_orders.up.sql", "CREATE TABLE b (id int);");
    write(repo, "migrations/000002_orders.down.sql", "DROP TABLE b;");
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(
          "CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL)",
          "INSERT INTO schema_migrations VALUES (1, false)");
      var f = only(CHECK.collect(Targets.databaseAndRepo(db.url(), repo)));
      assertThat(f.known()).isEqualTo(2);
      assertThat(f.pending()).containsExactly("000002_orders.up.sql");
      assertThat(f.note()).contains("golang-migrate at version 1");
      db.execute("UPDATE schema_migrations SET version = 2, dirty = true");
      var e = CHECK.collect(Targets.databaseAndRepo(db.url(), repo));
      assertThat(only(e).dirty()).isTrue();
      assertThat(CHECK.evaluate(e).message()).contains("dirty");
    }
  }

  @Test
  void dbmateVersionsOnSqlite(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    write(repo, "db/migrations/20240101120000_init.sql", "-- migrate:up\nCREATE TABLE a (id int);");
    write(
        repo, "db/migrations/20240301120000_orders.sql", "-- migrate:up\nCREATE TABLE b (id int);");
    Path db =
        sqlite(
            dir,
            "CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)",
            "INSERT INTO schema_migrations VALUES ('20240101120000'), ('20231224000000')");
    var e = CHECK.collect(Targets.databaseAndRepo("sqlite:" + db, repo));
    var f = only(e);
    assertThat(f.pending()).containsExactly("20240301120000_orders.sql");
    assertThat(f.unknown()).containsExactly("20231224000000");
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aRepositoryWithoutMigrationsCannotBeJudged(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    write(repo, "README.md", "# shop");
    Path db = sqlite(dir, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    var j = CHECK.evaluate(CHECK.collect(Targets.databaseAndRepo("sqlite:" + db, repo)));
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).contains("no migrations recognised");
  }

  @Test
  void aDatabaseNeverMigratedFails(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    write(repo, "db/migration/V1__init.sql", "CREATE TABLE a (id int);");
    Path db = sqlite(dir, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    var j = CHECK.evaluate(CHECK.collect(Targets.databaseAndRepo("sqlite:" + db, repo)));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("no record of migrations").contains("none of 1");
  }
}
