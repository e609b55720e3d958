package dev.golive.engine.match;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameter values read from an item's words. Each returns {@code null} unless the item states the
 * value plainly: a number with its unit, on the side of the comparison the parameter means. Nothing
 * is guessed: "valid (90 days)" is a certificate's lifetime, not a minimum.
 */
final class Thresholds {
  private Thresholds() {}

  private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";

  private static final String MS =
      "ms|мс|msec|millisekund\\w*|миллисекунд\\w*|milisaniye|milidetik|milisegundos?|毫秒|ミリ秒";
  private static final String SECONDS =
      "s|sec|secs|seconds?|сек|секунд\\w*|soniya\\w*|detik|saniye\\w*|sekunden?|segundos?"
          + "|secondes?|秒|초";

  private static final Pattern DURATION =
      Fold.compile(
          NUMBER
              + "\\s*(?:(?<ms>"
              + MS
              + ")|(?<s>"
              + SECONDS
              + "))(?![\\p{IsLatin}\\p{IsCyrillic}])");

  /**
   * Words before a number that make it a floor, not a ceiling ("не более", "not more than" are
   * ceilings).
   */
  static final String FLOOR_BEFORE =
      "(?<!not |no |не |nicht |não |non )(?:>=?|more than|over|above|at least|greater than|exceeds?|больше|более|не менее|свыше"
          + "|kamida|ko'proq|ortiq|lebih dari|minimal|minimum|min\\.?|en az|fazla|über|mindestens"
          + "|más de|al menos|mais de|pelo menos|plus de|au moins|超过|大于|至少)";

  /** Words after a number that make it a floor. */
  static final String FLOOR_AFTER =
      "(?:\\+|or more|dan (?:ko'p|ortiq|yuqori)|dan oshiq|и более|или более|ve üzeri|veya daha fazla"
          + "|atau lebih|oder mehr|o más|ou mais|ou plus|以上|이상)";

  private static final Pattern FLOOR_NEAR_NUMBER =
      Fold.compile(
          Fold.START
              + FLOOR_BEFORE
              + "\\s*\\d|\\d\\s*(?:"
              + MS
              + "|"
              + SECONDS
              + ")?\\s*"
              + FLOOR_AFTER);

  /** Whether the item gives a number as a floor ("> 5s", "at least 30 days"). */
  static boolean statesFloor(Rule.Subject s) {
    return FLOOR_NEAR_NUMBER.matcher(s.text()).find();
  }

  /**
   * The latency limit in milliseconds: the number after "p95" or "p99" when the item names one (p99
   * under a limit puts p95 under it too), else the first duration; {@code null} when a number is a
   * floor.
   */
  static String maxMillis(Rule.Subject s) {
    String t = s.text();
    if (statesFloor(s)) {
      return null;
    }
    Matcher d = DURATION.matcher(t);
    Matcher p = PERCENTILE.matcher(t);
    if (p.find() && d.find(p.end())) {
      return millis(d);
    }
    return d.find(0) ? millis(d) : null;
  }

  private static final Pattern PERCENTILE = Fold.compile("p9[59]");

  private static String millis(Matcher m) {
    double n = Double.parseDouble(m.group(1).replace(',', '.'));
    double ms = m.group("ms") != null ? n : n * 1000;
    long value = Math.round(ms);
    return value > 0 ? Long.toString(value) : null;
  }

  private static final Pattern HOME =
      Fold.words(
          "home ?page|main page|landing page|front ?page|index page|bosh sahifa|asosiy sahifa"
              + "|главн\\w* страниц\\w*|главная|ana sayfa|beranda|halaman utama|startseite"
              + "|página (?:principal|inicial)|page d'accueil|accueil|homepage");

  private static final Pattern HOME_CJK = Fold.compile("首页|主页|トップページ|홈페이지");

  private static final Pattern API = Fold.words("api|apis|endpoints?|эндпоинт\\w*|endpoint'lar");

  /**
   * The path whose speed the item speaks of: one it writes out, {@code /} for the home page, {@code
   * /api} for the API in general; {@code null} for the site as a whole.
   */
  static String latencyPath(Rule.Subject s) {
    String written = path(s);
    if (written != null) {
      return written;
    }
    if (HOME.matcher(s.text()).find() || HOME_CJK.matcher(s.text()).find()) {
      return "/";
    }
    return API.matcher(s.text()).find() ? "/api" : null;
  }

