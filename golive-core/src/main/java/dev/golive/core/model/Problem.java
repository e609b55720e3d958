package dev.golive.core.model;

/**
 * Something wrong with what the user wrote (a binding, a configuration entry) found before anything
 * runs.
 *
 * @param line 1-based, or 0 when the problem is not on one line
 */
public record Problem(String file, int line, String message) {
  /** {@code file:line: message}, as compilers write it. */
  public String oneLine() {
    return file + ":" + (line > 0 ? line + ":" : "") + " " + message;
  }
}
