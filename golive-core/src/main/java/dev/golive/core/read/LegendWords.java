package dev.golive.core.read;

import java.util.regex.Pattern;

/** Legend sections, which rank other sections by name: "P0: Security, Backups". */
final class LegendWords {
  private LegendWords() {}

  private static final Pattern LEGEND =
      Words.pattern(
          "(?<![\\w-])(?:legend|key|priorit(?:y|ies)|priority levels|приоритет\\w*|легенда|обозначени\\w*"
              + "|ustuvorlik\\w*|belgilar|öncelikler|prioritas|prioritäten|légende|priorités|leyenda"
              + "|prioridades|legenda|priorità|图例|凡例|优先级|優先度|범례|우선순위|chú thích)(?![\\w-])");

  static boolean isLegend(String heading) {
    return LEGEND.matcher(Words.fold(heading)).find();
  }

  /** Letters, digits and single spaces only, folded: "🔐 **1. Security**" becomes "security". */
  static String coreName(String heading) {
    String folded = Words.fold(heading);
    StringBuilder b = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return b.toString();
  }
}
