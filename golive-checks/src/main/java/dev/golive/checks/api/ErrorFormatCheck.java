package dev.golive.checks.api;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.http.HttpResult;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;

/** The API answers a path that does not exist with a 404 and a structured error. */
@CheckInfo(
    id = "api.error-format",
    needs = TargetKind.API,
    title = "Unknown API paths get a 404 with a structured error body",
    severity = Priority.MEDIUM,
    description =
        "Requests a random path under the API base (following only redirects that keep the"
            + " path). Fails when the body shows a stack trace or debug page (Java, Python,"
            + " Node.js, PHP, Ruby, .NET, Go, Django, Rails, Werkzeug), when the answer is 2xx"
            + " (clients cannot tell missing from found), 5xx or a redirect elsewhere, when the"
            + " body is an HTML page, or when it claims JSON and does not parse. Passes on 404 or"
            + " 410 with JSON (application/problem+json is the standard form) or XML. Warns on"
            + " plain text, an empty body, or another 4xx. Gives an error on 401 or 403, behind"
            + " which the not-found answer cannot be seen.")
public record ErrorFormatCheck() implements Check<ErrorFormatCheck.NotFound> {

  /**
   * What the API said about a path that does not exist.
   *
   * @param url the random URL requested
   * @param status its status code
   * @param mediaType the content type without parameters, or an empty string
   * @param location the {@code Location} of a redirect, or {@code null}
   * @param bodyBytes body bytes read
   * @param json whether the body is one JSON value
   * @param html whether the body is an HTML page
   * @param traces stack traces and debug pages found in the body
   * @param excerpt the start of the body
   */
  public record NotFound(
      String url,
      int status,
      String mediaType,
      String location,
      long bodyBytes,
      boolean json,
      boolean html,
      List<StackTraces.Trace> traces,
      String excerpt) {
    public NotFound {
      traces = List.copyOf(traces);
    }
  }

  @Override
  public NotFound collect(Probe probe) throws IOException, InterruptedException {
    HttpResult r = Api.unknown(probe);
    return new NotFound(
        r.url().toString(),
        r.status(),
        r.mediaType(),
        r.header("location"),
        r.bodyBytes(),
        Api.parsesAsJson(r.body()),
        Api.isHtml(r),
        StackTraces.find(r.text()),
        Api.excerpt(r, 300));
  }

  @Override
  public Judgement evaluate(NotFound e) {
    String what = e.url() + ", a path that does not exist,";
    if (!e.traces().isEmpty()) {
      StackTraces.Trace t = e.traces().getFirst();
      return Judgement.fail(
          what + " answers " + e.status() + " showing " + t.kind() + ": " + t.line());
    }
    int s = e.status();
    if (s >= 200 && s < 300) {
      return Judgement.fail(
          what + " answers " + s + ": clients cannot tell a missing resource from a found one");
    }
    if (s >= 500) {
      return Judgement.fail(what + " answers " + s + " instead of 404");
    }
    if (s >= 300 && s < 400) {
      return Judgement.fail(
          what
              + " answers "
              + s
              + (e.location() == null ? "" : " redirecting to " + e.location())
              + " instead of 404");
    }
    if (s == 401 || s == 403) {
      return Judgement.error(
          what + " answers " + s + " without credentials, so its not-found answer cannot be seen");
    }
    String status = s == 404 || s == 410 ? "" : " (" + s + " rather than 404)";
    String type = e.mediaType().isEmpty() ? "no content type" : e.mediaType();
    if (e.bodyBytes() == 0) {
      return Judgement.warn(
          what + " answers " + s + " with an empty body; a JSON problem body tells clients why");
    }
    if (e.html()) {
      return Judgement.fail(what + " answers " + s + " with an HTML page, not a structured error");
    }
    if (Api.isJsonType(e.mediaType())) {
      if (!e.json()) {
        return Judgement.fail(what + " answers " + s + " with " + type + " that does not parse");
      }
      String form =
          e.mediaType().equals("application/problem+json")
              ? "application/problem+json"
              : "JSON (" + type + "; application/problem+json is the standard form)";
      return verdict(status, what + " answers " + s + " with " + form + status);
    }
    if (e.mediaType().equals("application/xml")
        || e.mediaType().equals("text/xml")
        || e.mediaType().endsWith("+xml")) {
      return verdict(status, what + " answers " + s + " with XML (" + type + ")" + status);
    }
    if (e.json()) {
      return Judgement.warn(what + " answers " + s + " with JSON labelled " + type);
    }
    return Judgement.warn(
        what
            + " answers "
            + s
            + " with "
            + type
            + ", not a structured error (JSON, ideally application/problem+json)");
  }

  private static Judgement verdict(String statusNote, String message) {
    return statusNote.isEmpty() ? Judgement.pass(message) : Judgement.warn(message);
  }
}
