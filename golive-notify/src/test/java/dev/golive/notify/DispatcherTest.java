package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.report.Messages;
import dev.golive.testkit.Postgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each event reaches each channel once: across dispatches, dispatchers and a shared database. */
@Timeout(120)
class DispatcherTest {
  private static final Map<String, String> ENV = Map.of("HOOK_SECRET", "s3cr3t-key");

  @TempDir Path dir;

  private static NotifyConfig config(Receiver r) {
    return new NotifyConfig(List.of(Samples.webhook(r.url("/"))), Samples.FAST);
  }

  @Test
  void theSameEventDispatchedTwiceIsSentOnce() {
    Ledger ledger = new MemoryLedger();
    try (Receiver r = new Receiver();
        Dispatcher d = new Dispatcher(ledger, ENV, Clock.systemUTC())) {
      Delivery first = d.dispatch(config(r), List.of(Samples.verdictChanged())).get(0);
      Delivery second = d.dispatch(config(r), List.of(Samples.verdictChanged())).get(0);

      assertThat(first.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(second.status()).isEqualTo(Delivery.Status.SKIPPED);
      assertThat(second.reason()).startsWith("sent already at ");
      assertThat(second.attempts()).isEmpty();
      assertThat(r.requests()).hasSize(1);
      assertThat(ledger.entry(Samples.verdictChanged().key(), "ops").orElseThrow().state())
          .isEqualTo(Ledger.State.SENT);
    }
  }

  @Test
  void twiceInOneDispatchIsStillOnce() {
    try (Receiver r = new Receiver().slow(100);
        Dispatcher d = new Dispatcher(new MemoryLedger(), ENV, Clock.systemUTC())) {
      List<Delivery> out =
          d.dispatch(config(r), List.of(Samples.verdictChanged(), Samples.verdictChanged()));

      assertThat(out)
          .extracting(Delivery::status)
          .containsExactlyInAnyOrder(Delivery.Status.SENT, Delivery.Status.SKIPPED);
      assertThat(r.requests()).hasSize(1);
    }
  }

  @Test
  void eachChannelGetsTheKindsItTakesInItsLanguage() {
    ChannelConfig.Slack verdictsOnly =
        new ChannelConfig.Slack(
            "verdicts",
            EnumSet.of(Event.Kind.VERDICT_CHANGED),
            Messages.Lang.UZ,
            new Secret("http://127.0.0.1:1/unused"));
    try (Receiver r = new Receiver();
        Dispatcher d = new Dispatcher(new MemoryLedger(), ENV, Clock.systemUTC())) {
      ChannelConfig.Slack all =
          new ChannelConfig.Slack("all", Samples.ALL, Messages.Lang.RU, new Secret(r.url("/")));
      NotifyConfig config = new NotifyConfig(List.of(verdictsOnly, all), Samples.FAST);

      List<Delivery> out = d.dispatch(config, List.of(Samples.certificate(-1)));

      assertThat(out).singleElement().satisfies(x -> assertThat(x.channel()).isEqualTo("all"));
      assertThat(r.requests().get(0).json().get("blocks").get(0).get("text").get("text").asText())
          .isEqualTo("shop: сертификат shop.test истёк");
    }
  }

  @Test
  void aFailedDeliveryIsTriedAgainAtTheNextDispatchWithTheSameId() {
    Ledger ledger = new MemoryLedger();
    try (Receiver r = new Receiver();
        Dispatcher d = new Dispatcher(ledger, ENV, Clock.systemUTC())) {
      r.always(500, "down");
      Delivery failed = d.dispatch(config(r), List.of(Samples.regression())).get(0);
      assertThat(failed.status()).isEqualTo(Delivery.Status.FAILED);
      assertThat(ledger.entry(Samples.regression().key(), "ops").orElseThrow().lastError())
          .isEqualTo("HTTP 500: down (gave up after 4 tries)");

      r.always(200, "ok");
      Delivery sent = d.dispatch(config(r), List.of(Samples.regression())).get(0);
      Delivery again = d.dispatch(config(r), List.of(Samples.regression())).get(0);

      assertThat(sent.status()).isEqualTo(Delivery.Status.SENT);
      assertThat(sent.id()).isEqualTo(failed.id());
      assertThat(again.status()).isEqualTo(Delivery.Status.SKIPPED);
      assertThat(r.requests()).hasSize(5);
      assertThat(ledger.entry(Samples.regression().key(), "ops").orElseThrow().attempts())
          .isEqualTo(5);
    }
  }

  @Test
  void retryFailedSendsWhatFailedFromTheLedgerAlone() {
    Ledger ledger = new JdbcLedger(Databases.sqlite(dir));
    try (Receiver r = new Receiver().always(503, "maintenance");
        Dispatcher d = new Dispatcher(ledger, ENV, Clock.systemUTC())) {
      NotifyConfig config = config(r);
      d.dispatch(config, List.of(Samples.contradiction(), Samples.waiver(0)));
      assertThat(ledger.failures(Instant.EPOCH, 10)).hasSize(2);

      r.always(200, "ok");
      List<Delivery> retried =
          d.retryFailed(p -> p.equals("shop") ? config : null, 10, Duration.ofDays(1));

      assertThat(retried).hasSize(2).allSatisfy(x -> assertThat(x.sent()).isTrue());
      assertThat(ledger.failures(Instant.EPOCH, 10)).isEmpty();
      assertThat(r.requests().subList(8, 10))
          .extracting(q -> q.json().get("key").asText())
          .containsExactlyInAnyOrder(Samples.contradiction().key(), Samples.waiver(0).key());
    }
  }

  @Test
  void twoDispatchersOnOneSqliteFileSendEachEventOnce() throws Exception {
    DataSource db = Databases.sqlite(dir);
    sendConcurrently(new JdbcLedger(db), new JdbcLedger(db));
  }

  @Test
  void twoDispatchersOnOnePostgresSendEachEventOnce() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      DataSource ds = Databases.postgres(db);
      sendConcurrently(new JdbcLedger(ds), new JdbcLedger(ds));
    }
  }

  /** Two servers' dispatchers, each with a ledger of its own on one database, at once. */
  private static void sendConcurrently(Ledger a, Ledger b) throws Exception {
    List<Event> events = Samples.everyKind();
    try (Receiver r = new Receiver().slow(50);
        Dispatcher one = new Dispatcher(a, ENV, Clock.systemUTC());
        Dispatcher two = new Dispatcher(b, ENV, Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(2)) {
      NotifyConfig config = config(r);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Delivery>>> runs = new ArrayList<>();
      for (Dispatcher d : List.of(one, two)) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  return d.dispatch(config, events);
                }));
      }
      start.countDown();
      List<Delivery> all = new ArrayList<>(runs.get(0).get());
      all.addAll(runs.get(1).get());

      assertThat(r.requests()).hasSize(events.size());
      assertThat(r.requests())
          .extracting(q -> q.json().get("key").asText())
          .containsExactlyInAnyOrderElementsOf(events.stream().map(Event::key).toList());
      assertThat(all.stream().filter(Delivery::sent)).hasSize(events.size());
      assertThat(all.stream().filter(x -> x.status() == Delivery.Status.SKIPPED))
          .hasSize(events.size());
    }
  }

  @Test
  void retryFailedGivesUpOnDeliveriesFirstTriedLongerAgoThanItsLimit() {
    Ledger ledger = new JdbcLedger(Databases.sqlite(dir));
    try (Receiver r = new Receiver().always(503, "maintenance");
        Dispatcher now = new Dispatcher(ledger, ENV, Clock.systemUTC());
        Dispatcher dayLater =
            new Dispatcher(ledger, ENV, Clock.offset(Clock.systemUTC(), Duration.ofHours(25)))) {
      NotifyConfig config = config(r);
      now.dispatch(config, List.of(Samples.contradiction()));
      int tried = r.requests().size();
      r.always(200, "ok");

      assertThat(dayLater.retryFailed(p -> config, 10, Duration.ofDays(1))).isEmpty();
      assertThat(r.requests()).hasSize(tried);
      assertThat(ledger.entry(Samples.contradiction().key(), "ops").orElseThrow().state())
          .isEqualTo(Ledger.State.FAILED);

      assertThat(dayLater.retryFailed(p -> config, 10, Duration.ofDays(2)))
          .singleElement()
          .satisfies(x -> assertThat(x.sent()).isTrue());
    }
  }
}
