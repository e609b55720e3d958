package dev.golive.core.read;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by the lexicons: case-folded the same way in every language. */
final class Words {
  private Words() {}

  /**
   * Lower case without the locale's surprises: Turkish {@code İ} and {@code ı} fold to {@code i},
   * variation selectors and zero-width joiners disappear, and {@code *}, {@code _} and {@code `}
   * are dropped so that bold or code spans do not hide a word.
   */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'İ', 'ı', 'I' -> b.append('i');
        case '\u0307', '\uFE0F', '\uFE0E', '\u200D', '*', '_', '`' -> {}
        case '\u00A0', '\u2011', '\u2010', '\u2013' -> b.append(c == '\u00A0' ? ' ' : '-');
        case '\u2019', '\u02BB', '\u02BC', '\u2018' -> b.append('\'');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A case-insensitive, Unicode-aware pattern over {@link #fold folded} text. Its words are folded
   * the same way, so a lexicon may spell Turkish as Turkish ("tamamlandı").
   */
  static Pattern pattern(String regex) {
    String folded = regex.replace('ı', 'i').replace('İ', 'i');
    return Pattern.compile(folded, Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE);
  }
}
