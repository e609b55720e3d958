package dev.golive.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.golive.checks.ProbeException;
import dev.golive.checks.db.DatabaseUrl;
import dev.golive.core.score.AuditAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * golive's history: audits, waivers and sign-offs in an SQLite file or a PostgreSQL database,
 * brought up to date by the same migrations when opened.
 *
 * <p>Every write is one transaction: a stored audit is there whole or not at all, and every change
 * to a waiver or sign-off is written to the audit log in the transaction that makes it. Failures
 * become a {@link StoreException}: one line naming the store, its password masked.
 */
public final class Store implements AutoCloseable {
  /** Where Flyway finds the migrations, on the class path. */
  static final String MIGRATIONS = "classpath:dev/golive/store/migration";

  /** Flyway's record of the migrations applied. */
  static final String HISTORY_TABLE = "golive_schema_history";

  private final StoreUrl url;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Clock clock;
  private final Failures failures;

  /**
   * How a store is opened.
   *
   * @param poolSize connections kept at most: 2 serve the command line (and are the least, as
   *     Flyway holds two while it migrates PostgreSQL), a server wants more
   * @param connectTimeout how long connecting to PostgreSQL, or waiting for a locked SQLite file,
   *     may take
   * @param clock what {@code created_at} and the audit log's times are read from
   */
  public record Options(int poolSize, Duration connectTimeout, Clock clock) {
    public static Options defaults() {
      return new Options(2, Duration.ofSeconds(10), Clock.systemUTC());
    }

    public Options withPoolSize(int n) {
      return new Options(n, connectTimeout, clock);
    }

    public Options withConnectTimeout(Duration d) {
      return new Options(poolSize, d, clock);
    }

    public Options withClock(Clock c) {
      return new Options(poolSize, connectTimeout, c);
    }
  }

  private Store(StoreUrl url, HikariDataSource pool, Clock clock) {
    this.url = url;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.clock = clock;
    this.failures = new Failures(url);
  }

  /** Opens the store {@code written} names and applies the migrations it lacks. */
  public static Store open(String written) {
    return open(StoreUrl.parse(written), Options.defaults());
  }

  /** Opens {@code url} and applies the migrations it lacks. */
  public static Store open(StoreUrl url, Options options) {
    Failures failures = new Failures(url);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(url.isSqlite() ? sqlite(url, options) : postgres(url, options));
    } catch (RuntimeException e) {
      throw failures.of("cannot be opened", e);
    }
    Store store = new Store(url, pool, options.clock());
    try {
      store.migrate();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The store, password masked: what messages show. */
  public String shown() {
    return url.shown();
  }

  public StoreUrl url() {
    return url;
  }

  /**
   * Stores one audit of {@code project} (made on first use) in one transaction.
   *
   * @return the stored audit's summary, with its id
   * @throws SlotTakenException when the run is for a schedule slot the project has an audit of
   */
  public AuditSummary save(String project, AuditAssessment audit, RunInfo run) {
    try {
      return write(
          h -> {
            if (run.slot() != null) {
              Optional<AuditSummary> existing = new AuditReader(h).ofSlot(project, run.slot());
              if (existing.isPresent()) {
                throw new SlotTakenException(
                    shown(), project, run.slot(), existing.get().id(), null);
              }
            }
            return new AuditWriter(h, clock).save(project, audit, run);
          });
    } catch (SlotTakenException e) {
      throw e;
    } catch (StoreException e) {
      // another server stored the slot between the look and the insert: the unique index said no
      if (run.slot() != null) {
        Optional<AuditSummary> existing = ofSlot(project, run.slot());
        if (existing.isPresent()) {
          throw new SlotTakenException(shown(), project, run.slot(), existing.get().id(), e);
        }
      }
      throw e;
    }
  }

  /** The audit of {@code project} stored for schedule slot {@code slot}, or empty. */
  public Optional<AuditSummary> ofSlot(String project, java.time.Instant slot) {
    return read(h -> new AuditReader(h).ofSlot(project, slot));
  }

  /**
   * The project's newest audit when audit {@code id} was stored, what it is compared with to tell
   * what changed; empty for a project's first audit.
   */
  public Optional<Long> previous(long id) {
    return read(
        h ->
            h.createQuery("SELECT previous_id FROM audits WHERE id = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne()
                .filter(java.util.Objects::nonNull));
  }

  /** Makes project {@code name} unless it exists, by {@code actor}; the log records it. */
  public ProjectSummary createProject(String name, String actor) {
    return write(
        h -> {
          String n = Projects.checkName(name);
          Projects.findOrCreate(h, n, actor, clock);
          return new AuditReader(h).project(n).orElseThrow();
        });
  }

  /** The projects, each with its latest audit, by name. */
  public List<ProjectSummary> projects() {
    return read(h -> new AuditReader(h).projects());
  }

  /** The project named {@code name}, or empty. */
  public Optional<ProjectSummary> project(String name) {
    return read(h -> new AuditReader(h).project(name));
  }

  /**
   * A project's audits, newest first, at most {@code limit}.
   *
   * @throws StoreException when there is no such project
   */
  public List<AuditSummary> audits(String project, int limit) {
    return read(h -> new AuditReader(h).audits(requireProject(h, project), limit));
  }

  /**
   * One audit with its targets, items and findings.
   *
   * @throws StoreException when there is no audit {@code id}
   */
  public StoredAudit audit(long id) {
    return read(
        h ->
            new AuditReader(h)
                .audit(id)
                .orElseThrow(() -> new StoreException(shown(), "there is no audit #" + id)));
  }

  /** The newest audit of {@code project}, or empty when it has none. */
  public Optional<AuditSummary> latest(String project) {
    return read(h -> new AuditReader(h).audits(requireProject(h, project), 1).stream().findFirst());
  }

  /** Waivers: made, revoked and listed, each change in the audit log. */
  public Approvals.Waivers waivers() {
    return new Approvals(this).waivers();
  }

  /** Sign-offs: made, revoked and listed, each change in the audit log. */
  public Approvals.SignOffs signOffs() {
    return new Approvals(this).signOffs();
  }

  /** The changes to a project's waivers, sign-offs and the project itself, newest first. */
  public List<LogEntry> log(String project, int limit) {
    return read(h -> Approvals.log(h, requireProject(h, project), limit));
  }

  Clock clock() {
    return clock;
  }

  long requireProject(org.jdbi.v3.core.Handle h, String name) {
    return new AuditReader(h)
        .projectId(name)
        .orElseThrow(
            () -> new StoreException(shown(), "there is no project '" + name + "' in the store"));
  }

  /** Runs {@code work} in one transaction; any failure leaves the store as it was. */
  <T> T write(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.inTransaction(work);
    } catch (StoreException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new StoreException(shown(), e.getMessage(), e);
    } catch (JdbiException | IllegalStateException e) {
      throw failures.of("could not be written", e);
    }
  }

  <T> T read(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (StoreException e) {
      throw e;
    } catch (JdbiException | IllegalStateException e) {
      throw failures.of("could not be read", e);
    }
  }

  /** The Jdbi over this store, for what this class does not offer yet (the server, tests). */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The connection pool, for a scheduler that shares the store's database. */
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }

