package dev.golive.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up production checklist of about a given size, written the ways teams write them: headings
 * that rank their sections in English, Russian and Uzbek, nested task lists ({@code - [ ]}, {@code
 * * [x]}, {@code 1. [X]}), status emoji ({@code - ✅ ...}), tables with a status column, post-launch
 * sections, prose, and fenced code blocks whose task-like lines are not items. The same size and
 * seed always give the same text, so runs can be compared.
 *
 * @param text the Markdown
 * @param items how many items golive should find in it
 */
public record SyntheticChecklist(String text, int items) {

  /** Reads the text's UTF-8 bytes as Mac Roman; {@code x-MacRoman} maps every byte. */
  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

  private static final List<String> ENGLISH =
      List.of(
          "HTTPS everywhere, HTTP redirects to HTTPS",
          "HSTS with a max-age of one year",
          "Content-Security-Policy without `unsafe-inline`",
          "Rate limits on the login endpoint",
          "Backups restored in a drill this month",
          "Alerts page the on-call engineer",
          "New feature flags default to off",
          "Runbook for rolling back a release",
          "Error budget agreed with the product owner",
          "Load test at twice the expected peak",
          "Logs kept for 30 days and no longer",
          "Health checks on every service",
          "Personal data masked in **logs** and traces",
          "Dependency audit shows no critical findings");

  private static final List<String> RUSSIAN =
      List.of(
          "Резервные копии проверены восстановлением",
          "Логи уходят в централизованное хранилище",
          "Алерты на ошибки 5xx настроены",
          "Миграции базы данных откатываются",
          "Секреты вынесены из репозитория",
          "Нагрузочное тестирование на двойном трафике",
          "Дежурства расписаны на первую неделю",
          "Политика паролей согласована с безопасностью");

  private static final List<String> UZBEK =
      List.of(
          "Zaxira nusxalar har kuni olinadi",
          "Xatolar haqida ogohlantirishlar sozlangan",
          "Maʼlumotlar bazasi internetdan yopiq",
          "Sertifikatlar avtomatik yangilanadi",
          "Yuklama sinovi oʻtkazildi",
          "Foydalanuvchi parollari xeshlangan",
          "Monitoring paneli ishga tushirilgan",
          "Qayta tiklash rejasi yozib qo'yilgan");

  private static final List<String> SERVICES =
      List.of("api", "web", "worker", "billing", "search", "auth", "платежи", "toʻlovlar");

  private static final List<String> ENGLISH_HEADINGS =
      List.of(
          "P0 — Security",
          "Critical: payments",
          "Important — observability",
          "P2 — Performance",
          "Nice to have",
          "Post-launch — week 1");

  private static final List<String> RUSSIAN_HEADINGS =
      List.of("Критично — база данных", "Важно: мониторинг", "Желательно", "После релиза");

  private static final List<String> UZBEK_HEADINGS =
      List.of("Juda muhim — xavfsizlik", "Muhim: monitoring", "Ixtiyoriy", "Deploydan keyin");

  /**
   * Without the emoji variation selector ({@code ✔️}): golive does not yet repair it in mojibake,
   * and the mojibake inputs must hold the same items as the others.
   */
  private static final List<String> EMOJI = List.of("✅", "✅", "❌", "⏳", "🚧", "✔");

  /** Every value is one the reader knows, so each row is an item. */
  private static final List<String> STATUS_CELLS =
      List.of(
          "✅ Done", "Done", "Готово", "In progress", "Jarayonda", "TODO", "❌", "Bajarildi", "N/A");

  /**
   * Generates a checklist of at least {@code minBytes} bytes in UTF-8 (one section more at most).
   */
  public static SyntheticChecklist of(int minBytes, long seed) {
    return new Generator(new SplittableRandom(seed)).write(minBytes);
  }

