package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.testkit.RawServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generic webhook against a real server on 127.0.0.1: body, signature, retries, deadlines. */
@Timeout(60)
class WebhookTest {
  private static final Map<String, String> ENV = Map.of("HOOK_SECRET", "s3cr3t-key");

  private static List<Delivery> send(NotifyConfig config, Event... events) {
    try (Dispatcher d = new Dispatcher(new MemoryLedger(), ENV, Clock.systemUTC())) {
      return d.dispatch(config, List.of(events));
    }
  }

  private static NotifyConfig config(String url) {
    return new NotifyConfig(List.of(Samples.webhook(url)), Samples.FAST);
  }

  /** The HMAC computed here from the recipe in docs/notifications.md, not by golive's code. */
  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  void postsTheEventAsSignedJson() throws Exception {
    try (Receiver r = new Receiver()) {
      List<Delivery> out = send(config(r.url("/hooks/golive")), Samples.verdictChanged());

      assertThat(out)
          .singleElement()
          .satisfies(d -> assertThat(d.status()).isEqualTo(Delivery.Status.SENT));
      Receiver.Request req = r.requests().get(0);
      assertThat(req.method()).isEqualTo("POST");
      assertThat(req.path()).isEqualTo("/hooks/golive");
      assertThat(req.header("content-type")).isEqualTo("application/json; charset=utf-8");
      assertThat(req.header("x-golive-event")).isEqualTo("verdict-changed");
      assertThat(req.header("x-golive-delivery")).isEqualTo(out.get(0).id());
      assertThat(req.header("x-golive-signature")).isEqualTo(hmac("s3cr3t-key", req.body()));
      assertThat(
              WebhookSignature.verify("s3cr3t-key", req.body(), req.header("x-golive-signature")))
          .isTrue();
      assertThat(WebhookSignature.verify("other-key", req.body(), req.header("x-golive-signature")))
          .isFalse();

      JsonNode json = req.json();
      assertThat(json.get("event").asText()).isEqualTo("verdict-changed");
      assertThat(json.get("delivery").asText()).isEqualTo(out.get(0).id());
      assertThat(json.get("timestamp").asLong())
          .isEqualTo(Long.parseLong(req.header("x-golive-timestamp")));
      assertThat(json.get("test").asBoolean()).isFalse();
      assertThat(json.get("key").asText()).isEqualTo("verdict-changed/shop/a-1042");
      assertThat(json.get("project").asText()).isEqualTo("shop");
      assertThat(json.get("from").asText()).isEqualTo("GO");
      assertThat(json.get("to").asText()).isEqualTo("NO-GO");
      assertThat(json.get("auditId").asText()).isEqualTo("a-1042");
      assertThat(json.get("link").asText())
          .isEqualTo("https://golive.test/projects/shop/audits/a-1042");
      assertThat(json.get("title").asText()).isEqualTo("shop: GO → NO-GO");
      assertThat(json.get("text").asText())
          .contains("The verdict of shop changed from GO to NO-GO.");
    }
  }

  @Test
  void everyKindOfEventIsSentWithItsFields() {
    try (Receiver r = new Receiver()) {
      List<Delivery> out = send(config(r.url("/")), Samples.everyKind().toArray(Event[]::new));
      assertThat(out).hasSize(5).allSatisfy(d -> assertThat(d.sent()).isTrue());
      assertThat(r.requests())
          .extracting(q -> q.header("x-golive-event"))
          .containsExactlyInAnyOrder(
              "verdict-changed",
              "new-contradiction",
              "regression",
              "certificate-expiring",
              "waiver-expiring");
      JsonNode cert =
          r.requests().stream()
              .filter(q -> q.header("x-golive-event").equals("certificate-expiring"))
              .findFirst()
              .orElseThrow()
              .json();
      assertThat(cert.get("host").asText()).isEqualTo("shop.test");
      assertThat(cert.get("daysLeft").asLong()).isEqualTo(7);
      assertThat(cert.get("notAfter").asText()).isEqualTo("2026-03-01T12:00:00Z");
    }
  }

  @Test
  void retriesA500WithTheSameDeliveryIdThenSucceeds() {
    try (Receiver r = new Receiver().then(500, "down for a moment").then(503, "still down")) {
      Delivery d = send(config(r.url("/")), Samples.contradiction()).get(0);

      assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(d.attempts())
          .extracting(Attempt::result)
          .containsExactly(Attempt.Result.RETRYABLE, Attempt.Result.RETRYABLE, Attempt.Result.OK);
      assertThat(d.attempts().get(0).status()).isEqualTo(500);
      assertThat(d.attempts().get(0).detail()).isEqualTo("HTTP 500: down for a moment");
      assertThat(d.reason()).isEqualTo("HTTP 200 (try 3)");
      assertThat(r.requests())
          .hasSize(3)
          .extracting(q -> q.header("x-golive-delivery"))
          .containsOnly(d.id());
      // each try is signed anew over its own body
      for (Receiver.Request q : r.requests()) {
        assertThat(WebhookSignature.verify("s3cr3t-key", q.body(), q.header("x-golive-signature")))
            .isTrue();
      }
    }
  }

