package dev.golive.cli;

import dev.golive.core.score.Verdict;

/** golive's exit codes: the one place they are defined and described. */
public enum ExitCode {
  GO(0, "GO: every blocking item holds"),
  NO_GO(1, "NO-GO: a blocking item is not done, or the score is below the minimum"),
  USAGE(2, "usage or input error: a bad option, a missing or unreadable file, not a checklist"),
  INCONCLUSIVE(3, "inconclusive: nothing that applies to the launch could be judged"),
  INTERNAL(4, "internal error in golive (run again with --verbose and report it)");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static ExitCode of(Verdict verdict) {
    return switch (verdict) {
      case GO -> GO;
      case NO_GO -> NO_GO;
      case INCONCLUSIVE -> INCONCLUSIVE;
    };
  }

  /** The exit-code list shown by {@code --help}, generated from this enum. */
  static java.util.Map<String, String> helpList() {
    java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
    for (ExitCode e : values()) {
      list.put(String.valueOf(e.code), e.description);
    }
    return list;
  }
}
