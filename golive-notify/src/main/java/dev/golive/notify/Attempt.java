package dev.golive.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * One try at delivering a message, as an audit log or the dashboard shows it.
 *
 * @param number 1 for the first try
 * @param at when it started
 * @param millis how long it took
 * @param result what came of it
 * @param status the HTTP status or SMTP reply code when there was one, else 0
 * @param detail one line: what the receiver said or what went wrong, never a secret
 */
public record Attempt(
    int number, Instant at, long millis, Result result, int status, String detail) {

  /** What came of a try. */
  public enum Result {
    /** The receiver took the message. */
    OK,
    /** It failed in a way another try may mend: the network, a timeout, 5xx, 429. */
    RETRYABLE,
    /** It failed in a way another try will not mend: 4xx, a refused login, a bad setting. */
    PERMANENT
  }

  /**
   * What a channel makes of one try, before it is timed and numbered.
   *
   * @param retryAfter how long the receiver asked to wait before the next try, or {@code null}
   */
  record Outcome(Result result, int status, String detail, Duration retryAfter) {
    static Outcome ok(int status, String detail) {
      return new Outcome(Result.OK, status, detail, null);
    }

    static Outcome retry(int status, String detail, Duration retryAfter) {
      return new Outcome(Result.RETRYABLE, status, detail, retryAfter);
    }

    static Outcome retry(String detail) {
      return new Outcome(Result.RETRYABLE, 0, detail, null);
    }

    static Outcome fail(int status, String detail) {
      return new Outcome(Result.PERMANENT, status, detail, null);
    }

    static Outcome fail(String detail) {
      return new Outcome(Result.PERMANENT, 0, detail, null);
    }
  }
}
