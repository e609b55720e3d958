package dev.golive.core.model;

/** What the document says of an item. */
public enum State {
  OPEN("open"),
  DONE("done"),
  IN_PROGRESS("in_progress"),
  NOT_APPLICABLE("not_applicable");

  private final String id;

  State(String id) {
    this.id = id;
  }

  /** The name used in reports and the JSON schema. */
  public String id() {
    return id;
  }
}
