package dev.golive.core.read;

import dev.golive.core.model.Marker;
import dev.golive.core.model.State;
import java.util.Map;
import java.util.regex.Pattern;

/** The emoji, symbols and words people use to say how far an item is. */
final class StatusWords {
  private StatusWords() {}

  /** A state written with a leading symbol, and how it was written. */
  record Mark(State state, Marker marker, int length) {}

  private static final Map<String, State> EMOJI =
      Map.ofEntries(
          Map.entry("✅", State.DONE),
          Map.entry("✔", State.DONE),
          Map.entry("☑", State.DONE),
          Map.entry("✓", State.DONE),
          Map.entry("🗹", State.DONE),
          Map.entry("🟢", State.DONE),
          Map.entry("❌", State.OPEN),
          Map.entry("❎", State.OPEN),
          Map.entry("⬜", State.OPEN),
          Map.entry("☐", State.OPEN),
          Map.entry("🔲", State.OPEN),
          Map.entry("🔳", State.OPEN),
          Map.entry("✗", State.OPEN),
          Map.entry("✘", State.OPEN),
          Map.entry("☒", State.OPEN),
          Map.entry("🗷", State.OPEN),
          Map.entry("⭕", State.OPEN),
          Map.entry("🔴", State.OPEN),
          Map.entry("⚠", State.OPEN),
          Map.entry("⛔", State.OPEN),
          Map.entry("🟡", State.IN_PROGRESS),
          Map.entry("🟠", State.IN_PROGRESS),
          Map.entry("⏳", State.IN_PROGRESS),
          Map.entry("⌛", State.IN_PROGRESS),
          Map.entry("🔄", State.IN_PROGRESS),
          Map.entry("🚧", State.IN_PROGRESS),
          Map.entry("🔶", State.IN_PROGRESS),
          Map.entry("◐", State.IN_PROGRESS),
          Map.entry("➖", State.NOT_APPLICABLE),
          Map.entry("⏭", State.NOT_APPLICABLE),
          Map.entry("🚫", State.NOT_APPLICABLE));

  /** Characters from the ballot-box and check-mark blocks rather than emoji. */
  private static final String SYMBOLS = "☐☑☒✓✔✗✘🗹🗷";

  /** Ballot boxes strong enough to make an item of a plain line, outside any list. */
  private static final String LINE_SYMBOLS = "☐☑☒🗹🗷";

  /** The status symbol {@code text} starts with (spaces after it required), or {@code null}. */
  static Mark leading(String text) {
    return leading(text, false);
  }

  /** Like {@link #leading} but only ballot boxes, which mark an item even outside a list. */
  static Mark leadingBallot(String text) {
    return leading(text, true);
  }

