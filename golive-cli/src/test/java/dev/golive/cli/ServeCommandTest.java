package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** golive serve refuses what it cannot serve with one line and exit code 2, before listening. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingCertificateFileIsNamed() {
    CliRun r =
        CliRun.of(
            "serve",
            "--db",
            dir.resolve("g.db").toString(),
            "--tls-cert",
            dir.resolve("none.pem").toString(),
            "--tls-key",
            dir.resolve("none.key").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("none.pem: no such file");
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRefused() {
    CliRun r = CliRun.of("serve", "--db", dir.resolve("g.db").toString(), "--base-url", "ftp://x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--base-url is the http:// or https:// address");
  }

  @Test
  void aCertificateWithoutItsKeyIsRefused() throws Exception {
    Path cert = java.nio.file.Files.writeString(dir.resolve("cert.pem"), "not read yet");
    CliRun r =
        CliRun.of("serve", "--db", dir.resolve("g.db").toString(), "--tls-cert", cert.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--tls-cert and --tls-key go together");
  }

  @Test
  void anApiRateOfNothingIsRefused() {
    CliRun r = CliRun.of("serve", "--db", dir.resolve("g.db").toString(), "--api-rate", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--api-rate is a number of requests per second above 0");
  }

  @Test
  void aPortInUseIsSaidSo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun r =
          CliRun.of(
              "serve",
              "--db",
              dir.resolve("g.db").toString(),
              "--port",
              Integer.toString(taken.getLocalPort()));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(r.out()).isEmpty();
    }
  }
}
