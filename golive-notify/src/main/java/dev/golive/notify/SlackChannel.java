package dev.golive.notify;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Slack-compatible incoming webhook: {@code {"text": ..., "blocks": [...]}} with a header, the
 * summary, the facts as fields and the link. Text in mrkdwn has {@code &}, {@code <} and {@code >}
 * escaped, as Slack asks; the limits of Block Kit (150 characters in a header, 3000 in a section,
 * 2000 in a field, 10 fields) are kept by cutting.
 */
final class SlackChannel implements Channel {
  private final ChannelConfig.Slack config;
  private final Map<String, String> env;
  private final HttpPost http;
  private final Words words;

  SlackChannel(ChannelConfig.Slack config, Map<String, String> env, HttpPost http) {
    this.config = config;
    this.env = env;
    this.http = http;
    this.words = Words.of(config.language());
  }

  @Override
  public ChannelConfig config() {
    return config;
  }

  /** The JSON payload for {@code m}. */
  static Map<String, Object> payload(Message m) {
    List<Object> blocks = new ArrayList<>();
    blocks.add(
        Map.of(
            "type",
            "header",
            "text",
            Map.of("type", "plain_text", "text", Message.cut(m.title(), 150))));
    blocks.add(section(escape(m.summary(), 3000)));
    List<Object> fields = new ArrayList<>();
    for (Message.Fact f : m.facts()) {
      if (fields.size() == 10) {
        break;
      }
      String label = "*" + escape(f.label()) + "*\n";
      fields.add(mrkdwn(label + escape(f.value(), 2000 - label.length())));
    }
    if (!fields.isEmpty()) {
      blocks.add(Map.of("type", "section", "fields", fields));
    }
    List<Object> context = new ArrayList<>();
    if (m.link() != null) {
      context.add(mrkdwn("<" + linkTarget(m.link()) + "|" + escape(m.linkText()) + ">"));
    }
    if (m.note() != null) {
      context.add(mrkdwn("_" + escape(m.note()) + "_"));
    }
    if (!context.isEmpty()) {
      blocks.add(Map.of("type", "context", "elements", context));
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("text", escape(m.title() + "\n" + m.summary(), 3000));
    payload.put("blocks", blocks);
    return payload;
  }

  private static Map<String, Object> section(String text) {
    return Map.of("type", "section", "text", mrkdwn(text));
  }

  private static Map<String, Object> mrkdwn(String text) {
    return Map.of("type", "mrkdwn", "text", text);
  }

  /** The three characters Slack's mrkdwn reserves, as the entities it asks for. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code raw} escaped and, where the escaped text is longer than {@code max}, cut. */
  static String escape(String raw, int max) {
    String e = escape(raw);
    int keep = raw.length();
    while (e.length() > max) {
      keep = Math.max(0, keep - (e.length() - max));
      e = escape(Message.cut(raw, keep));
    }
    return e;
  }

  /** A URL inside {@code <url|text>}: the characters that would end it, percent-encoded. */
  private static String linkTarget(String url) {
    return url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C");
  }

  @Override
  public Attempt.Outcome attempt(Outgoing out, Instant at, Duration timeout)
      throws InterruptedException {
    String url;
    try {
      url = config.url().reveal(env, "'url' of channel " + config.name());
    } catch (Secret.UnsetVariableException e) {
      return Attempt.Outcome.fail(e.getMessage());
    }
    URI uri = Urls.http(url);
    if (uri == null) {
      return Attempt.Outcome.fail("'url' of channel " + config.name() + " is not an http(s) URL");
    }
    byte[] body = Json.bytes(payload(words.render(out.event(), out.test())));
    try {
      HttpPost.Response r =
          http.send(uri, Map.of("Content-Type", "application/json; charset=utf-8"), body, timeout);
      // Slack answers errors in plain words: invalid_payload, no_service, channel_is_archived
      return http.judge(r, "HTTP " + r.status() + (r.empty() ? "" : ": " + r.snippet()));
    } catch (IOException e) {
      return HttpPost.failure(e);
    }
  }
}
