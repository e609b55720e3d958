package dev.golive.checks.exposure;

import static dev.golive.checks.exposure.Sites.evidence;
import static dev.golive.checks.exposure.Sites.match;
import static dev.golive.checks.exposure.Sites.seen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.CheckType;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdminCheckTest {
  private static final AdminCheck DEFAULTS =
      (AdminCheck) CheckType.of(AdminCheck.class).withDefaults();

  private static final String LISTING =
      """
      <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
      <html><head><title>Index of /uploads</title></head><body>
      <h1>Index of /uploads</h1>
      <table><tr><td><a href="invoice-2024-001.pdf">invoice-2024-001.pdf</a></td></tr></table>
      </body></html>
      """;

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(evidence(seen("/server-status", 403), seen("/uploads/", 404)), Outcome.PASS),
        Arguments.of(evidence(seen("/server-status", 401, match("apache-status"))), Outcome.PASS),
        Arguments.of(evidence(seen("/server-status", 200, match("apache-status"))), Outcome.FAIL),
        Arguments.of(evidence(seen("/uploads/", 200, match("directory-listing"))), Outcome.FAIL),
        Arguments.of(evidence(seen("/actuator/env", 200)), Outcome.PASS));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(ExposureEvidence e, Outcome expected) {
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void aDirectoryListingFails() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", Reply.html("<title>Shop</title>"))
            .route("/uploads/", Reply.html(LISTING))
            .route("/server-status", Reply.of(403, "Forbidden"))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .endsWith("/uploads/ answers 200 with a directory listing: Index of /uploads");
    }
  }

  @Test
  void aHeapDumpServedAsGzipFails() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write("JAVA PROFILE 1.0.2\0".getBytes(StandardCharsets.ISO_8859_1));
    }
    try (WebServer site =
        WebServer.http()
            .route(
                "/actuator/heapdump",
                new Reply(
                    200,
                    List.of(java.util.Map.entry("Content-Type", "application/octet-stream")),
                    gz.toByteArray()))) {
      Judgement j =
          Probes.run(
              new AdminCheck(List.of("/actuator/heapdump")), Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("with a Java heap dump: starts with gzip data");
    }
  }

  @Test
  void aCatchAllAndLockedDownEndpointsPass() throws Exception {
    try (WebServer site =
        WebServer.http()
            .otherwise(Reply.html(Sites.SPA))
            .route("/server-status", Reply.of(403, "Forbidden"))
            .route("/actuator/env", Reply.of(401, "{\"error\":\"unauthorized\"}"))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("13 × 200, 1 × 401, 1 × 403");
    }
  }
}
