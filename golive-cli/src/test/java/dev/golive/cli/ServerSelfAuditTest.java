package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.server.GoliveServer;
import dev.golive.server.ServerConfig;
import dev.golive.store.Store;
import dev.golive.testkit.Certificates;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golive audit} with the server's bundled checklist against a running {@code golive serve}
 * over HTTPS answers GO: the server holds to its own checklist.
 */
class ServerSelfAuditTest {
  @TempDir Path dir;

  @Test
  void golivesOwnChecklistAuditedAgainstARunningServerIsGo() throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    Certificates.Issued cert = ca.issue(Certificates.Spec.valid("127.0.0.1"));
    Path chain = cert.writeChainPem(dir.resolve("chain.pem"));
    Path key = cert.writeKeyPem(dir.resolve("key.pem"));
    Path caPem = ca.writePem(dir.resolve("ca.pem"));
    Path checklist = dir.resolve("golive-server-checklist.md");
    try (InputStream in =
        GoliveServer.class.getResourceAsStream("/dev/golive/server/golive-server-checklist.md")) {
      Files.write(checklist, in.readAllBytes());
    }
    StringWriter log = new StringWriter();
    try (Store store = Store.open(dir.resolve("golive.db").toString());
        GoliveServer server =
            GoliveServer.start(
                store, ServerConfig.local(0).withTls(chain, key), new PrintWriter(log, true))) {
      // the API's own base, where api.error-format asks for a path that does not exist
      Path config =
          Files.writeString(
              dir.resolve("golive.yaml"),
              "targets:\n  golive:\n    web: "
                  + server.url()
                  + "\n    api: "
                  + server.url().resolve("/api/v1/")
                  + "\n");
      CliRun run =
          CliRun.of(
              "audit",
              checklist.toString(),
              "--config",
              config.toString(),
              "--ca-file",
              caPem.toString(),
              "--deadline",
              "90s");
      assertThat(run.out()).startsWith("GO");
      assertThat(run.exit()).isZero();
    }
  }
}