  /**
   * A URL path written in the item ({@code /health}, {@code /api/v1/status}), not a file on a
   * server ({@code /etc/nginx/...}) nor part of a full URL.
   */
  static String path(Rule.Subject s) {
    Matcher m = PATH.matcher(s.original());
    while (m.find()) {
      String p = m.group(1);
      String lower = p.toLowerCase(Locale.ROOT);
      if (!FILESYSTEM.matcher(lower).lookingAt() && !SOURCE_FILE.matcher(lower).find()) {
        return p.length() > 1 && p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
      }
    }
    return null;
  }

  private static final Pattern PATH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.:/~\\\\-])(/[A-Za-z0-9._~%-]+(?:/[A-Za-z0-9._~%-]*)*)(?![\\p{L}\\p{N}])");
  private static final Pattern FILESYSTEM =
      Pattern.compile(
          "/(?:etc|var|usr|home|opt|tmp|srv|root|bin|sbin|dev|proc|mnt|sys|lib)(?:/|$)");
  private static final Pattern SOURCE_FILE =
      Pattern.compile("\\.(?:py|ts|tsx|jsx|java|go|rb|conf|sh|ya?ml|sql|log|md|env)$");

  private static final Pattern HSTS_SECONDS =
      Fold.compile(
          "(?:max[-_ ]?age|hsts_seconds|hsts_max_age|hsts seconds)\\s*(?:[=:]|of|to)?\\s*(\\d{3,})");
  private static final Pattern HSTS_SPAN =
      Fold.compile(
          "(?:"
              + NUMBER
              + "|(?<one>one|a|an|bir|один|одного|satu|ein|einem|un|uno|um|一)"
              + "|(?<two>two|ikki|два|двух|iki|dua|zwei|dos|dois|deux|二|两))"
              + "\\s*(?:(?<y>years?|yil|yıl|год|года|лет|tahun|jahre?|años?|anos?|ans?|年)"
              + "|(?<m>months?|oy|месяц\\w*|bulan|ay|monate?|meses|mois|个月|ヶ月))"
              + Fold.END);

  /** HSTS max-age in seconds: written as seconds, or as years or months. */
  static String hstsMaxAge(Rule.Subject s) {
    Matcher m = HSTS_SECONDS.matcher(s.text());
    if (m.find()) {
      return m.group(1);
    }
    Matcher span = HSTS_SPAN.matcher(s.text());
    if (span.find()) {
      double n =
          span.group("one") != null
              ? 1
              : span.group("two") != null ? 2 : Double.parseDouble(span.group(1).replace(',', '.'));
      long seconds = Math.round(n * (span.group("y") != null ? 31_536_000 : 2_592_000));
      return seconds > 0 ? Long.toString(seconds) : null;
    }
    return null;
  }

  private static final Pattern SUBDOMAINS =
      Fold.compile("include[-_ ]?sub[-_ ]?domains(?!\\s*[=:]\\s*(?:false|0|no|off))");
  private static final Pattern PRELOAD = Fold.compile("preload(?!\\s*[=:]\\s*(?:false|0|no|off))");

  /** {@code true} when the item asks for includeSubDomains. */
  static String includeSubdomains(Rule.Subject s) {
    return SUBDOMAINS.matcher(s.text()).find() ? "true" : null;
  }

  /** {@code true} when the item asks for preload. */
  static String preload(Rule.Subject s) {
    return PRELOAD.matcher(s.text()).find() ? "true" : null;
  }

  private static final String DAYS =
      "days?|kun\\w*|кун\\w*|дн\\w*|день|hari|gün|tage?n?|días?|dias?|jours?|天|日|일";
  private static final Pattern MIN_DAYS =
      Fold.compile(
          Fold.START
              + FLOOR_BEFORE
              + "\\s*(\\d+)\\s*(?:"
              + DAYS
              + ")|(\\d+)\\s*(?:"
              + DAYS
              + ")\\s*"
              + FLOOR_AFTER
              + "|(\\d+)\\+\\s*(?:"
              + DAYS
              + ")");

  /**
   * The fewest days a certificate must still be valid, only when the item states a floor: "more
   * than 30 days left", "kamida 30 kun", "(> 30日)". A bare number is the certificate's lifetime.
   */
  static String minDays(Rule.Subject s) {
    Matcher m = MIN_DAYS.matcher(s.text());
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }
}