  private static Mark leading(String text, boolean ballotOnly) {
    if (text.isEmpty()) {
      return null;
    }
    int cp = text.codePointAt(0);
    String symbol = new String(Character.toChars(cp));
    State state = EMOJI.get(symbol);
    if (state == null || (ballotOnly && LINE_SYMBOLS.indexOf(symbol) < 0)) {
      return null;
    }
    int end = Character.charCount(cp);
    while (end < text.length() && isJoiner(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      return null;
    }
    Marker marker = SYMBOLS.contains(symbol) ? Marker.SYMBOL : Marker.EMOJI;
    return new Mark(state, marker, end);
  }

  private static boolean isJoiner(char c) {
    return c == '\uFE0F' || c == '\uFE0E' || c == '\u200D';
  }

  /** The state a box states by what is between its brackets: {@code x}, {@code ~}, {@code -} ... */
  static State box(String inside) {
    return switch (inside.strip()) {
      case "x", "X" -> State.DONE;
      case "~", "/" -> State.IN_PROGRESS;
      case "-" -> State.NOT_APPLICABLE;
      default -> State.OPEN;
    };
  }

  /** Whether the text starts with a coloured circle, which may mean a rank as well as a state. */
  static boolean isColouredCircle(String text) {
    return text.startsWith("🔴")
        || text.startsWith("🟠")
        || text.startsWith("🟡")
        || text.startsWith("🟢");
  }

  /** Whether the text carries a done mark anywhere: "Title tag (already added ✅)". */
  static boolean containsDoneMark(String text) {
    return text.contains("✅") || text.contains("✔") || text.contains("☑");
  }

  /** Words that say a section is finished; participles only, not "must complete". */
  private static final Pattern HEADING_DONE =
      Words.pattern(
          "(?<![\\w-])(?:completed|done|finished|завершен[оаы]?|завершён|выполнен[оаы]?|готово|сделано|bajarilgan"
              + "|bajarildi|tayyor|selesai|tamamlandı|tamamlanan|tamamlanmış|erledigt|abgeschlossen|terminée?s?"
              + "|complétée?s?|completad[oa]s?|conclu[ií]d[oa]s?|completat[oa]|完成|已完成|完了|완료"
              + "|hoàn thành|ukończone|zrobione)(?![\\w-])");

  private static final Pattern NEGATION =
      Words.pattern(
          "(?<![\\w-])(?:not|no|не|нет|emas|belum|değil|nicht|pas|não|non|未|미|chưa|nie|in progress|в процессе)(?![\\w-])|❌|⚠|⏳|🔄|🚧");

  /** Whether a heading says its section is done: ✅, "Completed", "Готово", "Bajarilgan" ... */
  static boolean headingSaysDone(String heading) {
    String folded = Words.fold(heading);
    if (NEGATION.matcher(folded).find()) {
      return false;
    }
    return heading.contains("✅")
        || heading.contains("✔")
        || heading.contains("☑")
        || HEADING_DONE.matcher(folded).find();
  }

  private static final Pattern PROGRESS =
      Words.pattern(
          "(?<![\\w-])(?:in progress|wip|ongoing|в процессе|в работе|в разработке|jarayonda|sedang"
              + "|devam|in arbeit|en cours|en progreso|em andamento|in corso|进行中|進行中|진행|đang"
              + "|status|статус|holat|durum|estado|stato|état|状态|状態|상태)(?![\\w-])");

  /** Whether a heading talks about progress or status, where colours mean state, not rank. */
  static boolean mentionsProgress(String heading) {
    return PROGRESS.matcher(Words.fold(heading)).find();
  }

  private static final Pattern CELL_DONE =
      Words.pattern(
          "^(?:done|complete|completed|ready|ok|okay|yes|passed|pass|fixed|implemented|готово|выполнено"
              + "|сделано|да|bajarildi|bajarilgan|tayyor|ha|selesai|sudah|ya|tamamlandı|tamam|evet"
              + "|erledigt|fertig|ja|terminé|fait|oui|hecho|listo|completado|sí|si|concluído|feito|sim"
              + "|fatto|completato|完成|已完成|完了|완료|xong|hoàn thành|gotowe|zrobione)(?![\\w-])");
  private static final Pattern CELL_PROGRESS =
      Words.pattern(
          "^(?:in progress|in-progress|wip|ongoing|partial|partially|started|в процессе|в работе"
              + "|частично|jarayonda|sedang|dalam proses|devam ediyor|kısmen|in arbeit|en cours"
              + "|en progreso|em andamento|in corso|进行中|進行中|진행 ?중|đang)(?![\\w-])");
  private static final Pattern CELL_OPEN =
      Words.pattern(
          "^(?:todo|to do|to-do|pending|not started|not done|open|no|missing|failed|fail|blocked"
              + "|не начато|не готово|нет|ожидает|требует\\w*|проблем\\w*|bajarilmagan|yo'q|belum"
              + "|tidak|bekliyor|yapılmadı|hayır|offen|nein|à faire|non|pendiente|pendente|não"
              + "|da fare|待办|未完成|未着手|미완료|chưa|brak)(?![\\w-])");
  private static final Pattern CELL_NA =
      Words.pattern("^(?:n/a|na|not applicable|н/п|не применимо|skip|skipped|—|–)$");

  /** The state a table status cell states, or {@code null} when it states none. */
  static State cell(String cell) {
    String t = cell.strip();
    if (t.isEmpty()) {
      return null;
    }
    Mark mark = leading(t + " ");
    if (mark != null) {
      return mark.state();
    }
    String folded = Words.fold(t);
    if (folded.contains("?")) {
      return State.OPEN; // "Done?" is a question, not a tick
    }
    if (CELL_NA.matcher(folded).find()) {
      return State.NOT_APPLICABLE;
    }
    if (CELL_PROGRESS.matcher(folded).find()) {
      return State.IN_PROGRESS;
    }
    if (CELL_OPEN.matcher(folded).find()) {
      return State.OPEN;
    }
    if (CELL_DONE.matcher(folded).find()) {
      return State.DONE;
    }
    return null;
  }

  private static final Pattern STATUS_HEADER =
      Words.pattern(
          "^(?:status|state|done\\??|статус|состояние|готово\\??|holat|holati|durum|estado|stato|état"
              + "|etat|stand|状态|狀態|状態|상태|trạng thái|progress|прогресс|✅)$");

  /** Whether a table header cell names a status column. */
  static boolean statusHeader(String header) {
    return STATUS_HEADER.matcher(Words.fold(header.strip())).find();
  }
}
