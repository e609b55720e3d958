package dev.golive.notify;

import java.util.List;

/**
 * What became of one event on one channel: sent, failed after its tries, or skipped because the
 * ledger says it was sent already (or another server is sending it).
 *
 * @param channel the channel's name
 * @param type the channel's type
 * @param event the event's kind id
 * @param eventKey the event's dedupe key
 * @param id the delivery's id, the same in every try (the webhook sends it as X-Golive-Delivery)
 * @param reason one line: how it was sent, why it failed, or why it was skipped
 * @param attempts every try, in order; none when skipped
 */
public record Delivery(
    String channel,
    String type,
    String event,
    String eventKey,
    String id,
    Status status,
    String reason,
    List<Attempt> attempts) {

  /** The end state of a delivery. */
  public enum Status {
    SENT,
    FAILED,
    SKIPPED
  }

  public Delivery {
    attempts = List.copyOf(attempts);
  }

  public boolean sent() {
    return status == Status.SENT;
  }
}
