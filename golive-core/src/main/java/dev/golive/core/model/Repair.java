package dev.golive.core.model;

/** A mojibake the reader undid: UTF-8 text that was once decoded with the wrong code page. */
public enum Repair {
  MAC_ROMAN("mac-roman"),
  WINDOWS_1252("windows-1252");

  private final String id;

  Repair(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
