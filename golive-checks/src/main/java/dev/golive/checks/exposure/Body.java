package dev.golive.checks.exposure;

import dev.golive.checks.http.HttpResult;

/** A response body as detectors read it: its bytes, its text, and whether it is markup. */
final class Body {
  private final byte[] bytes;
  private final String text;

  Body(HttpResult r) {
    this.bytes = r.body();
    this.text = r.text();
  }

  /** A body of plain text, for tests. */
  Body(String text) {
    this.bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    this.text = text;
  }

  byte[] bytes() {
    return bytes;
  }

  String text() {
    return text;
  }

  /**
   * Whether it begins as HTML or XML does, after any byte-order mark and white space: a page, not a
   * plain file.
   */
  boolean isMarkup() {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '<';
  }

  /** Whether it holds NUL bytes, as binary files do and text never does. */
  boolean isBinary() {
    for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
