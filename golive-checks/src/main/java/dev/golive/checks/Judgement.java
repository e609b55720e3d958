package dev.golive.checks;

import dev.golive.core.model.Outcome;

/** What a check makes of its evidence: an outcome and one sentence saying why. */
public record Judgement(Outcome outcome, String message) {
  public static Judgement pass(String message) {
    return new Judgement(Outcome.PASS, message);
  }

  public static Judgement fail(String message) {
    return new Judgement(Outcome.FAIL, message);
  }

  public static Judgement warn(String message) {
    return new Judgement(Outcome.WARN, message);
  }

  /** The evidence does not allow a decision: never a pass. */
  public static Judgement error(String message) {
    return new Judgement(Outcome.ERROR, message);
  }

  /** The check does not apply to this target (no HTTPS to look at, no such service). */
  public static Judgement skipped(String message) {
    return new Judgement(Outcome.SKIPPED, message);
  }
}
