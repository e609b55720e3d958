package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexesCheckTest {
  private static final IndexesCheck DEFAULTS = new IndexesCheck(List.of(), true);

  /** A shop whose orders.customer_id has no index and whose audit_log has no primary key. */
  private static final String[] SHOP = {
    "CREATE TABLE customers (id integer PRIMARY KEY, name text)",
    "CREATE TABLE products (id integer PRIMARY KEY, title text)",
    "CREATE TABLE orders (id integer PRIMARY KEY,"
        + " customer_id integer REFERENCES customers (id), coupon_id integer,"
        + " placed_by integer REFERENCES customers (id), created_at text)",
    // covered by a composite index that starts with it
    "CREATE INDEX orders_placed ON orders (placed_by, created_at)",
    // the primary key starts with order_id; product_id only by an index that starts elsewhere
    "CREATE TABLE order_items (order_id integer REFERENCES orders (id),"
        + " product_id integer REFERENCES products (id), qty integer,"
        + " PRIMARY KEY (order_id, product_id))",
    "CREATE TABLE audit_log (at text, what text)",
  };

  private static IndexesCheck.Answer answer(
      List<IndexesCheck.ForeignKey> unindexed, List<String> noPk) {
    return new IndexesCheck.Answer(
        "postgres://app:***@db/shop", "PostgreSQL", 6, 5, unindexed, noPk);
  }

  private static final IndexesCheck.ForeignKey ORDERS_CUSTOMER =
      new IndexesCheck.ForeignKey("orders", List.of("customer_id"), "customers");

  @Test
  void passesWhenEveryKeyIsIndexedAndEveryTableHasAPrimaryKey() {
    var j = DEFAULTS.evaluate(answer(List.of(), List.of()));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("5 foreign keys of 6 tables all have an index");
  }

  @Test
  void failsNamingTheKeysAndTables() {
    var j = DEFAULTS.evaluate(answer(List.of(ORDERS_CUSTOMER), List.of("audit_log")));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("1 foreign key without an index (orders(customer_id) → customers)")
        .contains("1 table without a primary key (audit_log)");
  }

  @Test
  void ignoredTablesAndOptionalPrimaryKeysAreLeftOut() {
    var e = answer(List.of(ORDERS_CUSTOMER), List.of("audit_log", "staging.raw_events"));
    assertThat(
            new IndexesCheck(List.of("orders", "audit_*", "staging.*"), true).evaluate(e).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(new IndexesCheck(List.of("public.orders"), false).evaluate(e).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(new IndexesCheck(List.of("other.orders"), false).evaluate(e).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void aLongListIsCut() {
    List<String> many = List.of("a", "b", "c", "d", "e", "f", "g");
    assertThat(DEFAULTS.evaluate(answer(List.of(), many)).message()).contains("and 2 more");
  }

  @Test
  void readsTheSchemaOfARealPostgres() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(SHOP);
      db.execute(
          "CREATE SCHEMA staging",
          "CREATE TABLE staging.raw_events (body text)",
          "CREATE TABLE coupons (id integer PRIMARY KEY)",
          "ALTER TABLE orders ADD FOREIGN KEY (coupon_id) REFERENCES coupons (id)",
          // a partial index does not support the key
          "CREATE INDEX orders_coupon ON orders (coupon_id) WHERE coupon_id IS NOT NULL");
      var e = DEFAULTS.collect(Targets.database(db.url()));
      assertThat(e.engine()).isEqualTo("PostgreSQL");
      assertThat(e.tables()).isEqualTo(7);
      assertThat(e.foreignKeys()).isEqualTo(5);
      assertThat(e.unindexed())
          .containsExactly(
              new IndexesCheck.ForeignKey("order_items", List.of("product_id"), "products"),
              new IndexesCheck.ForeignKey("orders", List.of("coupon_id"), "coupons"),
              ORDERS_CUSTOMER);
      assertThat(e.withoutPrimaryKey()).containsExactly("audit_log", "staging.raw_events");
      assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void aWellIndexedPostgresSchemaPasses() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute(SHOP);
      db.execute(
          "CREATE INDEX ON orders (customer_id)",
          "CREATE INDEX ON order_items (product_id)",
          "ALTER TABLE audit_log ADD COLUMN id bigserial PRIMARY KEY");
      var j = DEFAULTS.evaluate(DEFAULTS.collect(Targets.database(db.url())));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void readsTheSchemaOfARealSqliteFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("shop.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      for (String sql : SHOP) {
        s.execute(sql);
      }
    }
    var e = DEFAULTS.collect(Targets.database("sqlite:" + file));
    assertThat(e.engine()).isEqualTo("SQLite");
    assertThat(e.tables()).isEqualTo(5);
    assertThat(e.foreignKeys()).isEqualTo(4);
    assertThat(e.unindexed())
        .containsExactlyInAnyOrder(
            ORDERS_CUSTOMER,
            new IndexesCheck.ForeignKey("order_items", List.of("product_id"), "products"));
    assertThat(e.withoutPrimaryKey()).containsExactly("audit_log");
  }
}
