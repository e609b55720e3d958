package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Trust;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.Http2Server;
import dev.golive.testkit.WebServer;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {
  private static HttpFetcher fetcher() {
    return new HttpFetcher(Trust.context(Trust.system()), Duration.ofSeconds(5), 1 << 20);
  }

  /** A server that answers every path after a short pause, noting how many requests overlap. */
  private static final class Busy {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final Set<InetSocketAddress> clients = ConcurrentHashMap.newKeySet();
    final WebServer server =
        WebServer.http()
            .otherwise(
                x -> {
                  requests.incrementAndGet();
                  clients.add(x.getRemoteAddress());
                  most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  try {
                    Thread.sleep(30); // long enough for the requests to pile up
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } finally {
                    inFlight.decrementAndGet();
                  }
                  WebServer.Reply.of(200, "ok").handle(x);
                });
  }

  @Test
  void manyRequestsAtOnceShareAFewConnectionsToTheOrigin() throws Exception {
    Busy busy = new Busy();
    try (WebServer s = busy.server;
        HttpFetcher http = fetcher();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<HttpResult>> answers = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        URI url = s.url().resolve("/page-" + i);
        answers.add(threads.submit(() -> http.fetch(url, Map.of(), Duration.ofSeconds(20))));
      }
      for (Future<HttpResult> a : answers) {
        assertThat(a.get().status()).isEqualTo(200);
      }
      assertThat(busy.most.get()).isBetween(1, Connections.PER_ORIGIN);
      assertThat(busy.clients).hasSizeBetween(1, Connections.PER_ORIGIN);
    }
  }

  @Test
  void anOriginThatSpeaksHttp2GetsMoreRequestsAtOnceOverOneConnection(@TempDir Path dir)
      throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    Set<SocketAddress> clients = ConcurrentHashMap.newKeySet();
    try (Http2Server s =
            Http2Server.https(
                ca.issue(Certificates.Spec.valid("127.0.0.1")),
                300,
                asked -> {
                  clients.add(asked.from());
                  return Http2Server.Answer.of(200, "ok " + asked.path());
                });
        HttpFetcher http =
            new HttpFetcher(
                Trust.context(Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")))),
                Duration.ofSeconds(5),
                1 << 20);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      // the first answer says HTTP/2; after it the rest go out together
      assertThat(http.fetch(s.url(), Map.of(), Duration.ofSeconds(20)).text()).isEqualTo("ok /");
      List<Future<HttpResult>> answers = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        URI url = s.url().resolve("/page-" + i);
        answers.add(threads.submit(() -> http.fetch(url, Map.of(), Duration.ofSeconds(20))));
      }
      for (Future<HttpResult> a : answers) {
        assertThat(a.get().status()).isEqualTo(200);
      }
      assertThat(s.requestsOver("HTTP/2.0")).isEqualTo(31);
      assertThat(s.mostInFlight()).isGreaterThan(Connections.PER_ORIGIN);
      assertThat(clients).hasSize(1);
    }
  }

  @Test
  void plainHttpIsAskedInHttp11WithoutAnUpgrade() throws Exception {
    Set<String> upgrades = ConcurrentHashMap.newKeySet();
    try (WebServer s =
            WebServer.http()
                .otherwise(
                    x -> {
                      upgrades.add(
                          x.getProtocol()
                              + " "
                              + x.getRequestHeaders().getOrDefault("Upgrade", List.of()));
                      WebServer.Reply.of(200, "ok").handle(x);
                    });
        HttpFetcher http = fetcher()) {
      assertThat(http.fetch(s.url(), Map.of(), Duration.ofSeconds(20)).status()).isEqualTo(200);
      assertThat(upgrades).containsExactly("HTTP/1.1 []");
    }
  }

  @Test
  void fetchersOverSharedConnectionsShareEachOriginsTurnsAndCloseAlone() throws Exception {
    Busy busy = new Busy();
    try (WebServer s = busy.server;
        Connections shared = new Connections(Trust.context(Trust.system()), Duration.ofSeconds(5));
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      HttpFetcher one = new HttpFetcher(shared, 1 << 20);
      HttpFetcher two = new HttpFetcher(shared, 1 << 20);
      List<Future<HttpResult>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        URI url = s.url().resolve("/page-" + i);
        for (HttpFetcher http : List.of(one, two)) {
          answers.add(threads.submit(() -> http.fetch(url, Map.of(), Duration.ofSeconds(20))));
        }
      }
      for (Future<HttpResult> a : answers) {
        assertThat(a.get().status()).isEqualTo(200);
      }
      // each fetcher asked for every page: the cache is each target's own
      assertThat(busy.requests.get()).isEqualTo(40);
      assertThat(busy.most.get()).isBetween(1, Connections.PER_ORIGIN);
      assertThat(busy.clients).hasSizeBetween(1, Connections.PER_ORIGIN);

      one.close();
      HttpResult after = two.fetch(s.url().resolve("/after"), Map.of(), Duration.ofSeconds(20));
      assertThat(after.status()).isEqualTo(200);
    }
  }

  @Test
  void aRequestWaitingBehindStalledOnesIsAnsweredOnceTheyGiveUp() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WebServer s =
            WebServer.http()
                .route(
                    "/stall",
                    x -> {
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    })
                .route("/fast", WebServer.Reply.of(200, "ok"));
        HttpFetcher http = fetcher();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> stalled = new ArrayList<>();
      for (int i = 0; i < Connections.PER_ORIGIN; i++) {
        URI url = s.url().resolve("/stall?n=" + i);
        stalled.add(
            threads.submit(() -> http.fetchUncached(url, Map.of(), Duration.ofMillis(500))));
      }
      HttpResult fast = http.fetch(s.url().resolve("/fast"), Map.of(), Duration.ofSeconds(30));
      assertThat(fast.status()).isEqualTo(200);
      for (Future<?> f : stalled) {
        assertThatThrownBy(f::get).hasCauseInstanceOf(ProbeException.class);
      }
    } finally {
      release.countDown();
    }
  }

  @Test
  void eachOriginHasTurnsOfItsOwn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WebServer slow =
            WebServer.http()
                .otherwise(
                    x -> {
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
        WebServer other = WebServer.http().route("/", WebServer.Reply.of(200, "ok"));
        HttpFetcher http = fetcher();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < Connections.PER_ORIGIN * 2; i++) {
        URI url = slow.url().resolve("/stall-" + i);
        threads.submit(() -> http.fetch(url, Map.of(), Duration.ofMinutes(2)));
      }
      // the slow origin's turns are all taken until the test ends; the other's are free
      HttpResult r = http.fetch(other.url(), Map.of(), Duration.ofSeconds(30));
      assertThat(r.status()).isEqualTo(200);
      http.close();
    } finally {
      release.countDown();
    }
  }

  @Test
  void closingTheConnectionsStopsWhatIsInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WebServer s =
            WebServer.http()
                .otherwise(
                    x -> {
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Connections shared = new Connections(Trust.context(Trust.system()), Duration.ofSeconds(5));
      HttpFetcher http = new HttpFetcher(shared, 1 << 20);
      CountDownLatch asked = new CountDownLatch(1);
      Future<HttpResult> stalled =
          threads.submit(
              () -> {
                asked.countDown();
                return http.fetch(s.url(), Map.of(), Duration.ofMinutes(5));
              });
      asked.await();
      while (s.hits("/") == 0) {
        Thread.sleep(10);
      }
      shared.close();
      assertThatThrownBy(() -> stalled.get(1, TimeUnit.MINUTES))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ProbeException.class);
      assertThatThrownBy(
              () -> http.fetch(s.url().resolve("/later"), Map.of(), Duration.ofMinutes(1)))
          .isInstanceOf(ProbeException.class);
    } finally {
      release.countDown();
    }
  }

  @Test
  void originsAreSchemeHostAndPortWithDefaultPorts() {
    assertThat(Connections.origin(URI.create("https://Shop.Test/a?b")))
        .isEqualTo("https://shop.test:443");
    assertThat(Connections.origin(URI.create("http://shop.test/")))
        .isEqualTo("http://shop.test:80");
    assertThat(Connections.origin(URI.create("http://shop.test:8080/x")))
        .isEqualTo("http://shop.test:8080");
  }
}
