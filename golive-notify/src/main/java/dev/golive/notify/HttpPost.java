package dev.golive.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * POSTs a body and waits for the whole answer at most a given time: a receiver that stalls,
 * trickles or answers without end is cut off there. Never follows redirects; keeps at most {@link
 * #BODY_LIMIT} bytes of an answer.
 */
final class HttpPost {
  static final int BODY_LIMIT = 16 * 1024;
  static final String USER_AGENT = "golive-notify (+https://golive.dev)";

  /** The longest Retry-After honoured; a receiver asking for more is past any deadline anyway. */
  private static final long MAX_RETRY_AFTER_SECONDS = 24 * 3600;

  /** An answer: status, headers and the start of the body as text. */
  record Response(int status, HttpHeaders headers, String text) {
    boolean empty() {
      return text.isEmpty();
    }

    /** The body's start on one line, for messages: at most 200 characters, controls removed. */
    String snippet() {
      String s = text().replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
      return Message.cut(s, 200);
    }
  }

  private final HttpClient client;
  private final Clock clock;

  HttpPost(HttpClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** An HTTP/1.1 client that never follows redirects. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  Response send(URI url, Map<String, String> headers, byte[] body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    CompletableFuture<HttpResponse<byte[]>> f =
        client.sendAsync(b.build(), info -> new CappedBody(BODY_LIMIT));
    try {
      HttpResponse<byte[]> r = f.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
      return new Response(
          r.statusCode(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      throw new HttpTimeoutException("no complete answer within " + Durations.show(timeout));
    } catch (ExecutionException e) {
      // the request's own timer and the wait above run out together: one answer for both
      if (e.getCause() instanceof HttpTimeoutException
          && !(e.getCause() instanceof HttpConnectTimeoutException)) {
        throw new HttpTimeoutException("no complete answer within " + Durations.show(timeout));
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    } finally {
      // the answer is in, the time is up or the caller gave up: in every case the exchange ends
      f.cancel(true);
    }
  }

  /** The usual reading of an answer: 2xx taken, 429 and 5xx worth another try, the rest not. */
  Attempt.Outcome judge(Response r, String detail) {
    int s = r.status();
    if (s >= 200 && s < 300) {
      return Attempt.Outcome.ok(s, "HTTP " + s);
    }
    if (s == 429 || s >= 500) {
      return Attempt.Outcome.retry(s, detail, retryAfter(r.headers()));
    }
    if (s >= 300 && s < 400) {
      return Attempt.Outcome.fail(
          s,
          "HTTP "
              + s
              + ": redirects to "
              + r.headers().firstValue("location").orElse("nowhere")
              + "; notifications do not follow redirects, configure the final URL");
    }
    return Attempt.Outcome.fail(s, detail);
  }

  /** What went wrong, in one line, and whether another try may mend it. */
  static Attempt.Outcome failure(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return Attempt.Outcome.retry("could not connect: " + e.getMessage());
    }
    if (e instanceof HttpTimeoutException) {
      return Attempt.Outcome.retry(
          e.getMessage().startsWith("no complete") ? e.getMessage() : "no answer in time");
    }
    if (e instanceof ConnectException) {
      return Attempt.Outcome.retry("connection refused");
    }
    if (e instanceof UnknownHostException) {
      return Attempt.Outcome.retry("unknown host " + e.getMessage());
    }
    if (e instanceof SSLException) {
      // a certificate the JVM does not trust will not be trusted on the next try either
      return Attempt.Outcome.fail("TLS failed: " + e.getMessage());
    }
    String m = e.getMessage();
    return Attempt.Outcome.retry(
        m == null || m.isBlank() ? e.getClass().getSimpleName() : Message.cut(m, 200));
  }

  /** A Retry-After header in seconds or as an HTTP date, or {@code null}. */
  java.time.Duration retryAfter(HttpHeaders headers) {
    String v = headers.firstValue("retry-after").orElse(null);
    if (v == null) {
      return null;
    }
    v = v.strip();
    try {
      long s = Long.parseLong(v);
      return s < 0 ? null : Duration.ofSeconds(Math.min(s, MAX_RETRY_AFTER_SECONDS));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), when.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException x) {
        return null;
      }
    }
  }
}
