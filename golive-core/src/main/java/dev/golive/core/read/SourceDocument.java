package dev.golive.core.read;

import dev.golive.core.model.Checklist;
import java.util.List;

/**
 * A checklist together with the text and bytes it was read from, for what needs the lines
 * themselves: bindings written in comments, and edits that must change nothing else.
 *
 * @param bytes the file as it is on disk
 * @param decoded its text as read
 */
public record SourceDocument(Checklist checklist, byte[] bytes, Decoded decoded) {
  /** The 1-based line {@code n} of the decoded text, without its line ending; "" past the end. */
  public String line(int n) {
    List<String> lines = lines();
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
  }

  /** The decoded text's lines, split at LF, CRLF or CR, as CommonMark counts them. */
  public List<String> lines() {
    return decoded.text().lines().toList();
  }
}
