package dev.golive.core.score;

import java.util.List;

/**
 * Why a verdict was reached, as a message key and its arguments, so each report can word it in its
 * own language.
 */
public record Reason(Key key, List<Object> args) {
  public Reason(Key key, Object... args) {
    this(key, List.of(args));
  }

  /** The reasons golive gives. */
  public enum Key {
    CONTRADICTED,
    OPEN_BLOCKERS,
    UNDECIDED_BLOCKERS,
    SCORE_BELOW_MINIMUM,
    ALL_BLOCKERS_DONE,
    NO_ITEMS,
    NOTHING_APPLIES
  }
}
