package dev.golive.checks.http;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * Turns for the requests to one origin: at most {@code limit} run at once, the others wait in the
 * order they came without holding a thread. A waiting request whose result is already settled (its
 * callers gave up, its time ran out) is dropped when its turn comes. Starts run one at a time, in
 * whichever thread frees or takes the turn, and never inside one another: a start that fails at
 * once and gives its turn back does not recurse into the next.
 */
final class OriginLimit {
  private record Waiting(CompletableFuture<?> result, Runnable start) {}

  private final int limit;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
  private int running;
  private boolean starting;

  OriginLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    this.limit = limit;
  }

  /**
   * Runs {@code start} when a turn is free, now if one is; {@code start} must lead to exactly one
   * {@link #leave}, at once or when its exchange ends.
   */
  void enter(CompletableFuture<?> result, Runnable start) {
    synchronized (this) {
      if (running >= limit) {
        waiting.add(new Waiting(result, start));
        return;
      }
      running++;
      ready.add(start);
    }
    startReady();
  }

  /** Gives a turn back; the next waiting request, if any, starts. */
  void leave() {
    synchronized (this) {
      running--;
      while (running < limit && !waiting.isEmpty()) {
        Waiting w = waiting.poll();
        if (!w.result().isDone()) {
          running++;
          ready.add(w.start());
        }
      }
    }
    startReady();
  }

  private void startReady() {
    while (true) {
      Runnable next;
      synchronized (this) {
        if (starting) {
          return; // the thread that is starting one will start this one too
        }
        next = ready.poll();
        if (next == null) {
          return;
        }
        starting = true;
      }
      try {
        next.run();
      } finally {
        synchronized (this) {
          starting = false;
        }
      }
    }
  }

  /** Requests running now. */
  synchronized int running() {
    return running;
  }

  /** Requests waiting for a turn. */
  synchronized int waiting() {
    return waiting.size();
  }
}