  public byte[] utf8() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The checklist after a trip through an old Mac editor: its UTF-8 bytes read as Mac Roman and
   * saved as UTF-8 again, so that {@code ✅} reads {@code ‚úÖ} and {@code Готово} reads {@code
   * –ì–æ—Ç–æ–≤–æ}. golive repairs it back to {@link #text}.
   */
  public byte[] macRomanMojibake() {
    return new String(utf8(), MAC_ROMAN).getBytes(StandardCharsets.UTF_8);
  }

  private static final class Generator {
    private final SplittableRandom random;
    private final StringBuilder out = new StringBuilder();
    private int bytes;
    private int items;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    SyntheticChecklist write(int minBytes) {
      append("# Orbit Pay — production checklist\n\n");
      append("Owner: platform team. Tayyorlik: 85% tayyor. Готовность к релизу: 90%.\n\n");
      int section = 0;
      while (bytes < minBytes) {
        switch (section++ % 6) {
          case 0 -> taskSection(pick(ENGLISH_HEADINGS), ENGLISH);
          case 1 -> taskSection(pick(RUSSIAN_HEADINGS), RUSSIAN);
          case 2 -> emojiSection();
          case 3 -> taskSection(pick(UZBEK_HEADINGS), UZBEK);
          case 4 -> tableSection();
          default -> codeSection();
        }
      }
      return new SyntheticChecklist(out.toString(), items);
    }

    /** A task list, bulleted or numbered, with children and now and then grandchildren. */
    private void taskSection(String heading, List<String> words) {
      StringBuilder s = new StringBuilder();
      s.append("## ").append(heading).append("\n\n");
      boolean numbered = random.nextInt(3) == 0;
      int count = 3 + random.nextInt(6);
      for (int i = 1; i <= count; i++) {
        String marker = numbered ? i + ". " : random.nextInt(4) == 0 ? "* " : "- ";
        s.append(marker).append(box()).append(' ').append(item(words)).append('\n');
        items++;
        String indent = " ".repeat(marker.length());
        int children = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        for (int c = 0; c < children; c++) {
          s.append(indent).append("- ").append(box()).append(' ').append(item(words)).append('\n');
          items++;
          if (random.nextInt(3) == 0) {
            s.append(indent)
                .append("  - ")
                .append(box())
                .append(' ')
                .append(item(words))
                .append('\n');
            items++;
          }
        }
      }
      s.append('\n');
      append(s);
    }

    /** Items marked with status emoji instead of boxes, in any of the languages. */
    private void emojiSection() {
      StringBuilder s = new StringBuilder("## Should have — operations\n\n");
      int count = 3 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        s.append("- ").append(pick(EMOJI)).append(' ').append(item(anyLanguage())).append('\n');
        items++;
      }
      s.append('\n');
      append(s);
    }

    private void tableSection() {
      StringBuilder s = new StringBuilder("### Operations (P1)\n\n");
      s.append("| Check | Status | Owner |\n|-------|--------|-------|\n");
      int rows = 3 + random.nextInt(6);
      for (int r = 0; r < rows; r++) {
        s.append("| ")
            .append(item(anyLanguage()))
            .append(" | ")
            .append(pick(STATUS_CELLS))
            .append(" | ")
            .append(pick(SERVICES))
            .append(" |\n");
        items++;
      }
      s.append('\n');
      append(s);
    }

    /** Prose and a fenced code block whose task-like lines golive must not count. */
    private void codeSection() {
      append(
          """
          The deploy job runs these steps; the boxes below are YAML, not checklist items:

          ```yaml
          # - [ ] not an item
          steps:
            - [x] also not an item
            - run: ./deploy.sh --env production
            - ✅ still inside the code block
          ```

          Ishga tushirishdan oldin jamoa bilan kelishing. Перед релизом согласуйте окно с поддержкой.

          """);
    }

    private String box() {
      return switch (random.nextInt(5)) {
        case 0, 1 -> "[ ]";
        case 2, 3 -> "[x]";
        default -> "[X]";
      };
    }

    private String item(List<String> words) {
      String text = pick(words) + " — " + pick(SERVICES);
      return switch (random.nextInt(8)) {
        case 0 -> text + " (P1)";
        case 1 -> text + " (optional)";
        default -> text;
      };
    }

    private List<String> anyLanguage() {
      return switch (random.nextInt(3)) {
        case 0 -> ENGLISH;
        case 1 -> RUSSIAN;
        default -> UZBEK;
      };
    }

    private String pick(List<String> list) {
      return list.get(random.nextInt(list.size()));
    }

    private void append(CharSequence s) {
      out.append(s);
      bytes += s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
  }
}
