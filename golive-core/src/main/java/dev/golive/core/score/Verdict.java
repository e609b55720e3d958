package dev.golive.core.score;

/** The answer: may this go live? */
public enum Verdict {
  GO,
  NO_GO,
  INCONCLUSIVE;

  /**
   * The name used in reports and the JSON schema: {@code GO}, {@code NO-GO}, {@code INCONCLUSIVE}.
   */
  public String id() {
    return this == NO_GO ? "NO-GO" : name();
  }
}
