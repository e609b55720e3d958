package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.core.report.Messages;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Telegram channel against a local server standing in for the Bot API. */
@Timeout(60)
class TelegramTest {
  private static final String TOKEN = "123456:AAH-secret_token";
  private static final String OK =
      "{\"ok\":true,\"result\":{\"message_id\":77,\"chat\":{\"id\":-1001}}}";

  private static Delivery send(
      Receiver r, Messages.Lang lang, Event event, Map<String, String> env) {
    ChannelConfig.Telegram tg =
        new ChannelConfig.Telegram(
            "tg",
            Samples.ALL,
            lang,
            new Secret("${TG_TOKEN}"),
            new Secret("-1001234567890"),
            URI.create(r.base()));
    try (Dispatcher d = new Dispatcher(new MemoryLedger(), env, Clock.systemUTC())) {
      return d.dispatch(new NotifyConfig(List.of(tg), Samples.FAST), List.of(event)).get(0);
    }
  }

  private static Delivery send(Receiver r, Messages.Lang lang, Event event) {
    return send(r, lang, event, Map.of("TG_TOKEN", TOKEN));
  }

  @Test
  void sendsMessageWithHtmlEscaped() {
    try (Receiver r = new Receiver().always(200, OK)) {
      Delivery d = send(r, Messages.Lang.EN, Samples.contradiction());

      assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(d.reason()).isEqualTo("HTTP 200, message 77");
      Receiver.Request req = r.requests().get(0);
      assertThat(req.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
      JsonNode json = req.json();
      assertThat(json.get("chat_id").asText()).isEqualTo("-1001234567890");
      assertThat(json.get("parse_mode").asText()).isEqualTo("HTML");
      assertThat(json.get("text").asText())
          .isEqualTo(
              """
              <b>shop: a ticked item is contradicted</b>

              “HSTS is enabled &lt;max-age&gt; &amp; preload” is ticked as done, but a check \
              against the live system refutes it.

              <b>Project:</b> shop
              <b>Item:</b> HSTS is enabled &lt;max-age&gt; &amp; preload
              <b>Section:</b> Security / TLS
              <b>Check:</b> http.hsts
              <b>Finding:</b> https://shop.test/ sends no Strict-Transport-Security header
              <b>Audit:</b> a-1042""");
    }
  }

  @Test
  void uzbekWordsAndALink() {
    try (Receiver r = new Receiver().always(200, OK)) {
      send(r, Messages.Lang.UZ, Samples.verdictChanged());

      assertThat(r.requests().get(0).json().get("text").asText())
          .startsWith("<b>shop: GO → NO-GO</b>\n\nshop loyihasining xulosasi oʻzgardi")
          .endsWith(
              "<a href=\"https://golive.test/projects/shop/audits/a-1042\">golive’da ochish</a>");
    }
  }

  @Test
  void waitsAsParametersRetryAfterAsks() {
    try (Receiver r =
        new Receiver()
            .then(
                429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after"
                    + " 1\",\"parameters\":{\"retry_after\":1}}")
            .always(200, OK)) {
      Delivery d = send(r, Messages.Lang.EN, Samples.regression());

      assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(d.attempts().get(0).detail())
          .isEqualTo("HTTP 429: Too Many Requests: retry after 1");
      assertThat(java.time.Duration.between(d.attempts().get(0).at(), d.attempts().get(1).at()))
          .isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(1));
    }
  }

  @Test
  void aChatNotFoundIsPermanent() {
    try (Receiver r =
        new Receiver()
            .always(
                400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}")) {
      Delivery d = send(r, Messages.Lang.EN, Samples.verdictChanged());

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.reason()).isEqualTo("HTTP 400: Bad Request: chat not found");
      assertThat(r.requests()).hasSize(1);
    }
  }

  @Test
  void aGroupThatBecameASupergroupIsNamed() {
    try (Receiver r =
        new Receiver()
            .always(
                400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was"
                    + " upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
                    + "-1009876543210}}")) {
      Delivery d = send(r, Messages.Lang.EN, Samples.verdictChanged());

      assertThat(d.reason()).endsWith("set 'chat' of channel tg to -1009876543210");
    }
  }

  @Test
  void theTokenNeverAppearsInWhatIsReported() {
    // a proxy that echoes the URL it was asked for
    try (Receiver r =
        new Receiver().always(401, "unauthorized for /bot" + TOKEN + "/sendMessage")) {
      Delivery d = send(r, Messages.Lang.EN, Samples.verdictChanged());

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.reason())
          .isEqualTo(
              "HTTP 401: unauthorized for /bot***/sendMessage; check 'token' of channel tg (and"
                  + " 'api' if set)")
          .doesNotContain("AAH-secret_token");
      assertThat(d.attempts())
          .allSatisfy(a -> assertThat(a.detail()).doesNotContain("secret_token"));
      assertThat(d.toString()).doesNotContain("secret_token");
    }
  }

  @Test
  void aTokenThatIsNotOneIsRefusedBeforeSending() {
    try (Receiver r = new Receiver()) {
      Delivery d =
          send(r, Messages.Lang.EN, Samples.verdictChanged(), Map.of("TG_TOKEN", "not a token/.."));

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.reason()).startsWith("'token' of channel tg is not a bot token");
      assertThat(r.requests()).isEmpty();
    }
  }
}
