package dev.golive.core.read;

import java.util.ArrayList;
import java.util.List;

/** A text's lines, split the way CommonMark splits them: at LF, CR LF and lone CR. */
final class Lines {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  Lines(String text) {
    this.text = text;
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        spans.add(new int[] {start, i});
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      spans.add(new int[] {start, n});
    }
    starts = new int[spans.size()];
    ends = new int[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
    }
  }

  int count() {
    return starts.length;
  }

  /** Line {@code index} (0-based), without its line ending. */
  String get(int index) {
    return index < 0 || index >= starts.length ? "" : text.substring(starts[index], ends[index]);
  }

  /** Line {@code index} (0-based) from column {@code column} on. */
  String from(int index, int column) {
    if (index < 0 || index >= starts.length) {
      return "";
    }
    int s = Math.min(starts[index] + column, ends[index]);
    return text.substring(s, ends[index]);
  }
}
