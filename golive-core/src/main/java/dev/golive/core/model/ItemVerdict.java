package dev.golive.core.model;

import java.util.List;

/** What an audit makes of one item: its claim set against what the checks found. */
public enum ItemVerdict {
  /** Ticked, and every bound check passes. */
  VERIFIED("verified"),
  /** Ticked, but a bound check fails: a tick reality refutes. */
  CONTRADICTED("contradicted"),
  /** Not ticked, yet every bound check already passes: tick it. */
  DONE_UNCLAIMED("done_unclaimed"),
  /** Not ticked, and a bound check agrees it is not done. */
  OPEN("open"),
  /** A bound check could not decide: never a pass. */
  INCONCLUSIVE("inconclusive"),
  /** Ticked, and nothing is bound to check it with. */
  SELF_REPORTED_DONE("self_reported_done"),
  /** Not ticked, and nothing is bound to check it with. */
  SELF_REPORTED_OPEN("self_reported_open"),
  /** Excused by a waiver that has not expired. */
  WAIVED("waived");

  private final String id;

  ItemVerdict(String id) {
    this.id = id;
  }

  /** The name used in reports and the JSON schema. */
  public String id() {
    return id;
  }

  /** Whether the item counts as done for the score and the gate. */
  public boolean done() {
    return this == VERIFIED
        || this == DONE_UNCLAIMED
        || this == SELF_REPORTED_DONE
        || this == WAIVED;
  }

  /**
   * Claim × findings. A failure anywhere outweighs everything; an error outweighs passes; warnings
   * pass; skipped checks say nothing, so an item whose checks were all skipped is self-reported.
   */
  public static ItemVerdict of(State state, List<Finding> findings) {
    boolean claimed = state == State.DONE;
    boolean anyFail = false;
    boolean anyError = false;
    boolean anyPass = false;
    for (Finding f : findings) {
      switch (f.outcome()) {
        case FAIL -> anyFail = true;
        case ERROR -> anyError = true;
        case PASS, WARN -> anyPass = true;
        case SKIPPED -> {}
      }
    }
    if (anyFail) {
      return claimed ? CONTRADICTED : OPEN;
    }
    if (anyError) {
      return INCONCLUSIVE;
    }
    if (anyPass) {
      return claimed ? VERIFIED : DONE_UNCLAIMED;
    }
    return claimed ? SELF_REPORTED_DONE : SELF_REPORTED_OPEN;
  }
}
