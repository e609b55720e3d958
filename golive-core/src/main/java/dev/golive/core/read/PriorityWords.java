package dev.golive.core.read;

import dev.golive.core.model.Priority;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How documents rank their work, in the languages golive reads. Headings may rank with any of the
 * words; an item only with a tag, so that "P0/P1 bugs" or "high availability" in an item's sentence
 * ranks nothing.
 */
final class PriorityWords {
  private PriorityWords() {}

  // Lower index wins when a text names several: "Critical (Must have)" is critical.
  private static final String CRITICAL =
      "p0|critical|criticals|kriti[kc]|критичн\\w*|критическ\\w*|критично|блокир\\w*|blockers?|blocking"
          + "|must[- ]?haves?|must[- ](?:complete|fix|do)\\w*|mandatory|obligatoires?|bloquants?"
          + "|wajib|zorunlu|majburiy|juda muhim|obrigat[oó]ri[oa]s?|obligatori[oa]s?|kritisch\\w*"
          + "|cr[ií]tic[oa]s?|обязательн\\w*|showstoppers?|urgent|срочно|acil|krytyczn\\w*"
          + "|必须|必須|关键|關鍵|致命|긴급|필수|quan trọng nhất|bắt buộc";
  private static final String PRIO =
      "(?:priority|prio|приоритет\\w*|öncelik\\w*|prioritas|priorität|priorité|prioridade?|priorità|优先级|優先級|優先度|우선순위|ưu tiên)";
  private static final String HIGH =
      "p1|high[- ]prio\\w*|"
          + PRIO
          + ":?\\s*high|\\(high\\)|important|should[- ]?haves?|важн\\w*"
          + "|высок\\w* "
          + PRIO
          + "|"
          + PRIO
          + ":?\\s*высок\\w*|muhim|yuqori|yüksek "
          + PRIO
          + "|penting|prioritas tinggi|wichtig|hohe priorität|importantes?|alta prioridad\\w*"
          + "|prioridade alta|alta priorità|haute priorité|priorité élevée|ważne|wysoki priorytet"
          + "|重要|高优先级|高優先級|중요|높음|ưu tiên cao";
  private static final String MEDIUM =
      "p2|medium|moderate|средн\\w* "
          + PRIO
          + "|"
          + PRIO
          + ":?\\s*средн\\w*|желательн\\w*"
          + "|orta "
          + PRIO
          + "|o'rta|prioritas sedang|mittlere priorität|priorité moyenne"
          + "|prioridad media|prioridade média|priorità media|średni priorytet|中优先级|中優先級|보통"
          + "|recommended|рекомендуе\\w*|tavsiya\\w*";
  private static final String LOW =
      "p3|low[- ]prio\\w*|"
          + PRIO
          + ":?\\s*low|\\(low\\)|nice[- ]to[- ]haves?|optional|opsional"
          + "|ixtiyoriy|необязательн\\w*|опциональн\\w*|isteğe bağlı|düşük "
          + PRIO
          + "|prioritas rendah|optionnel\\w*|opcional\\w*|facoltativ\\w*|niedrige priorität"
          + "|could[- ]haves?|низк\\w* "
          + PRIO
          + "|"
          + PRIO
          + ":?\\s*низк\\w*|bonus|可选|可選|任意"
          + "|低优先级|低優先級|선택|낮음|tùy chọn|opcjonaln\\w*";

  private static final Pattern HEADING =
      Words.pattern(
          "(?<![\\w-])(?:(?<c>"
              + CRITICAL
              + ")|(?<h>"
              + HIGH
              + ")|(?<m>"
              + MEDIUM
              + ")|(?<l>"
              + LOW
              + "))(?![\\w-])");

  /**
   * A tag at the start of an item, "**CRITICAL**: ..." or "P1 - ...", or in brackets anywhere; here
   * a bare "high" or "low" is a rank, as nobody starts a task with them otherwise.
   */
  private static final Pattern ITEM_TAG =
      Words.pattern(
          "(?:^|[(\\[])\\s*(?:(?<c>"
              + CRITICAL
              + ")|(?<h>"
              + HIGH
              + "|high)|(?<m>"
              + MEDIUM
              + ")|(?<l>"
              + LOW
              + "|low))\\s*(?:[)\\]]|:|\\s[-–—]\\s|$)");

  private static final Pattern ITEM_OPTIONAL =
      Words.pattern(
          "[(\\[]\\s*(?:optional|opsional|ixtiyoriy|необязательно|nice to have|isteğe bağlı)");

  /** The priority a heading names, or {@code null}. */
  static Priority inHeading(String heading) {
    String folded = Words.fold(heading);
    Priority byWord = strongest(HEADING.matcher(folded));
    if (byWord != null) {
      return byWord;
    }
    return byCircle(heading);
  }

  /** The priority an item's own tag names, or {@code null}. */
  static Priority inItem(String text) {
    String folded = Words.fold(text);
    Priority tagged = strongest(ITEM_TAG.matcher(folded));
    if (tagged != null) {
      return tagged;
    }
    return ITEM_OPTIONAL.matcher(folded).find() ? Priority.LOW : null;
  }

  /** Any priority word at all, as a legend line uses them. */
  static Priority inLegend(String text) {
    return inHeading(text);
  }

  private static Priority strongest(Matcher m) {
    Priority best = null;
    while (m.find()) {
      Priority p =
          m.group("c") != null
              ? Priority.CRITICAL
              : m.group("h") != null
                  ? Priority.HIGH
                  : m.group("m") != null ? Priority.MEDIUM : Priority.LOW;
      if (best == null || p.compareTo(best) < 0) {
        best = p;
      }
    }
    return best;
  }

  /** Coloured circles rank a heading only when it says nothing else about status. */
  private static Priority byCircle(String heading) {
    if (StatusWords.headingSaysDone(heading) || StatusWords.mentionsProgress(heading)) {
      return null;
    }
    String t = heading.strip();
    if (t.contains("🔴")) {
      return Priority.CRITICAL;
    }
    if (t.contains("🟠")) {
      return Priority.HIGH;
    }
    if (t.contains("🟡")) {
      return Priority.MEDIUM;
    }
    if (t.contains("🟢")) {
      return Priority.LOW;
    }
    return null;
  }
}
