package dev.golive.checks.exposure;

import dev.golive.checks.Probe;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Fetches several URLs of one target at once, a few at a time so as not to hammer it. Each fetch is
 * bounded by the probe's deadline; one that fails is recorded, not thrown, so the others still
 * count.
 */
final class Fetches {
  /** Requests in flight at most, per check. */
  static final int PARALLEL = 4;

  private Fetches() {}

  /** What each of {@code paths} (relative to the site) answered, in the order given. */
  static List<Seen> paths(Probe probe, List<String> paths, List<Detector> detectors)
      throws InterruptedException {
    List<URI> urls = new ArrayList<>();
    for (String p : paths) {
      URI u = probe.target().web().resolve(p);
      if (!urls.contains(u)) {
        urls.add(u);
      }
    }
    return urls(probe, urls, detectors);
  }

  static List<Seen> urls(Probe probe, List<URI> urls, List<Detector> detectors)
      throws InterruptedException {
    Semaphore gate = new Semaphore(PARALLEL);
    List<Seen> seen = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Seen>> pending = new ArrayList<>();
      for (URI u : urls) {
        pending.add(
            pool.submit(
                () -> {
                  gate.acquire();
                  try {
                    return Seen.of(probe.fetch(u), detectors);
                  } catch (IOException e) {
                    return Seen.failed(u, e.getMessage());
                  } finally {
                    gate.release();
                  }
                }));
      }
      for (Future<Seen> f : pending) {
        seen.add(f.get());
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InterruptedException ie) {
        throw ie;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
    return seen;
  }
}
