package dev.golive.core.read;

import dev.golive.core.model.Repair;
import java.util.List;

/**
 * Undoes mojibake: UTF-8 text that was once decoded as Mac Roman or Windows-1252 and saved again,
 * so that {@code ✅} reads {@code ‚úÖ} or {@code âœ…}. Each run of high-half characters is turned
 * back into bytes and every valid UTF-8 sequence among them is decoded; anything that is not a
 * valid sequence stays as written, so correct text beside the broken parts is left alone. Text
 * broken twice is repaired in a second pass.
 */
final class MojibakeRepair {
  private static final List<CodePage> PAGES = List.of(CodePage.MAC_ROMAN, CodePage.WINDOWS_1252);
  private static final int MAX_PASSES = 3;

  private MojibakeRepair() {}

  /** The repaired text and the code page undone, or {@code text} itself with no repair. */
  static Decoded repair(String text, String encoding) {
    String best = text;
    Repair bestRepair = null;
    int bestCount = 0;
    for (CodePage page : PAGES) {
      String current = text;
      int count = 0;
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        Result r = repairOnce(current, page);
        if (r.sequences == 0) {
          break;
        }
        count += r.sequences;
        current = r.text;
      }
      if (count > bestCount) {
        best = current;
        bestRepair = page.repair();
        bestCount = count;
      }
    }
    return new Decoded(best, encoding, bestRepair);
  }

  private record Result(String text, int sequences) {}

  private static Result repairOnce(String text, CodePage page) {
    StringBuilder out = null;
    int sequences = 0;
    int copiedUpTo = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (page.byteOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && page.byteOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i - start < 2) {
        continue;
      }
      Result fixed = decodeRun(text, start, i, page);
      if (fixed.sequences == 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copiedUpTo, start).append(fixed.text);
      copiedUpTo = i;
      sequences += fixed.sequences;
    }
    if (out == null) {
      return new Result(text, 0);
    }
    out.append(text, copiedUpTo, n);
    return new Result(out.toString(), sequences);
  }

  /** The run with every valid UTF-8 sequence decoded, and how many there were. */
  private static Result decodeRun(String text, int start, int end, CodePage page) {
    int len = end - start;
    int[] b = new int[len];
    for (int k = 0; k < len; k++) {
      b[k] = page.byteOf(text.charAt(start + k));
    }
    StringBuilder s = new StringBuilder(len);
    int found = 0;
    boolean afterDecoded = false;
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    boolean afterKeycapBase = (before >= '0' && before <= '9') || before == '#' || before == '*';
    int k = 0;
    while (k < len) {
      int need = sequenceLength(b[k]);
      if (need > 0 && k + need <= len && continuations(b, k + 1, need - 1)) {
        int cp = b[k] & (0xFF >> (need + 1));
        for (int j = 1; j < need; j++) {
          cp = (cp << 6) | (b[k + j] & 0x3F);
        }
        boolean keycap = k == 0 && afterKeycapBase && isEmojiMark(cp);
        if (valid(cp, need) && (plausible(cp) || keycap || (afterDecoded && isMark(cp)))) {
          s.appendCodePoint(cp);
          found++;
          afterDecoded = true;
          k += need;
          continue;
        }
      }
      s.append(text.charAt(start + k));
      afterDecoded = false;
      k++;
    }
    return new Result(s.toString(), found);
  }

  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static boolean continuations(int[] b, int from, int count) {
    for (int j = from; j < from + count; j++) {
      if ((b[j] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a decoded character is one people write on its own. Bytes read through the wrong code
   * page still form valid UTF-8 now and then, but mostly as combining marks, controls or unassigned
   * code points: refusing those keeps the right code page ahead. C1 controls pass, because text
   * broken twice holds them after the first repair, standing for Windows-1252's undefined bytes.
   */
  /**
   * Marks that belong to the character before them: a variation selector after ✔ or ⚠, an enclosing
   * keycap, an accent. They are plausible only right after another repaired character, where they
   * arrived broken together with it.
   */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** A variation selector or the enclosing keycap, which follow a digit in 1️⃣ or #️⃣. */
  private static boolean isEmojiMark(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3;
  }

  private static boolean plausible(int cp) {
    if (cp >= 0x80 && cp <= 0x9F) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.CONTROL,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SURROGATE ->
          false;
      default -> true;
    };
  }

  private static boolean valid(int cp, int length) {
    int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    return cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
  }
}
