package dev.golive.checks;

import java.io.IOException;

/**
 * An executable check. Implementations are records annotated with {@link CheckInfo}, their
 * components are the {@link Param parameters}, and they are listed in {@link Catalog}.
 *
 * @param <E> the evidence: an immutable record that serialises to JSON and back
 */
public interface Check<E extends Record> {
  /**
   * Gathers the evidence from the target. All I/O happens here, through {@code probe}, which shares
   * fetches between checks and bounds them by the audit's deadline.
   *
   * @throws IOException when the target cannot be reached or answers nonsense; the audit records an
   *     {@code error} finding with its message
   */
  E collect(Probe probe) throws IOException, InterruptedException;

  /** Judges the evidence: pure, no I/O and no clock, so stored evidence can be judged again. */
  Judgement evaluate(E evidence);
}
