package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The application's connection pools fit in what the server allows. */
@CheckInfo(
    id = "db.connections",
    needs = TargetKind.DATABASE,
    title = "Connection pools fit within the database's connection limit",
    severity = Priority.HIGH,
    description =
        "Reads PostgreSQL's max_connections, the slots kept for superusers"
            + " (superuser_reserved_connections, and reserved_connections from 16 on) and any"
            + " connection limit of the URL's database or user, and counts the connections open"
            + " now in pg_stat_activity. Fails when pool-size connections for each of instances"
            + " application instances exceed what an ordinary user may open; warns when 90% or"
            + " more of max_connections are in use now. Skipped for SQLite.")
public record ConnectionsCheck(
    @Param(
            description = "Connections in one application instance's pool",
            defaultValue = "10",
            example = "20")
        int poolSize,
    @Param(
            description = "Application instances (processes, replicas) that each hold a pool",
            defaultValue = "1",
            example = "3")
        int instances)
    implements Check<ConnectionsCheck.Answer> {

  /**
   * The server's limits and its use now.
   *
   * @param database the URL, password masked
   * @param engine {@code PostgreSQL} or {@code SQLite}
   * @param maxConnections max_connections
   * @param superuserReserved superuser_reserved_connections
   * @param reserved reserved_connections (0 before PostgreSQL 16)
   * @param databaseLimit the database's CONNECTION LIMIT, -1 for none
   * @param roleLimit the user's CONNECTION LIMIT, -1 for none
   * @param connections client connections open now
   * @param active those running a statement
   * @param idleInTransaction those idle inside a transaction
   */
  public record Answer(
      String database,
      String engine,
      int maxConnections,
      int superuserReserved,
      int reserved,
      int databaseLimit,
      int roleLimit,
      int connections,
      int active,
      int idleInTransaction) {}

  public ConnectionsCheck {
    if (poolSize < 1) {
      throw new IllegalArgumentException("'pool-size' must be at least 1");
    }
    if (instances < 1) {
      throw new IllegalArgumentException("'instances' must be at least 1");
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    DatabaseUrl url = Db.url(probe);
    if (url.engine() != DatabaseUrl.Engine.POSTGRESQL) {
      return new Answer(url.shown(), url.engine().title(), 0, 0, 0, -1, -1, 0, 0, 0);
    }
    DbFacts f = Db.facts(probe);
    return new Answer(
        f.database(),
        f.engine(),
        number(f.setting("max_connections")),
        number(f.setting("superuser_reserved_connections")),
        number(f.setting("reserved_connections")),
        f.databaseLimit(),
        f.roleLimit(),
        f.connections(),
        f.active(),
        f.idleInTransaction());
  }

  private static int number(String s) {
    return s == null ? 0 : Integer.parseInt(s.strip());
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (!e.engine().equals(DatabaseUrl.Engine.POSTGRESQL.title())) {
      return Judgement.skipped(
          e.database() + " is " + e.engine() + ", which has no connection limit to check");
    }
    int reserved = e.superuserReserved() + e.reserved();
    int allowed = e.maxConnections() - reserved;
    List<String> why = new ArrayList<>();
    why.add("max_connections " + e.maxConnections() + " less " + reserved + " reserved");
    if (e.databaseLimit() >= 0 && e.databaseLimit() < allowed) {
      allowed = e.databaseLimit();
      why.add("the database's limit of " + e.databaseLimit());
    }
    if (e.roleLimit() >= 0 && e.roleLimit() < allowed) {
      allowed = e.roleLimit();
      why.add("the user's limit of " + e.roleLimit());
    }
    long need = (long) poolSize * instances;
    String pools =
        instances == 1
            ? "a pool of " + poolSize
            : instances + " pools of " + poolSize + " (" + need + " connections)";
    String now =
        e.connections()
            + " open now ("
            + e.active()
            + " active, "
            + e.idleInTransaction()
            + " idle in transaction)";
    if (need > allowed) {
      return Judgement.fail(
          e.database()
              + ": "
              + pools
              + " exceed the "
              + allowed
              + " connections an application may open ("
              + String.join(", ", why)
              + "); "
              + now);
    }
    if (e.maxConnections() > 0 && e.connections() * 10 >= e.maxConnections() * 9) {
      return Judgement.warn(
          e.database()
              + ": "
              + pools
              + " fit in "
              + allowed
              + " connections, but "
              + e.connections()
              + " of max_connections "
              + e.maxConnections()
              + " are in use now");
    }
    return Judgement.pass(
        e.database() + ": " + pools + " fit in " + allowed + " connections; " + now);
  }
}
