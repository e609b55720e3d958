package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlsCheckTest {
  private static final TlsCheck CHECK = new TlsCheck();
  private static Path caFile;

  /** TLS on, and pg_hba.conf refuses TCP connections without it. */
  private static Postgres strict;

  /** TLS on, and pg_hba.conf takes TCP connections with or without it. */
  private static Postgres lax;

  @BeforeAll
  static void servers() throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    caFile = ca.writePem(Files.createTempFile("golive-ca", ".pem"));
    strict =
        Postgres.start(
            Postgres.Config.defaults()
                .tls(ca.issue(Certificates.Spec.valid("127.0.0.1")))
                .hba(
                    "hostssl all all 127.0.0.1/32 scram-sha-256",
                    "hostnossl all all 0.0.0.0/0 reject"));
    lax =
        Postgres.start(
            Postgres.Config.defaults().tls(ca.issue(Certificates.Spec.valid("127.0.0.1"))));
  }

  @AfterAll
  static void stop() throws Exception {
    strict.close();
    lax.close();
    Files.deleteIfExists(caFile);
  }

  @ParameterizedTest(name = "sslmode={0}, ssl={1}, encrypted={2}, plaintext {3} -> {4}")
  @CsvSource({
    "prefer,      on,  true,  REFUSED,  PASS",
    "require,     on,  true,  REFUSED,  PASS",
    "verify-full, on,  true,  ACCEPTED, PASS",
    "verify-ca,   on,  true,  ACCEPTED, PASS",
    "require,     on,  true,  ACCEPTED, WARN",
    "prefer,      on,  true,  ACCEPTED, FAIL",
    "disable,     on,  false, ACCEPTED, FAIL",
    "prefer,      off, false, ACCEPTED, FAIL",
    "prefer,      on,  true,  UNKNOWN,  ERROR",
  })
  void judgesTheServerAndTheUrlTogether(
      String mode, String ssl, boolean encrypted, TlsCheck.Plaintext plaintext, String expected) {
    var e =
        new TlsCheck.Answer(
            "postgres://app:***@db/shop",
            "PostgreSQL",
            mode,
            ssl,
            encrypted,
            encrypted ? "TLSv1.3" : null,
            plaintext,
            "detail");
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.valueOf(expected));
  }

  @Test
  void aServerWithoutTlsFails() throws Exception {
    var e = CHECK.collect(Targets.database(Postgres.shared().url("postgres")));
    assertThat(e.serverSsl()).isEqualTo("off");
    assertThat(e.plaintext()).isEqualTo(TlsCheck.Plaintext.ACCEPTED);
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("ssl = off");
  }

  @Test
  void aServerThatRefusesPlaintextPasses() throws Exception {
    var e = CHECK.collect(Targets.database(strict.url("postgres") + "?sslmode=require"));
    assertThat(e.encrypted()).isTrue();
    assertThat(e.tlsVersion()).startsWith("TLSv1.");
    assertThat(e.plaintext()).isEqualTo(TlsCheck.Plaintext.REFUSED);
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("refuses connections without TLS").contains("no encryption");
    assertThat(j.message()).doesNotContain(strict.password());
  }

  @Test
  void aLaxServerPassesOnlyWhenTheUrlVerifiesIt() throws Exception {
    var verified =
        CHECK.collect(
            Targets.database(lax.url("postgres") + "?sslmode=verify-full&sslrootcert=" + caFile));
    assertThat(verified.plaintext()).isEqualTo(TlsCheck.Plaintext.ACCEPTED);
    assertThat(CHECK.evaluate(verified).outcome()).isEqualTo(Outcome.PASS);

    var required = CHECK.collect(Targets.database(lax.url("postgres") + "?sslmode=require"));
    assertThat(CHECK.evaluate(required).outcome()).isEqualTo(Outcome.WARN);

    var preferred = CHECK.collect(Targets.database(lax.url("postgres")));
    assertThat(preferred.sslMode()).isEqualTo("prefer");
    assertThat(preferred.encrypted()).isTrue();
    var j = CHECK.evaluate(preferred);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("accepts connections without TLS");
  }

  @Test
  void sqliteIsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.db");
    DriverManager.getConnection("jdbc:sqlite:" + file).close();
    assertThat(CHECK.evaluate(CHECK.collect(Targets.database("sqlite:" + file))).outcome())
        .isEqualTo(Outcome.SKIPPED);
  }
}
