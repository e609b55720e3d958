package dev.golive.core.read;

import dev.golive.core.model.Repair;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The high half (0x80–0xFF) of a single-byte code page, read backwards: which byte a character came
 * from when UTF-8 bytes were once decoded with this code page.
 */
final class CodePage {
  private final Repair repair;

  /** Indexed by character: the byte it stands for, or -1. A flat table keeps the scan cheap. */
  private final short[] bytes = new short[Character.MAX_VALUE + 1];

  private CodePage(Repair repair, Map<Character, Byte> map) {
    this.repair = repair;
    Arrays.fill(bytes, (short) -1);
    map.forEach((c, b) -> bytes[c] = (short) (b & 0xFF));
  }

  static final CodePage MAC_ROMAN = macRoman();
  static final CodePage WINDOWS_1252 = windows1252();

  Repair repair() {
    return repair;
  }

  /** The byte {@code c} stands for, or -1 when {@code c} is not a high-half character here. */
  int byteOf(char c) {
    return c < 0x80 ? -1 : bytes[c];
  }

  private static CodePage macRoman() {
    Map<Character, Byte> map = highHalf(Charset.forName("x-MacRoman"));
    // Apple changed 0xDB from the currency sign to the euro; the logo sits at 0xF0.
    map.put('\u00A4', (byte) 0xDB);
    map.put('\u20AC', (byte) 0xDB);
    map.put('\uF8FF', (byte) 0xF0);
    return new CodePage(Repair.MAC_ROMAN, map);
  }

  private static CodePage windows1252() {
    Map<Character, Byte> map = highHalf(Charset.forName("windows-1252"));
    // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; decoders that pass them
    // through (and ISO-8859-1, which 1252 is mistaken for) turn every byte 0x80–0x9F into the C1
    // control of the same number.
    for (int b = 0x80; b <= 0x9F; b++) {
      map.putIfAbsent((char) b, (byte) b);
    }
    return new CodePage(Repair.WINDOWS_1252, map);
  }

  private static Map<Character, Byte> highHalf(Charset charset) {
    Map<Character, Byte> map = new HashMap<>();
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = new String(new byte[] {(byte) b}, charset);
      if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
        map.put(s.charAt(0), (byte) b);
      }
    }
    return map;
  }
}
