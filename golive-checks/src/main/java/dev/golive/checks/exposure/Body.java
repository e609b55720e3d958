package dev.golive.checks.exposure;

import dev.golive.checks.http.HttpResult;
import java.util.Locale;

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

  /** Whether it begins as HTML or XML does: a page, not a plain file. */
  boolean isMarkup() {
    String head = text.substring(0, Math.min(text.length(), 1024)).strip();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1).strip();
    }
    String lower = head.toLowerCase(Locale.ROOT);
    return head.startsWith("<") || lower.contains("<html") || lower.contains("<!doctype");
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
