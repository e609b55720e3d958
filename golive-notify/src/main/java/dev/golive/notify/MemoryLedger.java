package dev.golive.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link Ledger} in memory: for one process, such as a command run or a test. */
public final class MemoryLedger implements Ledger {
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, String> tokens = new HashMap<>();

  private static String id(String eventKey, String channel) {
    return eventKey + "\u0000" + channel;
  }

  @Override
  public synchronized Optional<Claim> claim(
      String eventKey, String channel, String event, Instant now, Duration lease) {
    String id = id(eventKey, channel);
    Entry e = entries.get(id);
    boolean free =
        e == null
            || e.state() == State.FAILED
            || (e.state() == State.SENDING && e.claimedAt().isBefore(now.minus(lease)));
    if (!free) {
      return Optional.empty();
    }
    String token = UUID.randomUUID().toString();
    tokens.put(id, token);
    entries.put(
        id,
        new Entry(
            eventKey,
            channel,
            State.SENDING,
            e == null ? now : e.firstClaimedAt(),
            now,
            null,
            e == null ? 0 : e.attempts(),
            e == null ? null : e.lastError(),
            event));
    return Optional.of(new Claim(eventKey, channel, token));
  }

  @Override
  public synchronized void sent(Claim claim, Instant at, int attempts) {
    update(claim, State.SENT, at, attempts, null);
  }

  @Override
  public synchronized void failed(Claim claim, Instant at, int attempts, String error) {
    update(claim, State.FAILED, at, attempts, error);
  }

  private void update(Claim claim, State state, Instant at, int attempts, String error) {
    String id = id(claim.eventKey(), claim.channel());
    Entry e = entries.get(id);
    if (e == null || !claim.token().equals(tokens.get(id))) {
      return;
    }
    entries.put(
        id,
        new Entry(
            e.eventKey(),
            e.channel(),
            state,
            e.firstClaimedAt(),
            e.claimedAt(),
            state == State.SENT ? at : null,
            e.attempts() + attempts,
            error,
            e.event()));
  }

  @Override
  public synchronized Optional<Entry> entry(String eventKey, String channel) {
    return Optional.ofNullable(entries.get(id(eventKey, channel)));
  }

  @Override
  public synchronized List<Entry> failures(Instant since, int limit) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.state() == State.FAILED && !e.firstClaimedAt().isBefore(since)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(Entry::claimedAt));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }
}
