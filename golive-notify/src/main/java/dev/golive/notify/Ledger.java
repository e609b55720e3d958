package dev.golive.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of what was sent where, so that each event reaches each channel once however many
 * times it is dispatched and however many servers dispatch it. An entry is keyed by the event's
 * {@linkplain Event#key() key} and the channel's name and goes through these states:
 *
 * <ul>
 *   <li>{@link State#SENDING}: claimed by a sender, which sends and then records the outcome;
 *   <li>{@link State#SENT}: done for good, never sent again;
 *   <li>{@link State#FAILED}: every try failed; the next dispatch of the event, or {@code
 *       Dispatcher.retryFailed} while the entry is younger than its give-up age, may claim it
 *       again.
 * </ul>
 *
 * A claim is atomic: of two senders claiming the same entry at once, one gets it. A claim older
 * than its lease is taken to belong to a sender that died, and may be claimed again.
 */
public interface Ledger {
  /** The state of an entry. */
  enum State {
    SENDING,
    SENT,
    FAILED
  }

  /** A claim held by one sender; {@code token} tells its records from those of a later claim. */
  record Claim(String eventKey, String channel, String token) {}

  /**
   * What the ledger knows of one event on one channel.
   *
   * @param firstClaimedAt when it was first claimed
   * @param claimedAt when it was last claimed
   * @param sentAt when it was sent, or {@code null}
   * @param attempts the tries made over all its claims
   * @param lastError why the last delivery failed, or {@code null}
   * @param event the event as JSON ({@link EventJson}), to send it again after a failure
   */
  record Entry(
      String eventKey,
      String channel,
      State state,
      Instant firstClaimedAt,
      Instant claimedAt,
      Instant sentAt,
      int attempts,
      String lastError,
      String event) {}

  /** The ledger's store cannot be read or written. */
  final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Claims an event on a channel for this sender: it succeeds when the entry is new, when its last
   * delivery failed, or when a claim on it is older than {@code lease}.
   *
   * @param event the event as JSON, kept for sending again
   * @return the claim, or empty when the entry is sent or another sender holds it
   */
  Optional<Claim> claim(String eventKey, String channel, String event, Instant now, Duration lease);

  /** Records that the claimed delivery was sent, after {@code attempts} tries. */
  void sent(Claim claim, Instant at, int attempts);

  /** Records that the claimed delivery failed, after {@code attempts} tries, and why. */
  void failed(Claim claim, Instant at, int attempts, String error);

  /** The entry of an event on a channel, if any. */
  Optional<Entry> entry(String eventKey, String channel);

  /**
   * Entries whose last delivery failed and that were first claimed at or after {@code since}, the
   * least recently claimed first, at most {@code limit}.
   */
  List<Entry> failures(Instant since, int limit);
}