  @Test
  void waitsAsA429AsksWithRetryAfter() {
    try (Receiver r = new Receiver().then(429, "slow down", "Retry-After", "1")) {
      Delivery d = send(config(r.url("/")), Samples.regression()).get(0);

      assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(d.attempts()).hasSize(2);
      assertThat(d.attempts().get(0).status()).isEqualTo(429);
      // the second try started no sooner than the second the receiver asked for
      assertThat(Duration.between(d.attempts().get(0).at(), d.attempts().get(1).at()))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void aRetryAfterPastTheDeadlineEndsTheDelivery() {
    try (Receiver r = new Receiver().always(429, "", "Retry-After", "3600")) {
      Delivery d = send(config(r.url("/")), Samples.regression()).get(0);

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts()).hasSize(1);
      assertThat(d.reason())
          .isEqualTo("HTTP 429; the receiver asked to wait 60 min within the deadline of 20 s");
    }
  }

  @Test
  void a400IsNotTriedAgain() {
    try (Receiver r = new Receiver().always(400, "{\"error\":\"unknown project\"}")) {
      Delivery d = send(config(r.url("/")), Samples.verdictChanged()).get(0);

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.result()).isEqualTo(Attempt.Result.PERMANENT);
                assertThat(a.status()).isEqualTo(400);
              });
      assertThat(d.reason()).isEqualTo("HTTP 400: {\"error\":\"unknown project\"}");
      assertThat(r.requests()).hasSize(1);
    }
  }

  @Test
  void aRedirectIsNotFollowed() {
    try (Receiver r = new Receiver().always(301, "", "Location", "https://elsewhere.test/")) {
      Delivery d = send(config(r.url("/")), Samples.verdictChanged()).get(0);

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.reason()).contains("HTTP 301: redirects to https://elsewhere.test/");
      assertThat(r.requests()).hasSize(1);
    }
  }

  @Test
  void givesUpAfterTheLastTry() {
    try (Receiver r = new Receiver().always(502, "bad gateway")) {
      Delivery d = send(config(r.url("/")), Samples.verdictChanged()).get(0);

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts()).hasSize(4);
      assertThat(d.reason()).isEqualTo("HTTP 502: bad gateway (gave up after 4 tries)");
    }
  }

  private static final RetryPolicy SHORT =
      new RetryPolicy(
          10,
          Duration.ofMillis(10),
          Duration.ofMillis(20),
          Duration.ofMillis(400),
          Duration.ofSeconds(1));

  private static Delivery sendTo(RawServer server) {
    NotifyConfig c = new NotifyConfig(List.of(Samples.webhook(server.url().toString())), SHORT);
    return send(c, Samples.verdictChanged()).get(0);
  }

  @Test
  void aStallingReceiverIsCutOffAtTheDeadline() {
    try (RawServer stall = RawServer.plain(RawServer.stall())) {
      Delivery d = sendTo(stall);

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts())
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.result()).isEqualTo(Attempt.Result.RETRYABLE));
      assertThat(d.attempts().get(0).detail()).isEqualTo("no complete answer within 400 ms");
      assertThat(d.reason()).contains("within the deadline of 1 s");
    }
  }

  @Test
  void aTricklingReceiverIsCutOffAtTheDeadline() {
    try (RawServer trickle = RawServer.plain(RawServer.trickle())) {
      Delivery d = sendTo(trickle);

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.attempts().get(0).detail()).isEqualTo("no complete answer within 400 ms");
    }
  }

  @Test
  void anEndlessAnswerIsReadOnlyToItsLimit() {
    try (RawServer endless = RawServer.plain(RawServer.endless())) {
      Delivery d = sendTo(endless);

      // 200 with a body that never ends: the first bytes are enough to take it as sent
      assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(d.reason()).isEqualTo("HTTP 200");
    }
  }

  @Test
  void aRefusedConnectionIsTriedAgain() {
    RawServer gone = RawServer.plain(RawServer.reset());
    String url = gone.url().toString();
    gone.close();
    NotifyConfig c = new NotifyConfig(List.of(Samples.webhook(url)), Samples.FAST);

    Delivery d = send(c, Samples.verdictChanged()).get(0);

    assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(d.attempts())
        .hasSize(4)
        .allSatisfy(a -> assertThat(a.detail()).isEqualTo("connection refused"));
  }

  @Test
  void anUnsetSecretFailsWithoutSendingAndNamesTheVariable() {
    try (Receiver r = new Receiver();
        Dispatcher d = new Dispatcher(new MemoryLedger(), Map.of(), Clock.systemUTC())) {
      Delivery out = d.dispatch(config(r.url("/")), List.of(Samples.verdictChanged())).get(0);

      assertThat(out.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(out.reason())
          .isEqualTo(
              "the environment variable HOOK_SECRET that 'secret' of channel ops reads is not set");
      assertThat(r.requests()).isEmpty();
    }
  }
}
