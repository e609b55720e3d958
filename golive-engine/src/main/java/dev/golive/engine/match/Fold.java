package dev.golive.engine.match;

import java.util.Locale;
import java.util.regex.Pattern;

/** Item text made comparable across languages and keyboards, and patterns written for it. */
final class Fold {
  private Fold() {}

  /**
   * Lower case without the locale's surprises: Turkish {@code İ} and {@code ı} fold to {@code i},
   * Russian {@code ё} to {@code е}, every apostrophe (Uzbek {@code ʻ}, typographic {@code ’}) to
   * {@code '}, dashes to {@code -}, no-break spaces to spaces; variation selectors and joiners go.
   */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'İ', 'ı', 'I' -> b.append('i');
        case 'ё', 'Ё' -> b.append('е');
        case '\u0307', '\uFE0F', '\uFE0E', '\u200D', '\u200B' -> {}
        case '\u00A0', '\u202F', '\u2007' -> b.append(' ');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> b.append('-');
        case '\u2019', '\u2018', '\u02BB', '\u02BC', '\u00B4', '`' -> b.append('\'');
        case '\u2264' -> b.append("<=");
        case '\u2265' -> b.append(">=");
        default -> b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Where a Latin or Cyrillic word starts: not after a letter or digit of those scripts, so that
   * {@code _} separates words, as in {@code SECURE_HSTS_SECONDS}. A word that starts with anything
   * else (a Chinese or Japanese letter, which are written without spaces, or {@code .} or {@code
   * /}) starts anywhere.
   */
  static final String START =
      "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}])|(?=[^\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}]))";

  /** Where such a word ends; a word ending in a Chinese or Japanese letter ends anywhere. */
  static final String END =
      "(?:(?![\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}])|(?<=[^\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}]))";

  /** A pattern over folded text: any of {@code alternatives} as whole words. */
  static Pattern words(String alternatives) {
    return compile(START + "(?:" + alternatives + ")" + END);
  }

  /**
   * A pattern over folded text, as written (no added word boundaries). Its own words are folded the
   * same way, so a table may spell Turkish and Russian as they are written ("başlıkları", "ещё").
   */
  static Pattern compile(String regex) {
    String folded = regex.replace('ı', 'i').replace('ё', 'е');
    return Pattern.compile(folded, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }
}
