package dev.golive.core.read;

import dev.golive.core.model.Claim;
import dev.golive.core.model.ClaimKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a document claims about itself: progress bars and percentages, readiness headlines,
 * item counts, and headings marked done. The claims are compared with the items later, by the
 * scorer.
 */
final class ClaimScanner {
  private ClaimScanner() {}

  private static final Pattern PERCENT =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
  private static final Pattern BAR =
      Pattern.compile("[█▓▒░■□▰▱▮▯⬛⬜🟩🟥🟨]{3,}|\\[[#=\\-. ]{5,}\\]");
  private static final Pattern READY_WORD =
      Words.pattern(
          "ready|readiness|complete|done|progress|tayyor|bajarilgan|готов\\w*|выполнен\\w*|прогресс"
              + "|selesai|siap|hazır|tamamlan\\w*|fertig|bereit|prêt|terminé|listo|completo|pronto"
              + "|完成|準備|완료|sẵn sàng|gotow\\w*|status|статус|holat|durum");
  private static final Pattern READY =
      Words.pattern(
          "production[- ]ready|prod[- ]ready|ready for (?:production|launch|release|go[- ]?live)"
              + "|launch[- ]ready|go[- ]?live[- ]ready|готов[оаы]? к (?:продакшен\\w*|продакшн\\w*|релизу|запуску|production|проду)"
              + "|(?:production|prod|ishga|deploy)\\w* (?:uchun )?tayyor|siap (?:produksi|production|rilis|diluncurkan|launch)"
              + "|(?:canlıya|yayına|production'a|üretime) hazır|prêt pour la production|listo para producción"
              + "|pronto para produção|pronto per la produzione|produktionsreif|bereit für (?:die )?produktion"
              + "|上线就绪|可以上线|本番準備完了|프로덕션 준비 완료|sẵn sàng (?:triển khai|production)");
  private static final Pattern NOT_READY =
      Words.pattern(
          "not (?:yet )?(?:production[- ])?ready|не готов|tayyor emas|belum siap|hazır değil"
              + "|pas prêt|no está listo|não está pronto|nicht bereit|未就绪|준비되지");

  /**
   * "Total items: ~150+", "Всего пунктов: 42": a count right after a colon, not a size or a time.
   */
  private static final Pattern COUNT =
      Words.pattern(
          "(?<![\\w])(?:total|всего|итого|jami|toplam|jumlah|gesamt|insgesamt|总计|合计|총)"
              + "(?:\\s+(?:items?|tasks?|checks?|задач\\w*|пункт\\w*|ta|band\\w*|madde\\w*|tugas|item))?"
              + "\\s*[:：]\\s*~?(\\d{1,5})(\\+?)(?!\\s*(?:[.,]\\d|kb|mb|gb|ms|sec|s\\b|%|px|min|h\\b))");

  /** A readiness phrase that states a goal rather than a fact: "to ensure it is ready". */
  private static final Pattern PURPOSE =
      Words.pattern(
          "(?<![\\w])(?:ensure|verify|check|make sure|confirm|before|until|whether|убедит\\w*|провер\\w*"
              + "|перед|pastikan|sebelum|emin ol\\w*|önce|tekshir\\w*|oldin|vor dem|avant|antes|prima"
              + "|przed|trước)(?![\\w])");

  private static final Pattern OVERALL =
      Words.pattern(
          "overall|total|umumiy|общ\\w*|итог\\w*|keseluruhan|genel|gesamt|global|整体|总体|전체");

  static List<Claim> scan(DocumentReader doc, String title, int titleLine) {
    List<Claim> claims = new ArrayList<>();
    List<List<String>> paths = sectionPaths(doc.sections);
    int firstItem = doc.items.isEmpty() ? Integer.MAX_VALUE : doc.items.get(0).line;
    for (int i = 0; i < doc.lines.count(); i++) {
      int line = i + 1;
      String raw = doc.lines.get(i);
      if (raw.isBlank()) {
        continue;
      }
      if (hasDigit(raw)) {
        percent(raw, line, doc, paths, claims);
        count(raw, line, claims);
      }
      boolean headerArea = line < firstItem && !inCode(doc, line);
      if (headerArea || line == titleLine) {
        ready(raw, line, claims);
      }
    }
    if (title != null
        && StatusWords.containsDoneMark(title)
        && claims.stream().noneMatch(c -> c.kind() == ClaimKind.READY && c.line() == titleLine)) {
      claims.add(new Claim(ClaimKind.READY, titleLine, title, 100, List.of()));
    }
    for (int s = 0; s < doc.sections.size(); s++) {
      Section section = doc.sections.get(s);
      if (section.saysDone() && section.level() > 1) {
        claims.add(new Claim(ClaimKind.HEADING, section.line(), section.text(), 100, paths.get(s)));
      }
    }
    claims.addAll(doc.markerClaims);
    claims.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return claims;
  }

  private static void percent(
      String raw, int line, DocumentReader doc, List<List<String>> paths, List<Claim> claims) {
    if (raw.indexOf('%') < 0) {
      return;
    }
    Matcher m = PERCENT.matcher(raw);
    if (!m.find()) {
      return;
    }
    Matcher bar = BAR.matcher(raw);
    boolean hasBar = bar.find();
    // a table row mentions progress and percentages for many reasons; there only a bar claims
    boolean tableRow = raw.stripLeading().startsWith("|");
    if (!hasBar && (tableRow || !READY_WORD.matcher(Words.fold(raw)).find())) {
      return;
    }
    double value = Double.parseDouble(m.group(1).replace(',', '.'));
    if (value > 100) {
      return;
    }
    int labelEnd = hasBar ? Math.min(bar.start(), m.start()) : m.start();
    String label = LegendWords.coreName(raw.substring(0, labelEnd));
    List<String> scope = List.of();
    if (!label.isEmpty() && !OVERALL.matcher(label).find()) {
      for (int s = 0; s < doc.sections.size(); s++) {
        String name = doc.sections.get(s).coreName();
        if (name.length() >= 4
            && (name.equals(label) || (name.contains(label) && label.length() >= 4))) {
          scope = paths.get(s);
          break;
        }
      }
    }
    claims.add(new Claim(ClaimKind.PERCENT, line, raw.strip(), value, scope));
  }

  private static void count(String raw, int line, List<Claim> claims) {
    Matcher m = COUNT.matcher(Words.fold(raw));
    if (m.find()) {
      claims.add(
          new Claim(ClaimKind.COUNT, line, raw.strip(), Integer.parseInt(m.group(1)), List.of()));
    }
  }

  private static void ready(String raw, int line, List<Claim> claims) {
    String folded = Words.fold(raw);
    if (PURPOSE.matcher(folded).find()) {
      return;
    }
    if (NOT_READY.matcher(folded).find()) {
      claims.add(new Claim(ClaimKind.READY, line, raw.strip(), 0, List.of()));
    } else if (READY.matcher(folded).find()) {
      claims.add(new Claim(ClaimKind.READY, line, raw.strip(), 100, List.of()));
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean inCode(DocumentReader doc, int line) {
    for (int[] r : doc.codeRanges) {
      if (line >= r[0] && line <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** Each section's heading path, outermost first, itself last. */
  static List<List<String>> sectionPaths(List<Section> sections) {
    List<List<String>> paths = new ArrayList<>();
    List<Section> open = new ArrayList<>();
    for (Section s : sections) {
      while (!open.isEmpty() && open.get(open.size() - 1).level() >= s.level()) {
        open.remove(open.size() - 1);
      }
      open.add(s);
      paths.add(open.stream().map(Section::text).toList());
    }
    return paths;
  }
}
