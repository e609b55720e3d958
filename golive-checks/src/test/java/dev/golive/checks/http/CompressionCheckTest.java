package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressionCheckTest {
  private static final CompressionCheck CHECK = new CompressionCheck(1024);
  private static final String PAGE = "<p>" + "shop ".repeat(2000) + "</p>";

  @ParameterizedTest(name = "{0} {1} {2} bytes, Vary [{3}] -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html        | gzip     | 40000 | Accept-Encoding             | PASS",
        "text/html        | br       | 40000 | accept-encoding, Origin     | PASS",
        "application/json | deflate  | 40000 | *                           | PASS",
        "text/html        | gzip     | 40000 |                             | WARN",
        "text/html        |          | 40000 |                             | FAIL",
        "text/css         | identity | 40000 |                             | FAIL",
        "text/html        |          | 500   |                             | SKIPPED",
        "image/png        |          | 40000 |                             | SKIPPED",
      })
  void compressedTextPassesUncompressedTextFails(
      String type, String encoding, long bytes, String vary, Outcome outcome) {
    var e =
        new CompressionCheck.Encoding(
            "https://shop.test/",
            200,
            type,
            CompressionCheck.ACCEPTED,
            encoding,
            vary,
            encoding == null ? bytes : bytes / 8,
            bytes);
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(outcome);
  }

  @Test
  void aServerThatGzipsWhenAskedPasses() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                x -> {
                  byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
                  String accept = WebServer.requestHeaders(x).getOrDefault("accept-encoding", "");
                  x.getResponseHeaders().add("Content-Type", "text/html");
                  x.getResponseHeaders().add("Vary", "Accept-Encoding");
                  if (accept.contains("gzip")) {
                    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                      gz.write(body);
                    }
                    body = zipped.toByteArray();
                    x.getResponseHeaders().add("Content-Encoding", "gzip");
                  }
                  x.sendResponseHeaders(200, body.length);
                  try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                  }
                })) {
      var e = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.contentEncoding()).isEqualTo("gzip");
      assertThat(e.bytes()).isEqualTo(PAGE.length());
      assertThat(e.wireBytes()).isLessThan(e.bytes());
      assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void aServerThatNeverCompressesFails() throws Exception {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.html(PAGE))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("uncompressed").contains("gzip, deflate");
    }
  }
}
