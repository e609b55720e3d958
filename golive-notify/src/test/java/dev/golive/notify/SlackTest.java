package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.core.report.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Slack-compatible webhook against a real server on 127.0.0.1. */
@Timeout(60)
class SlackTest {
  private static Delivery send(Receiver r, Messages.Lang lang, Event event) {
    ChannelConfig.Slack slack =
        new ChannelConfig.Slack(
            "team", Samples.ALL, lang, new Secret(r.base() + "/services/T0/B0/${SLACK_PATH}"));
    try (Dispatcher d =
        new Dispatcher(new MemoryLedger(), Map.of("SLACK_PATH", "xyz"), Clock.systemUTC())) {
      return d.dispatch(new NotifyConfig(List.of(slack), Samples.FAST), List.of(event)).get(0);
    }
  }

  @Test
  void postsTextAndBlocksWithMrkdwnEscaped() {
    try (Receiver r = new Receiver()) {
      Delivery d = send(r, Messages.Lang.EN, Samples.contradiction());

      assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
      Receiver.Request req = r.requests().get(0);
      assertThat(req.path()).isEqualTo("/services/T0/B0/xyz");
      JsonNode json = req.json();
      assertThat(json.get("text").asText())
          .isEqualTo(
              "shop: a ticked item is contradicted\n“HSTS is enabled &lt;max-age&gt; &amp; preload” is"
                  + " ticked as done, but a check against the live system refutes it.");
      JsonNode blocks = json.get("blocks");
      assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
      assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
      assertThat(blocks.get(0).get("text").get("text").asText())
          .isEqualTo("shop: a ticked item is contradicted");
      assertThat(blocks.get(1).get("text").get("type").asText()).isEqualTo("mrkdwn");
      assertThat(blocks.get(1).get("text").get("text").asText())
          .startsWith("“HSTS is enabled &lt;max-age&gt; &amp; preload”");
      assertThat(blocks.get(2).get("fields"))
          .extracting(f -> f.get("text").asText())
          .contains(
              "*Item*\nHSTS is enabled &lt;max-age&gt; &amp; preload",
              "*Check*\nhttp.hsts",
              "*Section*\nSecurity / TLS");
    }
  }

  @Test
  void theLinkIsALinkAndTheWordsAreRussian() {
    try (Receiver r = new Receiver()) {
      send(r, Messages.Lang.RU, Samples.verdictChanged());

      JsonNode blocks = r.requests().get(0).json().get("blocks");
      assertThat(blocks.get(0).get("text").get("text").asText()).isEqualTo("shop: GO → NO-GO");
      assertThat(blocks.get(1).get("text").get("text").asText())
          .isEqualTo("Вердикт проекта shop изменился: было GO, стало NO-GO.");
      JsonNode context = blocks.get(blocks.size() - 1);
      assertThat(context.get("type").asText()).isEqualTo("context");
      assertThat(context.get("elements").get(0).get("text").asText())
          .isEqualTo("<https://golive.test/projects/shop/audits/a-1042|Открыть в golive>");
    }
  }

  @Test
  void slackErrorsInPlainWordsAreReportedAndNotRetried() {
    try (Receiver r = new Receiver().always(404, "no_service")) {
      Delivery d = send(r, Messages.Lang.EN, Samples.verdictChanged());

      assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(d.reason()).isEqualTo("HTTP 404: no_service");
      assertThat(r.requests()).hasSize(1);
    }
  }

  @Test
  void longTextIsCutToBlockKitLimits() {
    String item = "<" + "x".repeat(5000);
    Event e =
        new Event.NewContradiction(
            "shop", new Event.Item("id", item, null), "http.hsts", "y".repeat(5000), "a-1", null);
    try (Receiver r = new Receiver()) {
      assertThat(send(r, Messages.Lang.EN, e).sent()).isTrue();

      JsonNode json = r.requests().get(0).json();
      assertThat(json.get("text").asText()).hasSizeLessThanOrEqualTo(3000);
      assertThat(json.get("blocks").get(1).get("text").get("text").asText())
          .hasSizeLessThanOrEqualTo(3000)
          .endsWith("…");
      for (JsonNode f : json.get("blocks").get(2).get("fields")) {
        assertThat(f.get("text").asText()).hasSizeLessThanOrEqualTo(2000);
      }
    }
  }
}
