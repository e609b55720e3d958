package dev.golive.bench.audit;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What clients asked of the local sites: requests, and the connections they came over. */
final class Traffic {
  /** Requests and distinct client connections over some span. */
  record Count(long requests, long connections) {}

  private final LongAdder requests = new LongAdder();
  private final Set<InetSocketAddress> clients = ConcurrentHashMap.newKeySet();

  /** One request, from the client address {@code from} (one per connection). */
  void seen(InetSocketAddress from) {
    requests.increment();
    clients.add(from);
  }

  /** What was seen since the last call; starts counting afresh. */
  synchronized Count take() {
    long n = requests.sumThenReset();
    long c = clients.size();
    clients.clear();
    return new Count(n, c);
  }
}
