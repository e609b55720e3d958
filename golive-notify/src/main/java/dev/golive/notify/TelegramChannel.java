package dev.golive.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Telegram bot: {@code POST {api}/bot{token}/sendMessage} with the message in Telegram's HTML
 * parse mode, where only {@code &}, {@code <} and {@code >} (and {@code "} in a link) need
 * escaping. The token is in the URL, so it is never part of a message: every detail is scrubbed of
 * it.
 */
final class TelegramChannel implements Channel {
  private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

  private final ChannelConfig.Telegram config;
  private final Map<String, String> env;
  private final HttpPost http;
  private final Words words;

  TelegramChannel(ChannelConfig.Telegram config, Map<String, String> env, HttpPost http) {
    this.config = config;
    this.env = env;
    this.http = http;
    this.words = Words.of(config.language());
  }

  @Override
  public ChannelConfig config() {
    return config;
  }

  /**
   * {@code m} in Telegram's HTML: bold title, summary, bold labels, a link and the note in italics.
   * Parts are cut so that the text stays well under Telegram's 4096 characters.
   */
  static String html(Message m) {
    StringBuilder b = new StringBuilder();
    b.append("<b>").append(escape(Message.cut(m.title(), 256))).append("</b>\n\n");
    b.append(escape(Message.cut(m.summary(), 1000))).append('\n');
    if (!m.facts().isEmpty()) {
      b.append('\n');
      for (Message.Fact f : m.facts().subList(0, Math.min(10, m.facts().size()))) {
        b.append("<b>")
            .append(escape(f.label()))
            .append(":</b> ")
            .append(escape(Message.cut(f.value(), 200)))
            .append('\n');
      }
    }
    if (m.link() != null) {
      b.append("\n<a href=\"")
          .append(escape(m.link()).replace("\"", "&quot;"))
          .append("\">")
          .append(escape(m.linkText()))
          .append("</a>\n");
    }
    if (m.note() != null) {
      b.append("\n<i>").append(escape(m.note())).append("</i>\n");
    }
    return b.toString().stripTrailing();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public Attempt.Outcome attempt(Outgoing out, Instant at, Duration timeout)
      throws InterruptedException {
    String token;
    String chat;
    try {
      token = config.token().reveal(env, "'token' of channel " + config.name());
      chat = config.chat().reveal(env, "'chat' of channel " + config.name());
    } catch (Secret.UnsetVariableException e) {
      return Attempt.Outcome.fail(e.getMessage());
    }
    if (!TOKEN.matcher(token).matches()) {
      return Attempt.Outcome.fail(
          "'token' of channel "
              + config.name()
              + " is not a bot token (digits, a colon, then letters, as @BotFather gives it)");
    }
    URI uri = URI.create(config.api() + "/bot" + token + "/sendMessage");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("chat_id", chat);
    body.put("text", html(words.render(out.event(), out.test())));
    body.put("parse_mode", "HTML");
    body.put("disable_web_page_preview", true);
    try {
      HttpPost.Response r =
          http.send(
              uri,
              Map.of("Content-Type", "application/json; charset=utf-8"),
              Json.bytes(body),
              timeout);
      return scrub(judge(r), token);
    } catch (IOException e) {
      return scrub(HttpPost.failure(e), token);
    }
  }

  /** Reads the Bot API's answer: {@code ok}, or {@code error_code}, description and parameters. */
  private Attempt.Outcome judge(HttpPost.Response r) {
    JsonNode json = Json.tree(r.text());
    int s = r.status();
    boolean ok = json != null && json.path("ok").asBoolean(false);
    if (s >= 200 && s < 300 && ok) {
      return Attempt.Outcome.ok(
          s, "HTTP " + s + ", message " + json.path("result").path("message_id").asText("?"));
    }
    String description =
        json != null && json.hasNonNull("description")
            ? Message.cut(json.get("description").asText(), 200)
            : r.snippet();
    String detail = "HTTP " + s + (description.isEmpty() ? "" : ": " + description);
    JsonNode parameters = json == null ? null : json.path("parameters");
    if (s == 429 || s >= 500) {
      Duration wait =
          parameters != null && parameters.has("retry_after")
              ? Duration.ofSeconds(Math.max(0, parameters.get("retry_after").asLong()))
              : http.retryAfter(r.headers());
      return Attempt.Outcome.retry(s, detail, wait);
    }
    if (parameters != null && parameters.has("migrate_to_chat_id")) {
      return Attempt.Outcome.fail(
          s,
          detail
              + "; the group became a supergroup: set 'chat' of channel "
              + config.name()
              + " to "
              + parameters.get("migrate_to_chat_id").asText());
    }
    if (s == 401 || s == 404) {
      return Attempt.Outcome.fail(
          s, detail + "; check 'token' of channel " + config.name() + " (and 'api' if set)");
    }
    if (s >= 200 && s < 300) {
      return Attempt.Outcome.fail(s, "HTTP " + s + " but not a Bot API answer: " + r.snippet());
    }
    return Attempt.Outcome.fail(s, detail);
  }

  private static Attempt.Outcome scrub(Attempt.Outcome o, String token) {
    String key = token.substring(token.indexOf(':') + 1);
    if (o.detail() == null || !o.detail().contains(key)) {
      return o;
    }
    String detail = o.detail().replace(token, "***").replace(key, "***");
    return new Attempt.Outcome(o.result(), o.status(), detail, o.retryAfter());
  }
}
