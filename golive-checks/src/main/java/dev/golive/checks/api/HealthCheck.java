package dev.golive.checks.api;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.TargetKind;
import dev.golive.checks.http.HttpResult;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The API has a health endpoint, and it says the service is healthy. */
@CheckInfo(
    id = "api.health",
    needs = TargetKind.API,
    title = "A health endpoint answers that the service is up",
    severity = Priority.HIGH,
    description =
        "Requests path, or else /health, /healthz, /api/health, /api/v1/health,"
            + " /actuator/health, /status, /_health and /ping under the API base in that order,"
            + " and judges the first that answers 2xx or 5xx. A JSON body's"
            + " top-level status (or ok/healthy/up boolean) must read healthy: UP, ok, pass,"
            + " healthy, true... Fails when it reads DOWN, fail, error and the like, when the"
            + " endpoint answers 5xx, or when none is found; warns on degraded or unknown"
            + " statuses. An answer that is the same as a random path gets (a catch-all page)"
            + " does not count. Gives an error when the endpoint needs credentials or cannot be"
            + " read.")
public record HealthCheck(
    @Param(
            description =
                "The health endpoint, as a URL reference against the API base; empty to look"
                    + " for one",
            defaultValue = "",
            example = "/actuator/health")
        String path)
    implements Check<HealthCheck.Probed> {

  static final List<String> CANDIDATES =
      List.of(
          "health",
          "healthz",
          "api/health",
          "api/v1/health",
          "actuator/health",
          "status",
          "_health",
          "ping");

  private static final Set<String> HEALTHY =
      Set.of(
          "up",
          "ok",
          "pass",
          "passed",
          "healthy",
          "green",
          "true",
          "available",
          "running",
          "online",
          "good",
          "alive",
          "serving");
  private static final Set<String> UNHEALTHY =
      Set.of(
          "down",
          "fail",
          "failed",
          "failure",
          "error",
          "unhealthy",
          "red",
          "false",
          "out_of_service",
          "critical",
          "unavailable",
          "ko",
          "offline",
          "dead",
          "not_serving");
  private static final Set<String> DEGRADED =
      Set.of("warn", "warning", "degraded", "yellow", "partial", "unknown");

  /**
   * The endpoints tried, in order.
   *
   * @param attempts one per path requested, the one judged last
   * @param unknown what a random path under the API answered, when a 2xx or 5xx had to be told from
   *     a catch-all; otherwise {@code null}
   */
  public record Probed(List<Attempt> attempts, Attempt unknown) {
    public Probed {
      attempts = List.copyOf(attempts);
    }
  }

  /**
   * One request.
   *
   * @param url the URL that answered (after redirects that keep the path)
   * @param status the status code, 0 when no answer came
   * @param mediaType the content type without parameters
   * @param health the body's top-level JSON status, or {@code null}
   * @param digest a fingerprint of the body
   * @param excerpt the start of the body
   * @param error why no answer came, or {@code null}
   */
  public record Attempt(
      String url,
      int status,
      String mediaType,
      String health,
      String digest,
      String excerpt,
      String error) {
    static Attempt of(HttpResult r) {
      return new Attempt(
          r.url().toString(),
          r.status(),
          r.mediaType(),
          Api.statusField(r.body()),
          Api.digest(r.body()),
          Api.excerpt(r, 200),
          null);
    }

    boolean success() {
      return error == null && status >= 200 && status < 300;
    }

    /** An answer a health endpoint gives: 2xx, or 5xx when it is unwell. */
    boolean answered() {
      return error == null && (success() || status >= 500);
    }

    /** The same answer a path that does not exist gets: a catch-all page, not an endpoint. */
    boolean catchAll(Attempt unknown) {
      return answered()
          && unknown != null
          && unknown.error() == null
          && unknown.status() / 100 == status / 100
          && unknown.mediaType().equals(mediaType)
          && (unknown.digest().equals(digest) || mediaType.equals("text/html"));
    }

    /** This answer is a health endpoint's own. */
    boolean decisive(Attempt unknown) {
      return answered() && !catchAll(unknown);
    }
  }

  public HealthCheck {
    Api.checkPath(path);
  }

  @Override
  public Probed collect(Probe probe) throws IOException, InterruptedException {
    URI base = Api.base(probe);
    List<URI> urls =
        path.isBlank()
            ? CANDIDATES.stream().map(c -> Api.under(base, c)).toList()
            : List.of(Api.named(base, path.strip()));
    List<Attempt> attempts = new ArrayList<>();
    Attempt unknown = null;
    for (URI url : urls) {
      Attempt a;
      try {
        a = Attempt.of(Api.get(probe, url));
      } catch (ProbeException e) {
        // a path that stalls or a server that is gone: the rest would fare no better
        attempts.add(new Attempt(url.toString(), 0, "", null, "", "", e.getMessage()));
        break;
      }
      attempts.add(a);
      if (a.answered() && unknown == null) {
        try {
          unknown = Attempt.of(Api.unknown(probe));
        } catch (ProbeException e) {
          unknown = new Attempt(url.toString(), 0, "", null, "", "", e.getMessage());
        }
      }
      if (a.decisive(unknown)) {
        break;
      }
    }
    return new Probed(attempts, unknown);
  }

  @Override
  public Judgement evaluate(Probed e) {
    Attempt found =
        e.attempts().stream().filter(a -> a.decisive(e.unknown())).findFirst().orElse(null);
    if (found != null) {
      return judgeHealth(found);
    }
    Attempt last = e.attempts().getLast();
    if (last.error() != null) {
      return Judgement.error("cannot read " + last.url() + ": " + last.error());
    }
    for (Attempt a : e.attempts()) {
      if (a.status() >= 500) {
        return Judgement.fail(a.url() + " answers " + a.status());
      }
    }
    for (Attempt a : e.attempts()) {
      if (a.status() == 401 || a.status() == 403) {
        return Judgement.error(
            a.url()
                + " answers "
                + a.status()
                + ": the health endpoint asks for credentials, so its state cannot be seen");
      }
    }
    if (e.attempts().size() == 1) {
      Attempt only = e.attempts().getFirst();
      return Judgement.fail(
          only.url()
              + " answers "
              + only.status()
              + (only.catchAll(e.unknown())
                  ? " with the same page as a path that does not exist: it is no health endpoint"
                  : ", not a health answer"));
    }
    boolean catchAll = e.attempts().stream().anyMatch(a -> a.catchAll(e.unknown()));
    return Judgement.fail(
        "no health endpoint found: "
            + tried(e.attempts())
            + (catchAll ? " (a 2xx here is the page every unknown path gets)" : ""));
  }

  private static Judgement judgeHealth(Attempt a) {
    String answers = a.url() + " answers " + a.status();
    if (a.health() == null) {
      return a.success() ? Judgement.pass(answers) : Judgement.fail(answers);
    }
    String says = answers + " and reports status " + a.health();
    String h = a.health().strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (UNHEALTHY.contains(h) || !a.success()) {
      return Judgement.fail(says);
    }
    if (HEALTHY.contains(h) || h.matches("2\\d\\d")) {
      return Judgement.pass(says);
    }
    if (DEGRADED.contains(h)) {
      return Judgement.warn(says + ", which is not fully healthy");
    }
    return Judgement.warn(says + ", which is not a status golive knows as healthy");
  }

  /** "/health 404, /healthz 404 ..." as paths and statuses. */
  private static String tried(List<Attempt> attempts) {
    List<String> parts = new ArrayList<>();
    for (Attempt a : attempts) {
      String p = URI.create(a.url()).getRawPath();
      parts.add(p + " " + a.status());
    }
    return String.join(", ", parts);
  }
}
