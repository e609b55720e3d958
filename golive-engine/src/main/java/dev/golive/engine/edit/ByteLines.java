package dev.golive.engine.edit;

import dev.golive.core.GoliveException;
import dev.golive.core.read.SourceDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each line of a file lies in its bytes. Lines are split at CR, LF and CR LF, as the reader
 * splits the decoded text, but on the bytes themselves: in UTF-8 and the single-byte code pages
 * golive reads, bytes 0x0A and 0x0D are only ever line ends, and in UTF-16 the same holds for
 * 16-bit units. A line is a run of <em>units</em>: bytes, or UTF-16 code units.
 */
final class ByteLines {
  final byte[] bytes;
  final Charset charset;

  /** 1 for UTF-8 and single-byte code pages, 2 for UTF-16. */
  final int unit;

  private final boolean bigEndian;
  private final int[] starts;
  private final int[] ends;

  private ByteLines(byte[] bytes, Charset charset, int unit, boolean bigEndian, int from) {
    this.bytes = bytes;
    this.charset = charset;
    this.unit = unit;
    this.bigEndian = bigEndian;
    List<int[]> spans = new ArrayList<>();
    int start = from;
    int n = bytes.length - (bytes.length - from) % unit;
    for (int i = from; i < n; i += unit) {
      int u = unitAt(i);
      if (u == '\n' || u == '\r') {
        spans.add(new int[] {start, i});
        if (u == '\r' && i + unit < n && unitAt(i + unit) == '\n') {
          i += unit;
        }
        start = i + unit;
      }
    }
    if (start < n) {
      spans.add(new int[] {start, n});
    }
    starts = spans.stream().mapToInt(s -> s[0]).toArray();
    ends = spans.stream().mapToInt(s -> s[1]).toArray();
  }

  /** The lines of {@code doc}'s bytes, in the encoding it was read with. */
  static ByteLines of(SourceDocument doc) {
    byte[] b = doc.bytes();
    String encoding = doc.decoded().encoding();
    String file = doc.checklist().path();
    ByteLines lines =
        switch (encoding) {
          case "utf-8" -> new ByteLines(b, StandardCharsets.UTF_8, 1, false, 0);
          case "utf-8-bom" -> new ByteLines(b, StandardCharsets.UTF_8, 1, false, 3);
          case "utf-16le" ->
              new ByteLines(b, StandardCharsets.UTF_16LE, 2, false, bom(b, 0xFF, 0xFE));
          case "utf-16be" ->
              new ByteLines(b, StandardCharsets.UTF_16BE, 2, true, bom(b, 0xFE, 0xFF));
          default -> singleByte(b, encoding, file);
        };
    int expected = doc.lines().size();
    if (lines.count() != expected) {
      throw GoliveException.input(
          file,
          "cannot be edited safely: its bytes split into "
              + lines.count()
              + " lines but its text into "
              + expected);
    }
    return lines;
  }

  private static int bom(byte[] b, int first, int second) {
    return b.length >= 2 && (b[0] & 0xFF) == first && (b[1] & 0xFF) == second ? 2 : 0;
  }

  private static ByteLines singleByte(byte[] b, String encoding, String file) {
    Charset cs;
    try {
      cs = Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw GoliveException.input(file, "cannot be edited: unknown encoding " + encoding, e);
    }
    String ascii = "\r\n\t <!-[]|xX:;=/\\";
    if (!new String(ascii.getBytes(cs), cs).equals(ascii)
        || ascii.getBytes(cs).length != ascii.length()) {
      throw GoliveException.input(file, "cannot be edited: " + encoding + " is not ASCII-based");
    }
    return new ByteLines(b, cs, 1, false, 0);
  }

  int count() {
    return starts.length;
  }

  /** Byte offset where 1-based line {@code n} starts. */
  int start(int n) {
    return starts[n - 1];
  }

  /** Byte offset where 1-based line {@code n} ends, before its line ending. */
  int end(int n) {
    return ends[n - 1];
  }

  int unitAt(int offset) {
    return unitAt(bytes, offset);
  }

  /** The unit of {@code b} (in this file's encoding) that starts at byte {@code offset}. */
  int unitAt(byte[] b, int offset) {
    if (unit == 1) {
      return b[offset] & 0xFF;
    }
    int first = b[offset] & 0xFF;
    int second = b[offset + 1] & 0xFF;
    return bigEndian ? (first << 8) | second : (second << 8) | first;
  }
}
