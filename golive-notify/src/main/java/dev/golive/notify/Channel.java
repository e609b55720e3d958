package dev.golive.notify;

import java.time.Duration;
import java.time.Instant;

/** A configured channel ready to send: makes one try at a time, the {@link Retries} do the rest. */
interface Channel {
  /**
   * A message to send: the event, the delivery's id (the same in every try), and whether a test.
   */
  record Outgoing(Event event, String deliveryId, boolean test) {}

  ChannelConfig config();

  /**
   * One try, finished within {@code timeout} whatever the receiver does.
   *
   * @param at when the try starts, for timestamps in the message
   */
  Attempt.Outcome attempt(Outgoing out, Instant at, Duration timeout) throws InterruptedException;
}
