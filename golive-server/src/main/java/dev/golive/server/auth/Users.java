package dev.golive.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/** The server's users, their roles and password hashes; every change is in the audit log. */
public final class Users {
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,255}");
  private static final String COLUMNS =
      "id, email, name, role, must_change_password, created_at, disabled_at";

  private final Jdbi jdbi;
  private final Clock clock;
  private final Passwords passwords;

  public Users(Jdbi jdbi, Clock clock, Passwords passwords) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.passwords = passwords;
  }

  /** A user with the hash of their password, for signing in. */
  public record Credentials(User user, String passwordHash) {}

  public int count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one());
  }

  /**
   * Makes a user; {@code password} is checked for strength unless {@code oneTime}, which also makes
   * the user choose a new one at first sign-in.
   *
   * @throws IllegalArgumentException with a message for people when a value will not do
   */
  public User create(
      String email, String name, Role role, String password, boolean oneTime, String actor) {
    String e = email(email);
    String n = name == null || name.isBlank() ? e.substring(0, e.indexOf('@')) : name.strip();
    if (n.length() > 200) {
      throw new IllegalArgumentException("a name has at most 200 characters");
    }
    if (!oneTime) {
      String weak = Passwords.weakness(password, e);
      if (weak != null) {
        throw new IllegalArgumentException(weak);
      }
    }
    String hash = passwords.hash(password);
    long now = clock.millis();
    return jdbi.inTransaction(
        h -> {
          if (h.createQuery("SELECT COUNT(*) FROM users WHERE email = :e")
                  .bind("e", e)
                  .mapTo(Integer.class)
                  .one()
              > 0) {
            throw new IllegalStateException("there is a user " + e + " already");
          }
          long id =
              h.createQuery(
                      """
                      INSERT INTO users (email, name, role, password_hash, must_change_password,
                        created_at)
                      VALUES (:e, :n, :r, :h, :m, :at) RETURNING id
                      """)
                  .bind("e", e)
                  .bind("n", n)
                  .bind("r", role.id())
                  .bind("h", hash)
                  .bind("m", oneTime ? 1 : 0)
                  .bind("at", now)
                  .mapTo(Long.class)
                  .one();
          User u = new User(id, e, n, role, oneTime, Instant.ofEpochMilli(now), null);
          AuditTrail.write(h, now, actor, "user.create", "users", id, null, row(u));
          return u;
        });
  }

  public Optional<User> get(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> user(rs))
                .findOne());
  }

  /** The user {@code email} names, with the hash to check a password against. */
  public Optional<Credentials> credentials(String email) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + ", password_hash FROM users WHERE email = :e")
                .bind("e", e)
                .map((rs, ctx) -> new Credentials(user(rs), rs.getString("password_hash")))
                .findOne());
  }

  public List<User> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY email")
                .map((rs, ctx) -> user(rs))
                .list());
  }

  /**
   * Changes a user's name, role or whether they are disabled ({@code null}: unchanged). The last
   * active admin cannot be demoted or disabled.
   */
  public User update(long id, String name, Role role, Boolean disabled, String actor) {
    long now = clock.millis();
    return jdbi.inTransaction(
        h -> {
          User before =
              h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                  .bind("id", id)
                  .map((rs, ctx) -> user(rs))
                  .findOne()
                  .orElseThrow(() -> new NoSuchUser(id));
          Role r = role == null ? before.role() : role;
          Instant off =
              disabled == null
                  ? before.disabled()
                  : disabled
                      ? (before.disabled() == null ? Instant.ofEpochMilli(now) : before.disabled())
                      : null;
          String n = name == null || name.isBlank() ? before.name() : name.strip();
          boolean losesAdmin =
              before.role() == Role.ADMIN && before.active() && (r != Role.ADMIN || off != null);
          if (losesAdmin
              && h.createQuery(
                          "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL")
                      .mapTo(Integer.class)
                      .one()
                  <= 1) {
            throw new IllegalStateException(
                "the last active admin stays an admin: make another admin first");
          }
          h.createUpdate("UPDATE users SET name = :n, role = :r, disabled_at = :d WHERE id = :id")
              .bind("n", n)
              .bind("r", r.id())
              .bind("d", off == null ? null : off.toEpochMilli())
              .bind("id", id)
              .execute();
          if (off != null) {
            h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", id).execute();
          }
          User after =
              new User(
                  id, before.email(), n, r, before.mustChangePassword(), before.created(), off);
          AuditTrail.write(h, now, actor, "user.update", "users", id, row(before), row(after));
          return after;
        });
  }

  /**
   * Sets a new password and ends the user's other sessions.
   *
   * @param keepSession the hash of the session to keep, or {@code null}
   */
  public void setPassword(long id, String password, String keepSession, String actor) {
    User u = get(id).orElseThrow(() -> new NoSuchUser(id));
    String weak = Passwords.weakness(password, u.email());
    if (weak != null) {
      throw new IllegalArgumentException(weak);
    }
    String hash = passwords.hash(password);
    long now = clock.millis();
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE users SET password_hash = :h, must_change_password = 0 WHERE id = :id")
              .bind("h", hash)
              .bind("id", id)
              .execute();
          h.createUpdate("DELETE FROM sessions WHERE user_id = :id AND id_hash <> :keep")
              .bind("id", id)
              .bind("keep", keepSession == null ? "" : keepSession)
              .execute();
          AuditTrail.write(
              h, now, actor, "user.password", "users", id, null, Map.of("email", u.email()));
        });
  }

  /**
   * Gives the user a new one-time password, to be changed at the next sign-in, and ends all their
   * sessions.
   *
   * @return the one-time password, to hand over once
   */
  public String resetPassword(long id, String actor) {
    User u = get(id).orElseThrow(() -> new NoSuchUser(id));
    String oneTime = Tokens.random(15);
    String hash = passwords.hash(oneTime);
    long now = clock.millis();
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE users SET password_hash = :h, must_change_password = 1 WHERE id = :id")
              .bind("h", hash)
              .bind("id", id)
              .execute();
          h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", id).execute();
          AuditTrail.write(
              h, now, actor, "user.password-reset", "users", id, null, Map.of("email", u.email()));
        });
    return oneTime;
  }

  /** Replaces a hash made with weaker parameters, after the password was verified. */
  void rehash(long id, String password) {
    String hash = passwords.hash(password);
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE users SET password_hash = :h WHERE id = :id")
                .bind("h", hash)
                .bind("id", id)
                .execute());
  }

  /** {@code email} stripped and in lower case, or a complaint when it is no address. */
  static String email(String email) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(e).matches()) {
      throw new IllegalArgumentException("'" + e + "' is not an e-mail address");
    }
    return e;
  }

  static Map<String, Object> row(User u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("email", u.email());
    m.put("name", u.name());
    m.put("role", u.role().id());
    m.put("disabled", u.disabled() != null);
    return m;
  }

  static User user(ResultSet rs) throws SQLException {
    long disabled = rs.getLong("disabled_at");
    boolean off = !rs.wasNull();
    return new User(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("name"),
        Role.of(rs.getString("role")),
        rs.getInt("must_change_password") != 0,
        Instant.ofEpochMilli(rs.getLong("created_at")),
        off ? Instant.ofEpochMilli(disabled) : null);
  }

  /** There is no user with that id. */
  public static final class NoSuchUser extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchUser(long id) {
      super("there is no user #" + id);
    }
  }
}
