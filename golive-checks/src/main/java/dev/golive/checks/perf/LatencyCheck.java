package dev.golive.checks.perf;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A page answers fast enough, measured over repeated requests. */
@CheckInfo(
    id = "perf.latency",
    needs = TargetKind.WEB,
    title = "The page answers within the latency budget",
    severity = Priority.MEDIUM,
    description =
        "Follows the path's redirects to the page it lands on, then requests that page one"
            + " request after another, each afresh (not shared with other checks), up to the"
            + " number asked or until the deadline, and takes the 50th and"
            + " 95th percentiles (nearest rank) of the times of the 2xx answers, from sending to"
            + " the end of the body. Fails when p95 (or p50, when max-p50-ms is set) is above its"
            + " limit. A request still unanswered when it gives up counts as at least the time it"
            + " waited when that is already over max-p95-ms. Warns when the limits hold but some"
            + " requests failed or answered other than 2xx. Gives an error when fewer than five"
            + " (or all requested, if fewer) were measured, or none answered 2xx.")
public record LatencyCheck(
    @Param(description = "Path to request, relative to the site", defaultValue = "/") String path,
    @Param(description = "How many requests to make", defaultValue = "20") int requests,
    @Param(description = "Highest acceptable 95th percentile, in ms", defaultValue = "500")
        long maxP95Ms,
    @Param(
            description = "Highest acceptable median, in ms; 0 leaves it unchecked",
            defaultValue = "0",
            example = "200")
        long maxP50Ms)
    implements Check<LatencyCheck.Samples> {

  /** Fewer measured answers than this (or than requested) say too little to judge. */
  static final int MIN_SAMPLES = 5;

  public LatencyCheck {
    try {
      URI.create(path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'path' is not a URL path: '" + path + "'", e);
    }
    if (requests < 1 || requests > 200) {
      throw new IllegalArgumentException("'requests' must be between 1 and 200");
    }
    if (maxP95Ms < 1) {
      throw new IllegalArgumentException("'max-p95-ms' must be at least 1");
    }
    if (maxP50Ms < 0) {
      throw new IllegalArgumentException("'max-p50-ms' must be 0 (unchecked) or more");
    }
    if (maxP50Ms > maxP95Ms) {
      throw new IllegalArgumentException("'max-p50-ms' cannot be above 'max-p95-ms'");
    }
  }

  /**
   * The measurements.
   *
   * @param url what was requested each time
   * @param redirectedFrom the path's own URL when it redirects to {@code url}, else {@code null}
   * @param requested how many requests were asked for
   * @param samples one per request made, in order
   * @param error why the page could not be reached to be measured, or {@code null}
   */
  public record Samples(
      String url, String redirectedFrom, int requested, List<Sample> samples, String error) {
    public Samples {
      samples = List.copyOf(samples);
    }
  }

  /**
   * One request.
   *
   * @param status the status code, 0 when no complete answer came
   * @param ms from sending to the end of the body, or to giving up
   * @param error why no complete answer came, or {@code null}
   * @param timedOut whether it was given up at the deadline, so {@code ms} is a lower bound
   */
  public record Sample(int status, long ms, String error, boolean timedOut) {
    boolean success() {
      return error == null && status >= 200 && status < 300;
    }
  }

  @Override
  public Samples collect(Probe probe) throws IOException, InterruptedException {
    URI asked = probe.target().web().resolve(path);
    URI url;
    try {
      url = landing(probe, asked);
    } catch (ProbeException e) {
      return new Samples(asked.toString(), null, requests, List.of(), e.getMessage());
    }
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < requests && !probe.remaining().isZero(); i++) {
      long started = System.nanoTime();
      try {
        HttpResult r = probe.fetchUncached(url);
        samples.add(new Sample(r.status(), r.timeMs(), null, false));
      } catch (ProbeException e) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        boolean timedOut = probe.remaining().compareTo(Duration.ofMillis(50)) < 0;
        samples.add(new Sample(0, ms, e.getMessage(), timedOut));
      }
    }
    return new Samples(
        url.toString(), url.equals(asked) ? null : asked.toString(), requests, samples, null);
  }

  /** The page {@code url} redirects to, which is what its visitors wait for. */
  private static URI landing(Probe probe, URI url) throws IOException, InterruptedException {
    HttpResult last = probe.follow(url, 5).getLast();
    return last.isRedirect() ? url : last.url();
  }

  @Override
  public Judgement evaluate(Samples e) {
    List<Sample> all = e.samples();
    if (all.isEmpty()) {
      return Judgement.error(
          e.error() != null
              ? "cannot measure " + e.url() + ": " + e.error()
              : e.url() + " was not requested: the deadline had passed");
    }
    List<Long> times = new ArrayList<>();
    all.stream().filter(Sample::success).forEach(s -> times.add(s.ms()));
    if (times.isEmpty()) {
      Sample first = all.getFirst();
      return Judgement.error(
          first.error() != null
              ? "no request to " + e.url() + " was answered: " + first.error()
              : e.url()
                  + " answered "
                  + first.status()
                  + (first.status() >= 300 && first.status() < 400
                      ? ", a redirect; measure the page it leads to"
                      : ", not 2xx; measure a path that succeeds"));
    }
    // a request given up after waiting longer than the limit was at least that slow
    List<Sample> slowUnanswered =
        all.stream().filter(s -> s.timedOut() && s.ms() > maxP95Ms).toList();
    slowUnanswered.forEach(s -> times.add(s.ms()));
    int needed = Math.min(e.requested(), MIN_SAMPLES);
    if (times.size() < needed) {
      return Judgement.error(
          "only "
              + times.size()
              + " of "
              + e.requested()
              + " requests to "
              + e.url()
              + " could be measured"
              + lastError(all)
              + "; too few to judge its latency");
    }
    times.sort(null);
    long p50 = percentile(times, 50);
    long p95 = percentile(times, 95);
    String over = " over " + times.size() + " request" + (times.size() == 1 ? "" : "s");
    String unanswered =
        slowUnanswered.isEmpty()
            ? ""
            : ", " + slowUnanswered.size() + " of them unanswered when given up";
    if (p95 > maxP95Ms) {
      return Judgement.fail(
          e.url()
              + " takes "
              + p95
              + " ms at p95"
              + over
              + unanswered
              + ", above the "
              + maxP95Ms
              + " ms allowed (p50 "
              + p50
              + " ms)");
    }
    if (maxP50Ms > 0 && p50 > maxP50Ms) {
      return Judgement.fail(
          e.url()
              + " takes "
              + p50
              + " ms at p50"
              + over
              + ", above the "
              + maxP50Ms
              + " ms allowed (p95 "
              + p95
              + " ms)");
    }
    String measured =
        e.url() + " answers in " + p50 + " ms at p50 and " + p95 + " ms at p95" + over;
    // a request cut short by the deadline, not yet over the limit, says nothing either way
    long failed = all.stream().filter(s -> !s.success() && !s.timedOut()).count();
    if (failed > 0) {
      return Judgement.warn(
          measured
              + ", but "
              + failed
              + " of "
              + all.size()
              + " requests failed"
              + lastError(all.stream().filter(s -> !s.timedOut()).toList()));
    }
    String cut =
        times.size() < e.requested()
            ? " (" + e.requested() + " asked; the deadline came first)"
            : "";
    return Judgement.pass(measured + cut);
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static String lastError(List<Sample> all) {
    for (Sample s : all.reversed()) {
      if (s.error() != null) {
        return " (" + s.error() + ")";
      }
      if (!s.success()) {
        return " (one answered " + s.status() + ")";
      }
    }
    return "";
  }
}