  /** Applies the migrations this store lacks; a second start finds none to apply. */
  private void migrate() {
    try {
      Flyway.configure(Store.class.getClassLoader())
          .dataSource(pool)
          .locations(MIGRATIONS)
          .table(HISTORY_TABLE)
          .placeholders(
              Map.of(
                  "id", url.isSqlite() ? SQLITE_ID : POSTGRES_ID,
                  "blob", url.isSqlite() ? "BLOB" : "BYTEA",
                  "timestamp", url.isSqlite() ? "TIMESTAMP" : "TIMESTAMP WITH TIME ZONE"))
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw failures.of("could not be brought up to date", e);
    }
  }

  /** A generated key in SQLite: never reused, so audit numbers are never given twice. */
  private static final String SQLITE_ID = "INTEGER PRIMARY KEY AUTOINCREMENT";

  private static final String POSTGRES_ID = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";

  private static HikariConfig sqlite(StoreUrl url, Options options) {
    Path file = url.file();
    Failures failures = new Failures(url);
    if (Files.isDirectory(file)) {
      throw new StoreException(url.shown(), file + " is a folder, not a SQLite file");
    }
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new StoreException(
            url.shown(), "cannot make the folder " + folder + ": " + failures.reason(e), e);
      }
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
    // a write transaction takes the lock when it begins, so two writers wait their turn
    // instead of failing when one upgrades its read lock
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    HikariConfig hikari = common(options);
    hikari.setDataSource(source);
    hikari.setPoolName("golive-store-sqlite");
    return hikari;
  }

  private static HikariConfig postgres(StoreUrl url, Options options) {
    DatabaseUrl db = url.database();
    HikariConfig hikari = common(options);
    hikari.setJdbcUrl("jdbc:postgresql://" + db.hosts() + "/" + db.database());
    hikari.setDriverClassName("org.postgresql.Driver");
    try {
      if (db.user() != null) {
        hikari.setUsername(db.expandedUser());
      }
      if (db.password() != null) {
        hikari.setPassword(db.expandedPassword());
      }
    } catch (ProbeException e) {
      throw new StoreException(url.shown(), e.getMessage(), e);
    }
    db.params().forEach(hikari::addDataSourceProperty);
    long seconds = Math.max(1, options.connectTimeout().toSeconds());
    hikari.addDataSourceProperty("connectTimeout", Long.toString(seconds));
    hikari.addDataSourceProperty("loginTimeout", Long.toString(seconds));
    hikari.addDataSourceProperty("ApplicationName", "golive");
    hikari.setPoolName("golive-store-postgres");
    return hikari;
  }

  private static HikariConfig common(Options options) {
    HikariConfig hikari = new HikariConfig();
    hikari.setMaximumPoolSize(Math.max(2, options.poolSize()));
    hikari.setMinimumIdle(1);
    hikari.setConnectionTimeout(Math.max(250, options.connectTimeout().toMillis() + 1000));
    // connect once now, so that a wrong password or an unreachable server is said at once
    hikari.setInitializationFailTimeout(1);
    return hikari;
  }
}
