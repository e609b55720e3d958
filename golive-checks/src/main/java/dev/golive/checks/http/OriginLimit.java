package dev.golive.checks.http;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Turns for the requests to one origin: at most {@code limit} run at once, the others wait without
 * holding a thread. Free turns go round the requesters that wait (the checks of an audit), each
 * one's requests in the order they came: a check that asks one URL at a time, measuring, is not
 * held up behind one that asks for fifteen at once. A waiting request whose result is already
 * settled (its callers gave up, its time ran out) is dropped when its turn comes. Starts run one at
 * a time, in whichever thread frees or takes the turn, and never inside one another: a start that
 * fails at once and gives its turn back does not recurse into the next.
 */
final class OriginLimit {
  private record Waiting(CompletableFuture<?> result, Runnable start) {}

  private int limit;

  /** Each requester's waiting requests; the first key is the next to get a turn. */
  private final Map<Object, ArrayDeque<Waiting>> waiting = new LinkedHashMap<>();

  private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
  private int running;
  private boolean starting;

  OriginLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    this.limit = limit;
  }

  /** {@link #enter(Object, CompletableFuture, Runnable)} for a requester of its own. */
  void enter(CompletableFuture<?> result, Runnable start) {
    enter(result, result, start);
  }

  /**
   * Runs {@code start} when a turn is free, now if one is; {@code start} must lead to exactly one
   * {@link #leave}, at once or when its exchange ends.
   *
   * @param requester who asks; turns go round the requesters that wait
   */
  void enter(Object requester, CompletableFuture<?> result, Runnable start) {
    synchronized (this) {
      if (running >= limit) {
        waiting.computeIfAbsent(requester, k -> new ArrayDeque<>()).add(new Waiting(result, start));
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
        Waiting w = nextInTurn();
        if (!w.result().isDone()) {
          running++;
          ready.add(w.start());
        }
      }
    }
    startReady();
  }

  /** The first waiting request of the requester whose turn it is; it goes to the back. */
  private Waiting nextInTurn() {
    Iterator<Map.Entry<Object, ArrayDeque<Waiting>>> first = waiting.entrySet().iterator();
    Map.Entry<Object, ArrayDeque<Waiting>> e = first.next();
    first.remove();
    Waiting w = e.getValue().poll();
    if (!e.getValue().isEmpty()) {
      waiting.put(e.getKey(), e.getValue());
    }
    return w;
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

  /**
   * Lets up to {@code wider} run at once from now on, starting waiting requests at once; a limit
   * never narrows.
   */
  void widen(int wider) {
    synchronized (this) {
      if (wider <= limit) {
        return;
      }
      limit = wider;
      while (running < limit && !waiting.isEmpty()) {
        Waiting w = nextInTurn();
        if (!w.result().isDone()) {
          running++;
          ready.add(w.start());
        }
      }
    }
    startReady();
  }

  /** Requests running now. */
  synchronized int running() {
    return running;
  }

  /** Requests waiting for a turn. */
  synchronized int waiting() {
    return waiting.values().stream().mapToInt(ArrayDeque::size).sum();
  }
}
