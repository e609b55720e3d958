package dev.golive.notify;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Sends events to the channels that want them, each (event, channel) once. For each pair it first
 * claims the pair in the {@link Ledger}, then delivers with retries, then records the outcome: a
 * delivery that succeeded is never repeated; one that failed after its tries is recorded as failed,
 * and the next dispatch of the same event (or {@link #retryFailed}) tries it again. Deliveries run
 * concurrently on virtual threads, and each ends by its policy's deadline.
 *
 * <p>Secrets are read from the environment given, right before each send.
 */
public final class Dispatcher implements AutoCloseable {
  /** Time allowed past a delivery's deadline before it is reported as stuck. */
  private static final Duration GRACE = Duration.ofSeconds(5);

  private final Ledger ledger;
  private final Map<String, String> env;
  private final Clock clock;
  private final HttpClient client;
  private final HttpPost http;

  /** A dispatcher reading secrets from golive's own environment. */
  public Dispatcher(Ledger ledger) {
    this(ledger, System.getenv(), Clock.systemUTC());
  }

  public Dispatcher(Ledger ledger, Map<String, String> env, Clock clock) {
    this.ledger = ledger;
    this.env = Map.copyOf(env);
    this.clock = clock;
    this.client = HttpPost.client();
    this.http = new HttpPost(client, clock);
  }

  /**
   * Sends each of {@code events} to each channel of {@code config} that takes its kind, unless the
   * ledger says it was sent (or is being sent) there already.
   *
   * @return one delivery per event and channel that takes it, in the order of events, then channels
   */
  public List<Delivery> dispatch(NotifyConfig config, List<? extends Event> events) {
    List<Job> jobs = new ArrayList<>();
    for (Event e : events) {
      for (ChannelConfig c : config.channels()) {
        if (c.accepts(e)) {
          jobs.add(new Job(c, e, config.retry(), false));
        }
      }
    }
    return run(jobs);
  }

  /**
   * Sends again, at most {@code limit}, the deliveries the ledger holds as failed, the oldest
   * first, to channels still configured for their project ({@code configs} gives a project's
   * config, or {@code null}). Deliveries whose project or channel is gone are left as they are, and
   * so are those first tried longer than {@code giveUpAfter} ago: news that old is no longer worth
   * a message, and a channel that stays broken must not be called on for ever.
   */
  public List<Delivery> retryFailed(
      Function<String, NotifyConfig> configs, int limit, Duration giveUpAfter) {
    List<Job> jobs = new ArrayList<>();
    for (Ledger.Entry f : ledger.failures(clock.instant().minus(giveUpAfter), limit)) {
      Event event;
      try {
        event = EventJson.read(Json.map(f.event()));
      } catch (java.io.IOException | IllegalArgumentException e) {
        continue;
      }
      NotifyConfig config = configs.apply(event.project());
      ChannelConfig channel = config == null ? null : config.channel(f.channel());
      if (channel != null) {
        jobs.add(new Job(channel, event, config.retry(), false));
      }
    }
    return run(jobs);
  }

  /**
   * Sends {@code event} to each of {@code channels} now, at once, marked as a test and without the
   * ledger: for {@code golive notify test}.
   *
   * @return one delivery per channel, in their order
   */
  public List<Delivery> test(List<ChannelConfig> channels, RetryPolicy retry, Event event) {
    List<Job> jobs = new ArrayList<>();
    for (ChannelConfig c : channels) {
      jobs.add(new Job(c, event, retry, true));
    }
    return run(jobs);
  }

  private record Job(
      ChannelConfig channel, Event event, RetryPolicy retry, boolean test, String id) {
    Job(ChannelConfig channel, Event event, RetryPolicy retry, boolean test) {
      this(channel, event, retry, test, deliveryId(channel, event, test));
    }
  }

  private List<Delivery> run(List<Job> jobs) {
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    try {
      long start = System.nanoTime();
      List<Future<Delivery>> futures = new ArrayList<>();
      for (Job j : jobs) {
        futures.add(threads.submit(() -> deliver(j)));
      }
      List<Delivery> out = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        // all started together, so each is waited for until its own limit from the start
        Duration limit = jobs.get(i).retry().lease().plus(GRACE);
        long left = start + limit.toNanos() - System.nanoTime();
        out.add(await(jobs.get(i), futures.get(i), limit, left));
      }
      return out;
    } finally {
      // every delivery has ended or been given up on: nothing left to wait for
      threads.shutdownNow();
    }
  }

  private Delivery await(Job job, Future<Delivery> f, Duration limit, long leftNanos) {
    try {
      return f.get(Math.max(0, leftNanos), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return delivery(
          job, Delivery.Status.FAILED, "did not end within " + Durations.show(limit), List.of());
    } catch (ExecutionException e) {
      return delivery(
          job, Delivery.Status.FAILED, "internal error in golive: " + e.getCause(), List.of());
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return delivery(job, Delivery.Status.FAILED, "interrupted", List.of());
    }
  }

  /** How long a claim is held before others may take it over: longer than any delivery lasts. */
  private Delivery deliver(Job job) {
    ChannelConfig c = job.channel();
    Event event = job.event();
    Optional<Ledger.Claim> claim = Optional.empty();
    if (!job.test()) {
      try {
        claim =
            ledger.claim(
                event.key(),
                c.name(),
                Json.text(EventJson.fields(event)),
                clock.instant(),
                job.retry().lease());
      } catch (Ledger.LedgerException e) {
        return delivery(job, Delivery.Status.FAILED, e.getMessage() + "; not sent", List.of());
      }
      if (claim.isEmpty()) {
        return delivery(job, Delivery.Status.SKIPPED, skipReason(event, c), List.of());
      }
    }
    Channel channel = open(c);
    Channel.Outgoing out = new Channel.Outgoing(event, job.id(), job.test());
    Retries.Result result;
    try {
      result =
          new Retries(job.retry(), clock, ThreadLocalRandom.current())
              .run((n, at, timeout) -> channel.attempt(out, at, timeout));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = new Retries.Result(false, "interrupted", List.of());
    }
    String reason = result.reason();
    if (claim.isPresent()) {
      try {
        if (result.sent()) {
          ledger.sent(claim.get(), clock.instant(), result.attempts().size());
        } else {
          ledger.failed(claim.get(), clock.instant(), result.attempts().size(), reason);
        }
      } catch (Ledger.LedgerException e) {
        reason = reason + " (" + e.getMessage() + ")";
      }
    }
    return new Delivery(
        c.name(),
        c.type(),
        event.kind().id(),
        event.key(),
        out.deliveryId(),
        result.sent() ? Delivery.Status.SENT : Delivery.Status.FAILED,
        reason,
        result.attempts());
  }

  private String skipReason(Event event, ChannelConfig c) {
    Optional<Ledger.Entry> e;
    try {
      e = ledger.entry(event.key(), c.name());
    } catch (Ledger.LedgerException x) {
      return "claimed by another sender";
    }
    if (e.isPresent() && e.get().state() == Ledger.State.SENT) {
      return "sent already at " + e.get().sentAt();
    }
    return e.map(x -> "being sent by another sender since " + x.claimedAt())
        .orElse("claimed by another sender");
  }

  private Delivery delivery(Job job, Delivery.Status status, String reason, List<Attempt> tries) {
    return new Delivery(
        job.channel().name(),
        job.channel().type(),
        job.event().kind().id(),
        job.event().key(),
        job.id(),
        status,
        reason,
        tries);
  }

  /**
   * The same for every try and every later delivery of the event on the channel, so a receiver can
   * drop repeats; a test gets a fresh one.
   */
  private static String deliveryId(ChannelConfig channel, Event event, boolean test) {
    if (test) {
      return UUID.randomUUID().toString();
    }
    return UUID.nameUUIDFromBytes(
            (event.key() + "\n" + channel.name()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private Channel open(ChannelConfig c) {
    return switch (c) {
      case ChannelConfig.Webhook w -> new WebhookChannel(w, env, http);
      case ChannelConfig.Slack s -> new SlackChannel(s, env, http);
      case ChannelConfig.Telegram t -> new TelegramChannel(t, env, http);
      case ChannelConfig.Email m -> new EmailChannel(m, env);
    };
  }

  @Override
  public void close() {
    // every dispatch has ended; a connection a hostile receiver keeps open is dropped
    client.shutdownNow();
  }
}
