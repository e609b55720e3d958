package dev.golive.checks.cmd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The end of what a program writes: its last {@code capacity} bytes in a ring, however much it
 * writes, and how many bytes it wrote in all. Read from the program's side on one thread and from
 * the check's on another.
 */
final class Tail {
  /** Colours and cursor moves of terminal output. */
  private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

  private final byte[] ring;
  private long total;

  Tail(int capacity) {
    this.ring = new byte[capacity];
  }

  /** Reads {@code in} to its end (or until it fails, as when the program is killed). */
  void drain(InputStream in) {
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        add(buf, n);
      }
    } catch (IOException e) {
      // the program was stopped or closed its output: what came so far is the tail
    }
  }

  synchronized void add(byte[] bytes, int length) {
    int from = Math.max(0, length - ring.length);
    for (int i = from; i < length; i++) {
      ring[(int) ((total + i) % ring.length)] = bytes[i];
    }
    total += length;
  }

  synchronized long total() {
    return total;
  }

  /**
   * The last {@code maxLines} lines kept, as a terminal would show them: without colours, a line
   * rewritten with carriage returns shown as it ended, a line cut by the ring's start left out.
   */
  synchronized List<String> lines(int maxLines) {
    int kept = (int) Math.min(total, ring.length);
    byte[] bytes = new byte[kept];
    int start = (int) ((total - kept) % ring.length);
    for (int i = 0; i < kept; i++) {
      bytes[i] = ring[(start + i) % ring.length];
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (total > ring.length) {
      int nl = text.indexOf('\n');
      text = nl >= 0 ? text.substring(nl + 1) : "…" + text.substring(1);
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String shown = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      int cr = shown.lastIndexOf('\r');
      shown = cr >= 0 ? shown.substring(cr + 1) : shown;
      lines.add(ESCAPES.matcher(shown).replaceAll(""));
    }
    if (!lines.isEmpty() && lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    return List.copyOf(lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
  }
}
