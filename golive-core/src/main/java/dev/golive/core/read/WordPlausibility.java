package dev.golive.core.read;

/**
 * Scores how much a text's non-ASCII words look like words of a real language: one script per word,
 * a sensible case pattern, mostly lower case, and (for Latin words) accents as the exception. Text
 * decoded with the wrong code page fails these in ways that add up quickly.
 */
final class WordPlausibility {
  private WordPlausibility() {}

  /**
   * Icelandic letters sit where Windows-1254 keeps Turkish ğ, ı, ş and İ; seeing them is far more
   * likely a Turkish file read through Windows-1252 than an Icelandic checklist.
   */
  private static final String RARE_LATIN = "ðýþÐÝÞ";

  static long score(String text) {
    long score = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if ((c >= 0x80 && c < 0xA0) || c == '\uFFFD') {
          score -= 8; // C1 controls and undefined bytes: nobody writes these
        } else if (c >= 0x80 && !Character.isWhitespace(c) && adjacentLetter(text, i)) {
          score -= 3; // a symbol glued to a word, like "Ïðèâ¸ò" read from the wrong page
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      score += wordScore(text, start, i);
    }
    return score;
  }

  private static boolean adjacentLetter(String text, int i) {
    return (i > 0 && Character.isLetter(text.charAt(i - 1)))
        || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
  }

  private static long wordScore(String text, int start, int end) {
    int len = end - start;
    int nonAscii = 0;
    int rare = 0;
    int lower = 0;
    int upper = 0;
    boolean upperAfterLower = false;
    Character.UnicodeScript script = null;
    boolean mixedScript = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        nonAscii++;
      }
      if (RARE_LATIN.indexOf(c) >= 0) {
        rare++;
      }
      if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isUpperCase(c)) {
        upper++;
        if (k > start && Character.isLowerCase(text.charAt(k - 1))) {
          upperAfterLower = true;
        }
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (script == null) {
        script = s;
      } else if (s != script) {
        mixedScript = true;
      }
    }
    if (nonAscii == 0) {
      return 0;
    }
    long score = lower - upper / 2 - 2L * rare;
    if (mixedScript) {
      score -= 2L * len;
    }
    if (upperAfterLower) {
      score -= 2L * len;
    }
    if (script == Character.UnicodeScript.LATIN && nonAscii * 2 > len) {
      score -= 2L * len; // accents are the exception in Latin-script languages
    }
    return score;
  }
}
