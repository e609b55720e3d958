package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** Connections to the database are encrypted: the server insists, or the URL does. */
@CheckInfo(
    id = "db.tls",
    needs = TargetKind.DATABASE,
    title = "Database connections use TLS",
    severity = Priority.HIGH,
    description =
        "Reads PostgreSQL's ssl setting, whether the URL's own connection is encrypted, the"
            + " URL's sslmode, and tries one more connection without TLS to see whether the"
            + " server (pg_hba.conf) refuses it. Passes when the server refuses connections"
            + " without TLS, or when the URL requires TLS and verifies the server (sslmode"
            + " verify-ca or verify-full); warns when the URL requires TLS without verifying the"
            + " certificate (sslmode=require) while the server still accepts plaintext; fails"
            + " when the server has ssl off, or accepts plaintext and the URL does not require"
            + " TLS. Skipped for SQLite, a file with no connection to encrypt.")
public record TlsCheck() implements Check<TlsCheck.Answer> {

  /** What a connection without TLS met. */
  public enum Plaintext {
    /** The server refused it. */
    REFUSED,
    /** The server took it. */
    ACCEPTED,
    /** It failed for another reason, or was not tried. */
    UNKNOWN
  }

  /**
   * How the database's connections are protected.
   *
   * @param database the URL, password masked
   * @param engine {@code PostgreSQL} or {@code SQLite}
   * @param sslMode the URL's sslmode in libpq's words ({@code prefer} when it names none)
   * @param serverSsl the server's ssl setting, {@code on} or {@code off}
   * @param encrypted whether the URL's own connection is encrypted
   * @param tlsVersion that connection's TLS version, or {@code null}
   * @param plaintext what a connection without TLS met
   * @param plaintextDetail the server's answer to it, or why it could not be told
   */
  public record Answer(
      String database,
      String engine,
      String sslMode,
      String serverSsl,
      boolean encrypted,
      String tlsVersion,
      Plaintext plaintext,
      String plaintextDetail) {}

  private static final Set<String> VERIFYING = Set.of("verify-ca", "verify-full");

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    DatabaseUrl url = Db.url(probe);
    if (url.engine() != DatabaseUrl.Engine.POSTGRESQL) {
      return new Answer(url.shown(), url.engine().title(), null, null, false, null, null, null);
    }
    DbFacts f = Db.facts(probe);
    Plaintext plaintext;
    String detail;
    try (Connection c =
        Db.open(url, probe.remaining(), Map.of("sslmode", "disable", "ssl", "false"))) {
      plaintext = Plaintext.ACCEPTED;
      detail = "a connection without TLS was accepted";
    } catch (ProbeException e) {
      String m = e.getMessage();
      boolean refused =
          e.getCause() instanceof SQLException sql
              && "28000".equals(sql.getSQLState())
              && m.contains("no encryption");
      plaintext = refused ? Plaintext.REFUSED : Plaintext.UNKNOWN;
      detail = m.startsWith(url.shown() + ": ") ? m.substring(url.shown().length() + 2) : m;
    } catch (SQLException e) {
      plaintext = Plaintext.ACCEPTED;
      detail = "a connection without TLS was accepted";
    }
    return new Answer(
        f.database(),
        f.engine(),
        url.sslMode(),
        f.setting("ssl"),
        f.tls(),
        f.tlsVersion(),
        plaintext,
        detail);
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (!e.engine().equals(DatabaseUrl.Engine.POSTGRESQL.title())) {
      return Judgement.skipped(
          e.database() + " is a " + e.engine() + " file: no connection to encrypt");
    }
    String mode = "sslmode=" + e.sslMode();
    String used = e.encrypted() ? "this connection used " + e.tlsVersion() : "this connection";
    if ("off".equals(e.serverSsl())) {
      return Judgement.fail(
          e.database() + " has ssl = off: its connections travel unencrypted (" + mode + ")");
    }
    if (e.plaintext() == Plaintext.REFUSED) {
      return Judgement.pass(
          e.database()
              + " refuses connections without TLS ("
              + e.plaintextDetail()
              + "); "
              + used
              + ", "
              + mode);
    }
    boolean verifies = VERIFYING.contains(e.sslMode());
    if (verifies && e.encrypted()) {
      return Judgement.pass(
          e.database()
              + ": the URL requires TLS and verifies the server ("
              + mode
              + "), "
              + used
              + "; the server would also accept clients without TLS");
    }
    if (e.sslMode().equals("require") && e.encrypted()) {
      return Judgement.warn(
          e.database()
              + ": the URL requires TLS ("
              + mode
              + ") but does not verify the server's certificate, and the server accepts"
              + " connections without TLS");
    }
    if (e.plaintext() == Plaintext.UNKNOWN) {
      return Judgement.error(
          e.database()
              + ": could not tell whether the server accepts connections without TLS ("
              + e.plaintextDetail()
              + "), and the URL's "
              + mode
              + " does not require TLS");
    }
    return Judgement.fail(
        e.database()
            + " accepts connections without TLS and the URL's "
            + mode
            + " does not require it"
            + (e.encrypted() ? " (" + used + ")" : " (this connection was not encrypted)"));
  }
}
