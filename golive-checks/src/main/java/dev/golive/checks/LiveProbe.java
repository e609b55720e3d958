package dev.golive.checks;

import dev.golive.checks.http.HttpFetcher;
import dev.golive.checks.http.HttpResult;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.X509TrustManager;

/**
 * The probe of one target in one audit. {@link #forCheck} hands each check a view with its own
 * deadline over the same shared fetches and results.
 */
public final class LiveProbe implements Probe {
  private final Target target;
  private final HttpFetcher http;
  private final X509TrustManager trust;
  private final Map<String, CompletableFuture<Object>> shared;
  private final long deadlineNanos;
  private final boolean commands;

  private LiveProbe(
      Target target,
      HttpFetcher http,
      X509TrustManager trust,
      Map<String, CompletableFuture<Object>> shared,
      long deadlineNanos,
      boolean commands) {
    this.target = target;
    this.http = http;
    this.trust = trust;
    this.shared = shared;
    this.deadlineNanos = deadlineNanos;
    this.commands = commands;
  }

  /** A probe of {@code target} that gives up {@code budget} from now. */
  public static LiveProbe of(
      Target target, HttpFetcher http, X509TrustManager trust, Duration budget) {
    return new LiveProbe(
        target,
        http,
        trust,
        new ConcurrentHashMap<>(),
        System.nanoTime() + budget.toNanos(),
        false);
  }

  /** The same probe, allowed to run commands the checklist names ({@link #commandsAllowed}). */
  public LiveProbe allowingCommands() {
    return new LiveProbe(target, http, trust, shared, deadlineNanos, true);
  }

  /** The same target and shared results, with a deadline at most {@code budget} from now. */
  public LiveProbe forCheck(Duration budget) {
    long end = Math.min(deadlineNanos, System.nanoTime() + budget.toNanos());
    return new LiveProbe(target, http, trust, shared, end, commands);
  }

  @Override
  public Target target() {
    return target;
  }

  @Override
  public HttpResult fetch(URI url, Map<String, String> headers)
      throws IOException, InterruptedException {
    // this view is the check's own: the origin's turns go round the checks that wait
    return http.fetch(url, headers, remainingOrFail(), this);
  }

  @Override
  public HttpResult fetchUncached(URI url) throws IOException, InterruptedException {
    return http.fetchUncached(url, Map.of(), remainingOrFail(), this);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T shared(String key, Callable<T> compute) throws IOException, InterruptedException {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> f = shared.putIfAbsent(key, mine);
    if (f == null) {
      f = mine;
      try {
        mine.complete(compute.call());
      } catch (Exception e) {
        mine.completeExceptionally(e);
      }
    }
    try {
      // a result already there is handed over even when the deadline has just passed
      long wait = f.isDone() ? 0 : remainingOrFail().toMillis();
      return (T) f.get(wait, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ProbeException(key + ": no result within the time allowed");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof InterruptedException ie) {
        throw ie;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new ProbeException(key + ": " + cause, cause);
    }
  }

  @Override
  public X509TrustManager trust() {
    return trust;
  }

  @Override
  public boolean commandsAllowed() {
    return commands;
  }

  @Override
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  private Duration remainingOrFail() throws ProbeException {
    Duration left = remaining();
    if (left.isZero()) {
      throw new ProbeException("the deadline passed before the target answered");
    }
    return left;
  }
}
