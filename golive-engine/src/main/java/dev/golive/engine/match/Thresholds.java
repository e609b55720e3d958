package dev.golive.engine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  // ---- deep checks ----

  private static final Pattern SERVER_VERSION =
      Fold.compile(
          Fold.START
              + "(?<name>postgres\\w*|postgresql|psql|pg|sqlite)\\s*(?:v|version|версии|versiya\\w*)?"
              + "\\s*(?<v>\\d{1,2}(?:\\.\\d{1,2})?)(?![\\p{N}.%])");

  /**
   * The oldest server version an item accepts: "PostgreSQL 16", "PostgreSQL 15+", "SQLite 3.35". A
   * newer server keeps the claim, so the number is a floor whether or not a plus follows it.
   */
  static String minVersion(Rule.Subject s) {
    Matcher m = SERVER_VERSION.matcher(s.text());
    while (m.find()) {
      String v = m.group("v");
      int major = Integer.parseInt(v.replaceFirst("\\..*", ""));
      boolean sqlite = m.group("name").equals("sqlite");
      if (sqlite ? major == 3 : major >= 9 && major <= 40) {
        return v;
      }
    }
    return null;
  }

  private static final String LENGTH_UNIT =
      "characters?|chars?|symbols?|символ\\w*|знак\\w*|belgi\\w*|белги\\w*|ta belgi|karakter\\w*"
          + "|zeichen|caracteres|caractères|bytes?|байт\\w*|字符|個字符|文字|자|位";

  private static final Pattern MIN_LENGTH =
      Fold.compile(
          "(?<!max |maximum |максимум |не более |до |en fazla |höchstens |máximo )"
              + "(?:>=?\\s*)?(\\d{1,3})\\s*\\+?\\s*(?:个|個)?\\s*(?:"
              + LENGTH_UNIT
              + ")"
              + Fold.END);

  /**
   * The fewest characters a secret or password must have, when the item gives a number with a
   * length unit: "50+ belgili", "минимум 20 символов", "(>32 字符)", "64文字以上". {@code >32} is read as
   * 32, the reading that can only make the check kinder.
   */
  static String minLength(Rule.Subject s) {
    Matcher m = MIN_LENGTH.matcher(s.text());
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 6 && n <= 256) {
        return Integer.toString(n);
      }
    }
    return null;
  }

  private static final Pattern EVERY_N_HOURS =
      Fold.compile(
          "(?:every|each|каждые|har|her|setiap|alle|cada|toutes les|每)\\s*(\\d{1,2})\\s*"
              + "(?:hours?|h|час\\w*|soat\\w*|saat\\w*|jam|stunden?|horas?|heures?|小时|時間)"
              + Fold.END);
  private static final Pattern HOURLY =
      Fold.words(
          "hourly|every hour|ежечасн\\w*|каждый час|har soatda|soatlik|saatlik|her saat|setiap jam"
              + "|stündlich\\w*|cada hora|toutes les heures|每小时|毎時|매시간");
  private static final Pattern WEEKLY =
      Fold.words(
          "weekly|every week|еженедельн\\w*|каждую неделю|haftalik|har hafta|haftalık|her hafta"
              + "|mingguan|setiap minggu|wöchentlich\\w*|semanal\\w*|hebdomadaire\\w*|每周|毎週"
              + "|週次|매주");
  private static final Pattern MONTHLY =
      Fold.words(
          "monthly|every month|ежемесячн\\w*|каждый месяц|har oy|aylık|her ay|bulanan"
              + "|setiap bulan|monatlich\\w*|mensual\\w*|mensal\\w*|mensuel\\w*|每月|毎月|매월");

  private static final Pattern DAILY = Fold.words(Rules.DAILY);

  /**
   * How old the newest backup may be, from how often the item says backups are made: hourly 2h,
   * every N hours N+2h, weekly 8d, monthly 32d; daily is the check's own default (26h), so it gives
   * nothing. The first period written is the backups' own ("backups every night, verified weekly").
   */
  static String backupMaxAge(Rule.Subject s) {
    String t = s.text();
    String age = null;
    int first = Integer.MAX_VALUE;
    Matcher n = EVERY_N_HOURS.matcher(t);
    if (n.find()) {
      int hours = Integer.parseInt(n.group(1));
      first = n.start();
      age = hours > 0 && hours < 24 ? (hours + 2) + "h" : null;
    }
    for (Map.Entry<Pattern, String> period :
        List.of(
            Map.entry(HOURLY, "2h"),
            Map.entry(DAILY, ""),
            Map.entry(WEEKLY, "8d"),
            Map.entry(MONTHLY, "32d"))) {
      Matcher m = period.getKey().matcher(t);
      if (m.find() && m.start() < first) {
        first = m.start();
        age = period.getValue().isEmpty() ? null : period.getValue();
      }
    }
    return age;
  }

  private static final String CONNECTIONS =
      "connections?|conns?|подключени\\w*|соединени\\w*|коннект\\w*|ulanish\\w*|bağlantı\\w*"
          + "|koneksi|verbindungen|conexiones|conexões|connexions|连接|接続|연결";

  private static final Pattern POOL_SIZE =
      Fold.compile(
          Fold.START
              + "(?:(?:pool[_ -]?size|pool[_ -]?max|max[_ -]?pool(?:[_ -]?size)?|connection_limit"
              + "|pool)\\s*(?:[=:]|of|из|dan)?\\s*(\\d{1,4})"
              + "|(?:max(?:imum)?|maks\\w*|максимум|до|up to|en fazla|bis zu|hasta|até|jusqu'à)"
              + "\\.?\\s*(\\d{1,4})\\s*(?:"
              + CONNECTIONS
              + "))"
              + Fold.END);

  /** Connections in one instance's pool: "pool size 20", "(max 20 bağlantı)", "pool_size=20". */
  static String poolSize(Rule.Subject s) {
    Matcher m = POOL_SIZE.matcher(s.text());
    if (!m.find()) {
      return null;
    }
    String n = m.group(1) != null ? m.group(1) : m.group(2);
    return Integer.parseInt(n) > 0 ? n : null;
  }

  private static final Pattern INSTANCES =
      Fold.compile(
          Fold.START
              + "(\\d{1,3})\\s*(?:instances|replicas|pods|processes|процесс\\w*|экземпляр\\w*"
              + "|инстанс\\w*|реплик\\w*|instansi|örnek|kopya|instanzen|replikate|instancias"
              + "|réplicas|instâncias|instances|实例|個のインスタンス|インスタンス|인스턴스)"
              + Fold.END);

  /** Application instances that each hold a pool: "3 instances", "2 replicas". */
  static String instances(Rule.Subject s) {
    Matcher m = INSTANCES.matcher(s.text());
    return m.find() && Integer.parseInt(m.group(1)) > 0 ? m.group(1) : null;
  }

  private static final Pattern LOG_MIN_DURATION =
      Fold.compile("log_min_duration_statement\\s*[=:]?\\s*'?(\\d+)\\s*(?:(?<s>s)|ms)?'?");

  /**
   * The slowest a statement may be without being logged: the value given to {@code
   * log_min_duration_statement} (milliseconds unless it says s), else the first duration ("slower
   * than 500 ms", "> 1s": here a floor is what is meant).
   */
  static String slowQueryMillis(Rule.Subject s) {
    Matcher l = LOG_MIN_DURATION.matcher(s.text());
    if (l.find()) {
      long n = Long.parseLong(l.group(1));
      return Long.toString(l.group("s") != null ? n * 1000 : n);
    }
    Matcher d = DURATION.matcher(s.text());
    return d.find() ? millis(d) : null;
  }

  private static final Pattern AOF = Fold.words("aof|appendonly|append[- ]only(?: file)?");
  private static final Pattern RDB = Fold.words("rdb|snapshots?|снапшот\\w*|save points?|bgsave");

  /** What Redis must persist with: aof or rdb when the item names only one, else nothing. */
  static String redisPersistence(Rule.Subject s) {
    boolean aof = AOF.matcher(s.text()).find();
    boolean rdb = RDB.matcher(s.text()).find();
    return aof == rdb ? null : aof ? "aof" : "rdb";
  }

  private static final Pattern CPU = Fold.words("cpus?|процессор\\w*|işlemci|prosesor");

  /** {@code true} when an item about limits names the CPU as well as the memory. */
  static String requireCpus(Rule.Subject s) {
    return CPU.matcher(s.text()).find() ? "true" : null;
  }

  private static final Pattern DIGEST = Fold.words("digests?|@sha256|sha256|дайджест\\w*");

  /** {@code true} when the item asks for images pinned by digest. */
  static String requireDigest(Rule.Subject s) {
    return DIGEST.matcher(s.text()).find() ? "true" : null;
  }

  private static final Pattern HEALTHCHECK =
      Fold.words("health[- ]?checks?|healthchecks?|проверк\\w* здоровья|ヘルスチェック|健康检查|헬스 ?체크");

  /** {@code false} unless the item speaks of a HEALTHCHECK: its claim is about something else. */
  static String dockerfileHealthcheck(Rule.Subject s) {
    return HEALTHCHECK.matcher(s.text()).find() ? null : "false";
  }

  private static final Pattern PRIMARY_KEY =
      Fold.words(
          "primary keys?|pk|первичн\\w* ключ\\w*|birincil anahtar\\w*|primärschlüssel\\w*"
              + "|claves? primarias?|chaves? primárias?|clés? primaires?|主键|主キー|기본 ?키");

  /** {@code false} unless the item speaks of primary keys: indexes alone are its claim. */
  static String primaryKeys(Rule.Subject s) {
    return PRIMARY_KEY.matcher(s.text()).find() ? null : "false";
  }

  private static final Pattern IN_CODE =
      Fold.words(
          "hard-?coded|hardcod\\w*|хардкод\\w*|захардкож\\w*|in (?:the )?(?:source )?code|source code"
              + "|кодда|код ичида"
              + "|codebase|в код\\w*|kodda|kod ichida|kodunda|kaynak kod\\w*|di (?:source )?code|kode"
              + "|im (?:quell)?code|en el código|no código|dans le code|nel codice|コード|代码|코드"
              + "|하드코딩");
  private static final Pattern IN_HISTORY =
      Fold.words(
          "git|commit\\w*|коммит\\w*|закоммич\\w*|repo\\w*|репозитори\\w*|history|истори\\w*"
              + "|tarix\\w*|geçmiş\\w*|riwayat|verlauf|historial|histórico|historique|历史|履歴|이력");

  /**
   * {@code false} when the item speaks of the code as it is (hard-coded secrets, secrets in the
   * code) and not of git, commits or history: old commits are not its claim.
   */
  static String secretsHistory(Rule.Subject s) {
    return IN_CODE.matcher(s.text()).find() && !IN_HISTORY.matcher(s.text()).find()
        ? "false"
        : null;
  }

  /** The documents repo.docs looks for, by the words that name them. */
  private static final List<Map.Entry<String, Pattern>> DOCUMENTS =
      List.of(
          Map.entry("readme", Fold.words("readme(?:\\.md)?")),
          Map.entry(
              "deployment",
              Fold.words(
                  "deploy(?:ment)?\\.md|deployment (?:guide|docs|documentation|instructions)")),
          Map.entry("runbook", Fold.words("runbooks?|run books?|ранбук\\w*")),
          Map.entry("privacy", Fold.words(Rules.PRIVACY_POLICY)),
          Map.entry("terms", Fold.words(Rules.TERMS)),
          Map.entry("changelog", Fold.words("changelog(?:\\.md)?|change log|release notes")),
          Map.entry("license", Fold.words("licen[cs]e(?:\\.md|\\.txt)?|лицензи\\w*|litsenziya")),
          Map.entry("security", Fold.words("security\\.md|security\\.txt|\\.well-known/security")));

  /**
   * The documents an item names, for repo.docs: {@code null} when it names the README alone, which
   * the check requires by default.
   */
  static String documents(Rule.Subject s) {
    List<String> named = new ArrayList<>();
    for (Map.Entry<String, Pattern> d : DOCUMENTS) {
      if (d.getValue().matcher(s.text()).find()) {
        named.add(d.getKey());
      }
    }
    if (named.contains("readme")) {
      // "README with runbooks": a section of the README, not a document of its own
      named.remove("runbook");
    }
    return named.isEmpty() || named.equals(List.of("readme")) ? null : String.join(",", named);
  }
}
