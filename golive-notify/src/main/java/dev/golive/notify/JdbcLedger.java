package dev.golive.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link Ledger} in the table {@code notification_sent} of a SQLite or PostgreSQL database,
 * shared by every server on it. The table is made by golive-store's migrations (V3). A claim is one
 * statement, {@code INSERT ... ON CONFLICT DO NOTHING}, or, for an entry that failed or whose claim
 * went stale, one conditional {@code UPDATE}: of two servers claiming at once, the database lets
 * one through.
 *
 * <p>For SQLite, give the data source a busy timeout (sqlite-jdbc's default is 3 s) so that
 * concurrent writers wait for each other rather than fail.
 */
public final class JdbcLedger implements Ledger {
  private static final int QUERY_TIMEOUT_SECONDS = 30;
  private static final String COLUMNS =
      "event_key, channel, state, first_claimed_at, claimed_at, sent_at, attempts, last_error,"
          + " event";

  private final DataSource data;

  public JdbcLedger(DataSource data) {
    this.data = data;
  }

  @Override
  public Optional<Claim> claim(
      String eventKey, String channel, String event, Instant now, Duration lease) {
    String token = UUID.randomUUID().toString();
    long at = now.toEpochMilli();
    try (Connection c = connect()) {
      int inserted =
          update(
              c,
              "INSERT INTO notification_sent (event_key, channel, state, claim_token,"
                  + " first_claimed_at, claimed_at, attempts, event)"
                  + " VALUES (?, ?, 'sending', ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING",
              eventKey,
              channel,
              token,
              at,
              at,
              event);
      if (inserted == 1) {
        return Optional.of(new Claim(eventKey, channel, token));
      }
      int taken =
          update(
              c,
              "UPDATE notification_sent SET state = 'sending', claim_token = ?, claimed_at = ?,"
                  + " event = ? WHERE event_key = ? AND channel = ? AND (state = 'failed'"
                  + " OR (state = 'sending' AND claimed_at < ?))",
              token,
              at,
              event,
              eventKey,
              channel,
              now.minus(lease).toEpochMilli());
      return taken == 1 ? Optional.of(new Claim(eventKey, channel, token)) : Optional.empty();
    } catch (SQLException e) {
      throw failure("claim " + eventKey + " on " + channel, e);
    }
  }

  @Override
  public void sent(Claim claim, Instant at, int attempts) {
    record(
        claim,
        "UPDATE notification_sent SET state = 'sent', sent_at = ?, attempts = attempts + ?,"
            + " last_error = NULL WHERE event_key = ? AND channel = ? AND claim_token = ?",
        at.toEpochMilli(),
        attempts);
  }

  @Override
  public void failed(Claim claim, Instant at, int attempts, String error) {
    record(
        claim,
        "UPDATE notification_sent SET state = 'failed', attempts = attempts + ?, last_error = ?"
            + " WHERE event_key = ? AND channel = ? AND claim_token = ?",
        attempts,
        error == null ? null : Message.cut(error, 1000));
  }

  private void record(Claim claim, String sql, Object first, Object second) {
    try (Connection c = connect()) {
      update(c, sql, first, second, claim.eventKey(), claim.channel(), claim.token());
    } catch (SQLException e) {
      throw failure("record the delivery of " + claim.eventKey() + " on " + claim.channel(), e);
    }
  }

  @Override
  public Optional<Entry> entry(String eventKey, String channel) {
    List<Entry> found =
        query(
            "SELECT " + COLUMNS + " FROM notification_sent WHERE event_key = ? AND channel = ?",
            eventKey,
            channel);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Entry> failures(int limit) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM notification_sent WHERE state = 'failed' ORDER BY claimed_at LIMIT ?",
        limit);
  }

  private List<Entry> query(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, args);
        ResultSet r = s.executeQuery()) {
      List<Entry> out = new ArrayList<>();
      while (r.next()) {
        long sent = r.getLong("sent_at");
        boolean sentNull = r.wasNull();
        out.add(
            new Entry(
                r.getString("event_key"),
                r.getString("channel"),
                Ledger.State.valueOf(r.getString("state").toUpperCase(java.util.Locale.ROOT)),
                Instant.ofEpochMilli(r.getLong("first_claimed_at")),
                Instant.ofEpochMilli(r.getLong("claimed_at")),
                sentNull ? null : Instant.ofEpochMilli(sent),
                r.getInt("attempts"),
                r.getString("last_error"),
                r.getString("event")));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read notification_sent", e);
    }
  }

  private Connection connect() throws SQLException {
    Connection c = data.getConnection();
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    return c;
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, args)) {
      return s.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else if (a instanceof Long l) {
          s.setLong(i + 1, l);
        } else if (a instanceof Integer n) {
          s.setInt(i + 1, n);
        } else {
          s.setString(i + 1, a.toString());
        }
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  private static LedgerException failure(String what, SQLException e) {
    return new LedgerException(
        "the notification ledger could not " + what + ": " + e.getMessage(), e);
  }
}
