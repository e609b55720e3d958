package dev.golive.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that cannot be served as asked, with what the client is told: an RFC 9457 problem
 * ({@code application/problem+json}) on the API, an error page elsewhere.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;
  private final transient Map<String, Object> extra = new LinkedHashMap<>();
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  public HttpProblem(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, "bad-request", "The request is malformed", detail);
  }

  public static HttpProblem invalid(String detail) {
    return new HttpProblem(422, "validation", "The request has invalid values", detail);
  }

  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "not-found", "Not found", detail);
  }

  public static HttpProblem unauthorized(String detail) {
    return new HttpProblem(401, "unauthorized", "Authentication required", detail)
        .header("WWW-Authenticate", "Bearer realm=\"golive\"");
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "forbidden", "Not allowed", detail);
  }

  public static HttpProblem conflict(String detail) {
    return new HttpProblem(409, "conflict", "Conflict", detail);
  }

  public static HttpProblem tooMany(long retryAfterSeconds) {
    return new HttpProblem(
            429,
            "rate-limited",
            "Too many requests",
            "too many requests; try again in " + retryAfterSeconds + " s")
        .header("Retry-After", Long.toString(retryAfterSeconds));
  }

  public HttpProblem with(String key, Object value) {
    extra.put(key, value);
    return this;
  }

  public HttpProblem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  /** The problem type: a URN under {@code urn:golive:problem:}. */
  public String type() {
    return "urn:golive:problem:" + type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The problem document. */
  public Map<String, Object> body(String instance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type());
    m.put("title", title);
    m.put("status", status);
    m.put("detail", getMessage());
    m.put("instance", instance);
    m.putAll(extra);
    return m;
  }
}
