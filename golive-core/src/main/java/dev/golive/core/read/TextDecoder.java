package dev.golive.core.read;

import dev.golive.core.GoliveException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Turns a file's bytes into the text its authors wrote: UTF-8 with or without a byte-order mark,
 * UTF-16 with one, legacy single-byte code pages (guessed from how plausible the words look), and
 * mojibake repaired. Rejects empty and binary files. Line structure is never changed, so line
 * numbers keep referring to the file on disk.
 */
public final class TextDecoder {
  /** Legacy code pages tried, in order of preference when two read equally well. */
  private static final List<String> LEGACY =
      List.of(
          "windows-1252", "windows-1251", "koi8-r", "windows-1250", "windows-1254", "windows-1253");

  private TextDecoder() {}

  public static Decoded decode(String file, byte[] bytes) {
    if (bytes.length == 0) {
      throw GoliveException.input(file, "the file is empty");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return MojibakeRepair.repair(strict(file, bytes, 3, StandardCharsets.UTF_8), "utf-8-bom");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return MojibakeRepair.repair(strict(file, bytes, 2, StandardCharsets.UTF_16LE), "utf-16le");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return MojibakeRepair.repair(strict(file, bytes, 2, StandardCharsets.UTF_16BE), "utf-16be");
    }
    int nul = indexOf(bytes, 0);
    if (nul >= 0) {
      Charset utf16 = utf16WithoutBom(bytes);
      String text = utf16 == null ? null : decodeOrNull(bytes, 0, utf16);
      if (text != null) {
        rejectControlHeavy(file, text);
        return MojibakeRepair.repair(text, utf16.name().toLowerCase(Locale.ROOT));
      }
      throw GoliveException.input(
          file, "this is a binary file, not a Markdown checklist (NUL byte at offset " + nul + ")");
    }
    String text = decodeOrNull(bytes, 0, StandardCharsets.UTF_8);
    String encoding = "utf-8";
    if (text == null) {
      encoding = guessLegacy(bytes);
      text = new String(bytes, Charset.forName(encoding));
    }
    rejectControlHeavy(file, text);
    return MojibakeRepair.repair(text, encoding);
  }

  /**
   * UTF-16 saved without a byte-order mark shows itself by its zero bytes: every ASCII character
   * (spaces, line ends, Markdown's own marks) has a zero high byte, and no character of text has a
   * zero low byte.
   */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int pairs = Math.min(bytes.length, 1 << 14) / 2;
    if (pairs < 4 || bytes.length % 2 != 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs; i++) {
      evenZeros += bytes[2 * i] == 0 ? 1 : 0;
      oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 10 > pairs && evenZeros * 50 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 > pairs && oddZeros * 50 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strict(String file, byte[] bytes, int offset, Charset charset) {
    String text = decodeOrNull(bytes, offset, charset);
    if (text == null) {
      throw GoliveException.input(
          file,
          "the file starts with a "
              + charset.name()
              + " byte-order mark but is not valid "
              + charset.name());
    }
    return text;
  }

  private static String decodeOrNull(byte[] bytes, int offset, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Text with many control characters is a binary file that happens to have no NUL byte. */
  private static void rejectControlHeavy(String file, String text) {
    int control = 0;
    int sample = Math.min(text.length(), 1 << 16);
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control * 100 > sample) {
      throw GoliveException.input(
          file,
          "this is a binary file, not a Markdown checklist ("
              + control
              + " control characters in the first "
              + sample
              + ")");
    }
  }

  /** The legacy code page under which the file's words look most like real words. */
  static String guessLegacy(byte[] bytes) {
    String best = LEGACY.get(0);
    long bestScore = Long.MIN_VALUE;
    for (String name : LEGACY) {
      long score = WordPlausibility.score(new String(bytes, Charset.forName(name)));
      if (score > bestScore) {
        best = name;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, int value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
