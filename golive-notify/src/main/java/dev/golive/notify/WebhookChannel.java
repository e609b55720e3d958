package dev.golive.notify;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generic webhook: POSTs the event as JSON, signed. Each try carries the delivery's id (the
 * same in every try) and the time it was sent, both inside the signed body and as headers, so a
 * receiver can refuse old or repeated requests.
 */
final class WebhookChannel implements Channel {
  private final ChannelConfig.Webhook config;
  private final Map<String, String> env;
  private final HttpPost http;
  private final Words words;

  WebhookChannel(ChannelConfig.Webhook config, Map<String, String> env, HttpPost http) {
    this.config = config;
    this.env = env;
    this.http = http;
    this.words = Words.of(config.language());
  }

  @Override
  public ChannelConfig config() {
    return config;
  }

  /** The JSON body of one try. */
  byte[] body(Outgoing out, Instant at) {
    Map<String, Object> fields = EventJson.fields(out.event());
    Message m = words.render(out.event(), out.test());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", fields.remove("event"));
    body.put("delivery", out.deliveryId());
    body.put("timestamp", at.getEpochSecond());
    body.put("test", out.test());
    body.putAll(fields);
    body.put("language", config.language().code());
    body.put("title", m.title());
    body.put("text", m.plain());
    return Json.bytes(body);
  }

  @Override
  public Attempt.Outcome attempt(Outgoing out, Instant at, Duration timeout)
      throws InterruptedException {
    String url;
    String secret;
    try {
      url = config.url().reveal(env, "'url' of channel " + config.name());
      secret = config.secret().reveal(env, "'secret' of channel " + config.name());
    } catch (Secret.UnsetVariableException e) {
      return Attempt.Outcome.fail(e.getMessage());
    }
    URI uri = Urls.http(url);
    if (uri == null) {
      return Attempt.Outcome.fail("'url' of channel " + config.name() + " is not an http(s) URL");
    }
    byte[] body = body(out, at);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    headers.put("X-Golive-Event", out.event().kind().id());
    headers.put("X-Golive-Delivery", out.deliveryId());
    headers.put("X-Golive-Timestamp", Long.toString(at.getEpochSecond()));
    headers.put(WebhookSignature.HEADER, WebhookSignature.sign(secret, body));
    try {
      HttpPost.Response r = http.send(uri, headers, body, timeout);
      return http.judge(r, "HTTP " + r.status() + (r.empty() ? "" : ": " + r.snippet()));
    } catch (IOException e) {
      return HttpPost.failure(e);
    }
  }
}
