package dev.golive.core.model;

/** What one check found. {@link #ERROR} means it could not decide, which is never a pass. */
public enum Outcome {
  PASS("pass"),
  FAIL("fail"),
  WARN("warn"),
  ERROR("error"),
  SKIPPED("skipped");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /** The name used in reports and the JSON schema. */
  public String id() {
    return id;
  }
}
