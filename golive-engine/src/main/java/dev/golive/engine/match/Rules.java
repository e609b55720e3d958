package dev.golive.engine.match;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one table of auto-matching: for every check golive may propose, the words that point at it in
 * the languages golive reads, the words that rule it out, and the parameters read from the item. A
 * check missing from the catalog is simply never proposed.
 *
 * <p>Confidence starts from how specific a cue is: a header's own name ("HSTS", "X-Frame-Options")
 * 0.9, a plain description ("HTTP to HTTPS redirect") 0.85, a word that needs its section to make
 * sense ("certificate" under "SSL") 0.75, something broader ("HTTPS works" for the certificate)
 * 0.7, and words that only hint ("security headers", "health checks") 0.35 to 0.55, below the
 * default minimum. Precision comes first: a wrong binding can call a true tick contradicted.
 */
final class Rules {
  private Rules() {}

  // ---- words shared by several rows ----

  static final String TLS =
      "ssl|tls|https(?!:/)|let's ?encrypt|letsencrypt|certbot|cert-manager|acm";

  static final String CERT =
      "certificates?|certs?|сертификат\\w*|sertifikat\\w*|sertifika\\w*|certificad\\w*"
          + "|certificat\\w*|zertifikat\\w*|certyfikat\\w*|certificato|certificati|证书|証明書|인증서";

  static final String ON =
      "enabled?|active|activated|on|works?|working|configured|set ?up|installed|valid|in place"
          + "|включ\\w*|настро\\w*|работа\\w*|активн\\w*|установлен\\w*|действител\\w*|yoqilgan"
          + "|sozlangan|o'rnatilgan|ishlayapti|ishlaydi|faol|aktif|diaktifkan|terpasang|etkin\\w*"
          + "|kuruldu|aktiv\\w*|konfiguriert|habilitad\\w*|activad\\w*|ativ\\w*|activ\\w*"
          + "|configur\\w*|instal\\w*|有效|启用|已配置|有効|유효";

  static final String CONNECTED =
      "connected|подключен\\w*|привязан\\w*|ulangan|bağlandı|terhubung|verbunden|conectado"
          + "|connecté|collegato|已绑定|接続済み|연결";

  static final String VALID =
      "valid|validity|действител\\w*|amal qiladi|yaroqli|geçerli|válid\\w*|gültig\\w*|valide"
          + "|berlaku|有効|有效|유효";

  static final String EXPIRY =
      "expir\\w*|срок\\w* действия|истека\\w*|истечени\\w*|muddat\\w*|validade|vencim\\w*"
          + "|caducidad|ablauf\\w*|son kullanma|geçerlilik süresi|kedaluwarsa|masa berlaku"
          + "|échéance|有效期|期限|만료";

  static final String RENEWAL =
      "auto[- ]?renew\\w*|renew\\w*|продлени\\w*|автопродлени\\w*|автообновлени\\w*"
          + "|avtomatik yangila\\w*|perpanjang\\w*|yenile\\w*|erneuer\\w*|renova\\w*|renouvel\\w*"
          + "|续期|自动续期|自動更新|갱신";

  static final String SSL_LABS = "ssl ?labs|ssllabs";

  /** An A grade, as SSL Labs gives: only strong protocols and ciphers earn it. */
  static final String GRADE_A =
      "a\\+|grade a\\+?|a\\+? grade|a\\+? rating|a\\+? notu|оценк\\w* a\\+?";

  static final String REDIRECT =
      "redirect\\w*|редирект\\w*|перенаправл\\w*|переадресац\\w*|yo'naltir\\w*|йўналтир\\w*"
          + "|pengalihan|dialihkan|mengalihkan|yönlendir\\w*|weiterleit\\w*|umleit\\w*|redirecci\\w*"
          + "|redireciona\\w*|redirection|rediriger|跳转|重定向|リダイレクト|리다이렉트|리디렉션";

  static final String ENFORCED =
      "enforc\\w*|forced?|forcing|only|mandatory|required|majburiy|zorunlu|zorlan\\w*|обязательн\\w*"
          + "|принудительн\\w*|только|wajib|hanya|erzwungen|nur|obligatori\\w*|obrigatóri\\w*"
          + "|obligatoire|forçad\\w*|forzad\\w*|强制|強制|강제|必须";

  static final String SECURITY_HEADERS =
      "security headers?|secure headers|headers? de (?:seguran\\w*|sécurité|seguridad)"
          + "|en-têtes de sécurité|güvenlik başlıkları|güvenlik header\\w*|заголовк\\w* безопасности"
          + "|security[- ]заголовк\\w*|xavfsizlik (?:header|sarlavha)\\w*|header keamanan"
          + "|sicherheits-?header\\w*|cabeceras de seguridad|encabezados de seguridad|helmet"
          + "|安全头|安全响应头|セキュリティヘッダー?|보안 헤더";

  static final String SECURITY =
      TLS
          + "|security|secure|безопасн\\w*|xavfsizlik|keamanan|güvenlik|sicherheit|seguridad"
          + "|segurança|sécurité|sicurezza|bezpieczeństwo|安全|セキュリティ|보안|headers?|заголовк\\w*";

  /** What the web checks cannot see, or should not claim: not a web site's state. */
  static final String NOT_WEB =
      "postgres\\w*|psql|mysql|mariadb|mongo\\w*|redis|database\\w*|db|sslmode|supabase|rds|sql"
          + "|elasticache|veritaban\\w*|база данных|баз\\w* данных|бд|ma'lumotlar bazasi|bazasi"
          + "|banco de dados|base de données|datenbank\\w*|basis data|kafka|rabbitmq|smtp"
          + "|e-?mail\\w*|mail\\w*|ssh|vpn|radius|ldap|grpc|mqtt|s?ftp|s3|bucket|数据库|データベース"
          + "|데이터베이스";

  static final String MOBILE =
      "provisioning|apple|ios|android|app ?store|play ?store|google play|testflight|apns|fcm"
          + "|push notifications?|code ?sign\\w*|signing|keystore|xcode";

  static final String MONITORING =
      "monitor\\w*|alert\\w*|alarm\\w*|notif\\w*|уведомл\\w*|оповещ\\w*|мониторинг\\w*|алерт\\w*"
          + "|ogohlantir\\w*|bildirim\\w*|uyarı\\w*|izleme\\w*|pemantauan|peringatan|überwach\\w*"
          + "|benachrichtig\\w*|alerta\\w*|monitora\\w*|surveillance|grafana|prometheus|sentry"
          + "|datadog|uptimerobot|statuscake|pagerduty|slack|telegram|监控|告警|报警|監視|アラート"
          + "|모니터링|알림";

  static final String DOCS =
      "document\\w*|docs|guides?|manual\\w*|readme|runbook\\w*|playbook\\w*|instruction\\w*"
          + "|инструкц\\w*|документ\\w*|руководств\\w*|hujjat\\w*|qo'llanma\\w*|dokumentasi"
          + "|panduan|belge\\w*|dokümant\\w*|kılavuz\\w*|dokumentation|anleitung\\w*"
          + "|documentaci\\w*|documentação|guia|diagram\\w*|training|обучени\\w*|wiki|sop"
          + "|文档|说明书|ドキュメント|手順書|문서|가이드";

  static final String PLANS_AND_TESTS =
      "unit[- ]?tests?|e2e|integration tests?|test (?:suite|file|case|cases|scenarios?)"
          + "|pytest|cypress|playwright|vitest|mocks?|consider\\w*|evaluate|research\\w*"
          + "|investigate|plan|planned|roadmap|todo|рассмотреть|изучить|спланир\\w*"
          + "|rejalashtir\\w*";

  static final String ELSEWHERE =
      "staging|localhost|127\\.0\\.0\\.1|local (?:dev\\w*|environment|setup|machine)"
          + "|dev (?:server|environment|env)|development (?:environment|server)|стейджинг\\w*"
          + "|тестов\\w* (?:сервер\\w*|окружени\\w*|стенд\\w*|сред\\w*)|test environment"
          + "|test ortam\\w*|testumgebung|ambiente de (?:teste|pruebas)|локальн\\w*|mahalliy"
          + "|lokal\\w*|yerel|测试环境|テスト環境"
          + "|本地|ステージング|스테이징";

  /** Words that say something is not served to the public. */
  static final String NOT_SERVED =
      "not (?:be )?(?:accessible|public\\w*|exposed|served|reachable|available|visible"
          + "|downloadable)|inaccessible|unreachable|blocked|block|denied|deny|forbidden|403|404"
          + "|hidden|protected|closed|secured|yopiq|ёпиқ|yopilgan|berkitilgan|himoyalangan"
          + "|ochiq emas|недоступ\\w*|закрыт\\w*|заблокир\\w*|блокир\\w*|запрещ\\w*|не доступ\\w*"
          + "|не отда\\w*|скрыт\\w*|tidak (?:dapat|bisa) diakses|diblokir|tertutup|erişilemez"
          + "|erişime kapalı|engellen\\w*|gizli|nicht (?:erreichbar|öffentlich|zugänglich"
          + "|abrufbar)|gesperrt|blockiert|no (?:es )?(?:accesible|público)|bloquead\\w*"
          + "|não (?:é )?(?:acessível|público)|inacessível|bloqué|无法访问|禁止访问|不可访问"
          + "|不能访问|アクセスできない|アクセス不可|접근 불가|차단";

  static final String ADMIN_PLACE =
      "admin (?:panel|page|area|ui|interface|dashboard|routes?|url|endpoints?)|admin-?panel"
          + "|админк\\w*|админ-?панел\\w*|панел\\w* администратора|admin paneli|yönetim paneli"
          + "|panel admin\\w*|painel (?:de )?admin\\w*|phpmyadmin|wp-admin|/admin\\w*|adminer"
          + "|django admin|管理画面|管理后台|后台|관리자 페이지";

  static final String RESTRICTED =
      "not (?:be )?(?:public\\w*|accessible|exposed|reachable|open|indexed)|restrict\\w*"
          + "|ip (?:whitelist|allowlist|restriction)|whitelist\\w*|allowlist\\w*|vpn only"
          + "|behind (?:vpn|auth\\w*|login)|protected|hidden|closed|private|yopiq|cheklangan"
          + "|himoyalangan|ограничен\\w*|закрыт\\w*|недоступ\\w*|скрыт\\w*|защищ\\w*|dibatasi"
          + "|terbatas|tertutup|kısıtl\\w*|gizli|korumalı|eingeschränkt|geschützt|gesperrt"
          + "|restringid\\w*|restrito|protegid\\w*|privad\\w*|限制|受限|保护|非公开|制限";

  static final String LATENCY =
      "response times?|latency|latencies|p9[59]|ttfb|time to first byte|javob (?:vaqti|berish"
          + " vaqti|tezligi)|время ответа|времени ответа|время отклика|отклик\\w*|задержк\\w*"
          + "|latensi|waktu (?:respons|respon)|yanıt süresi|cevap süresi|gecikme|antwortzeit\\w*"
          + "|tiempo de respuesta|tempo de resposta|temps de réponse|响应时间|响应|応答時間"
          + "|レスポンス時間|レスポンスタイム|응답 ?시간";

  static final String PAGE_LOAD =
      "load time|page load\\w*|loading time|время загрузки|скорость загрузки|yuklanish vaqti"
          + "|waktu muat|yükleme süresi|ladezeit\\w*|tiempo de carga|tempo de carregamento"
          + "|temps de chargement|加载时间|読み込み時間|로딩 시간";

  static final String HOME_PAGE =
      "home ?page|main page|landing page|front ?page|index page|bosh sahifa|asosiy sahifa"
          + "|главн\\w* страниц\\w*|главная|ana sayfa|beranda|halaman utama|startseite"
          + "|página (?:principal|inicial)|page d'accueil|首页|主页|トップページ|홈페이지";

  static final String DURATION =
      "\\d+(?:[.,]\\d+)?\\s*(?:ms|мс|s|sec|secs|seconds?|сек\\w*|soniya\\w*|detik|saniye\\w*"
          + "|sekunden?|segundos?|secondes?|秒|초)";

  static final String OPENAPI = "swagger\\w*|openapi|open api|redoc|api[- ]docs|/docs|/api-docs";

  static final String HEALTH_PATH =
      "(?<![\\p{L}\\p{N}])/(?:health\\w*|healthz|livez|readyz|ping)(?![\\p{L}\\p{N}])";

  static final String DOTENV = "(?<![\\p{L}\\p{N}_/-])\\.env(?:\\.[a-z]+)?(?![\\p{L}\\p{N}])";

  static final String GIT_DIR = "(?<![\\p{L}\\p{N}_-])/?\\.git(?![\\p{L}\\p{N}_-])/?";

  static final String HEDGE =
      "if (?:applicable|needed|any|required|possible|used)|optional|opsional|ixtiyoriy|jika"
          + "|agar kerak|если (?:есть|нужно|применимо)|gerekirse|varsa|falls|si aplica"
          + "|se aplicável|如果|如有";

  private static final Pattern AVERAGE =
      Fold.words(
          "p50|median|медиан\\w*|mediana|o'rtacha|average|avg|средн\\w*|rata-rata|ortalama"
              + "|durchschnitt\\w*|promedio|média|moyenne|平均");
  private static final Pattern P95 = Fold.words("p9[59]");

  /** An average or a median says nothing about the 95th percentile. */
  private static boolean averageOnly(Rule.Subject s) {
    return AVERAGE.matcher(s.text()).find() && !P95.matcher(s.text()).find();
  }

  // ---- vetoes every row has ----

  private static final List<Rule.Veto> EVERYWHERE =
      List.of(
          new Rule.Words(Fold.words(PLANS_AND_TESTS), false),
          new Rule.Words(Fold.words(ELSEWHERE), true));

  /**
   * Items about watching something ("SSL expiry alerts", anything under a "Monitoring" heading)
   * claim that the watching is set up, not that the thing holds.
   */
  private static final Rule.Veto WATCHING = new Rule.Words(Fold.words(MONITORING), true);

  private static final Rule.Veto DOCUMENTS = new Rule.Words(Fold.words(DOCS), true);
  private static final Rule.Veto OTHER_SERVICES = new Rule.Words(Fold.words(NOT_WEB), true);
  private static final Rule.Veto APPS = new Rule.Words(Fold.words(MOBILE), false);

  /** A row about the web site itself: not about databases, mail or mobile apps. */
  private static Rule.Builder site(String id) {
    return Rule.check(id)
        .vetoes(EVERYWHERE)
        .vetoes(List.of(WATCHING, DOCUMENTS, OTHER_SERVICES, APPS));
  }

  /** A row about what a site must not serve, where other services' names do no harm. */
  private static Rule.Builder exposure(String id) {
    return Rule.check(id).vetoes(EVERYWHERE).vetoes(List.of(WATCHING, DOCUMENTS));
  }

  static final List<Rule> ALL =
      List.of(
          site("http.status")
              .fallback()
              .cueWith(
                  0.7,
                  "sites?|websites?|web ?sites?|web|sayt\\w*|сайт\\w*|situs|web sitesi|webseite"
                      + "|sitio|sítio|frontend|front-end|фронтенд\\w*|web ?app|приложени\\w*"
                      + "|ilova|aplikasi|uygulama|url|pages?|страниц\\w*|sahifa\\w*|halaman"
                      + "|sayfa\\w*|seiten?|páginas?|网站|站点|页面|サイト|ページ|사이트|페이지",
                  "up|live|online|accessible|reachable|available|loads?|loading|opens|works"
                      + "|working|responds|answers|ochiladi|ochilyapti|ishlayapti|ishlaydi"
                      + "|доступ\\w*|открыва\\w*|работа\\w*|отвечает|загружа\\w*|dapat diakses"
                      + "|bisa diakses|berjalan|erişilebilir|açılıyor|çalışıyor|erreichbar"
                      + "|verfügbar|accesible|funciona\\w*|acessível|disponível|accessible"
                      + "|fonctionne|可访问|可以访问|正常访问|访问正常|能访问|アクセス可能|접속 가능")
              .cueWith(
                  0.6,
                  "server|сервер|serveri|sunucu|servidor|serveur",
                  "up|online|reachable|accessible|erreichbar|доступен|отвечает|ochiladi"
                      + "|erişilebilir|dapat diakses|accesible|acessível|joignable")
              .cuePattern(
                  0.8,
                  "(?:returns?|answers?|responds?(?: with)?|qaytaradi|qaytarmoqda|возвращает"
                      + "|отвечает|mengembalikan|döndürüyor|döner|liefert|devuelve|retorna"
                      + "|renvoie|返回)\\s*(?:http\\s*|status\\s*|статус\\s*|kod\\s*)?200"
                      + "|200\\s*(?:ok|qaytaradi|qaytarmoqda|döndürüyor|döner|返回)"
                      + "|(?:http|status|статус)\\s*(?:code\\s*)?200")
              .veto(
                  "admin\\w*|админ\\w*|errors?|ошибк\\w*|xato\\w*|hata\\w*|错误|エラー|404|500"
                      + "|401|403|502|503|login|вход\\w*|auth\\w*|sites-available"
                      + "|sites-enabled|bot\\w*|бот\\w*|buyrug\\w*|commands?|команд\\w*|not|не"
                      + "|emas|tidak|değil|nicht|não|无法|不可|\\.env\\w*|\\.git")
              .vetoPattern("(?<![\\p{L}\\p{N}])/(?:etc|var|usr|opt|srv)/")
              .vetoPattern(DURATION)
              .detail("path", Thresholds::path)
              .build(),
          site("http.https-redirect")
              .cuePattern(
                  0.9,
                  Fold.START
                      + "http"
                      + Fold.END
                      + "\\s*(?:→|->|=>|⇒|to|на|dan|ke|zu|a|para|vers|en)\\s*https"
                      + Fold.END)
              .cue(
                  0.9,
                  "secure_ssl_redirect|force_?https|forcehttps|ssl_?redirect|https_?redirect"
                      + "|https[- ]only|always_use_https|require_?https|requirehttps")
              .cueWith(0.85, REDIRECT, "https(?!:/)")
              .cueWith(0.85, ENFORCED, "https(?!:/)")
              .cueWithin(0.7, REDIRECT, "https|ssl")
              .veto("www|non-www|trailing|slash|old (?:urls?|links?)|legacy")
              .support(SECURITY)
              .build(),
          site("http.hsts")
              .cue(0.9, "hsts|strict[-_ ]transport[-_ ]security")
              .cue(0.45, SECURITY_HEADERS)
              .support(SECURITY)
              .essential("min-max-age", Thresholds::hstsMaxAge)
              .detail("include-subdomains", Thresholds::includeSubdomains)
              .detail("preload", Thresholds::preload)
              .build(),
          site("http.csp")
              .cue(0.9, "csp|content[-_ ]security[-_ ]policy|contentsecuritypolicy")
              .cue(0.35, SECURITY_HEADERS)
              .veto("changes?|изменени\\w*|o'zgarish\\w*|değişiklik\\w*")
              .support(SECURITY)
              .build(),
          site("http.frame-options")
              .cue(
                  0.9, "x[-_ ]?frame[-_ ]?options|clickjacking|frame[-_ ]ancestors|кликджекинг\\w*")
              .cue(0.5, SECURITY_HEADERS)
              .support(SECURITY)
              .build(),
          site("http.content-type-options")
              .cue(0.9, "x[-_ ]?content[-_ ]?type[-_ ]?options|nosniff")
              .cue(0.5, SECURITY_HEADERS)
              .support(SECURITY)
              .build(),
          site("http.referrer-policy")
              .cue(0.9, "referr?er[-_ ]?policy")
              .cue(0.4, SECURITY_HEADERS)
              .support(SECURITY)
              .build(),
          site("http.cookies")
              .cue(
                  0.85,
                  "(?:session|csrf|auth)_cookie_(?:secure|httponly|samesite)"
                      + "|cookie_(?:secure|httponly|samesite)")
              .cueWith(
                  0.85,
                  "cookies?|куки|cookie'lar|cookie'ler",
                  "secure|httponly|http-only|samesite|same-site|flags?|bayroq\\w*|флаг\\w*"
                      + "|atribut\\w*|attributes?|öznitelik\\w*")
              .veto(
                  "polic\\w*|политик\\w*|siyosat\\w*|kebijakan|politika\\w*|política|politique"
                      + "|richtlinie|consent|согласи\\w*|banner|баннер|gdpr")
              .vetoPattern("=\\s*(?:false|0)\\b")
              .support(SECURITY)
              .build(),
          site("http.cors")
              .cue(0.75, "cors|cors_\\w*|access-control-allow-origin|cross-origin resource sharing")
              .support(SECURITY)
              .build(),
          site("http.sri")
              .cue(0.9, "sri|subresource[- ]integrity|integrity (?:attribute|hash)\\w*")
              .build(),
          site("http.corp")
              .cue(0.9, "cross[-_ ]origin[-_ ]resource[-_ ]policy")
              .cueWith(0.8, "corp", "headers?|заголов\\w*")
              .build(),
          site("http.server-banner")
              .cue(
                  0.85,
                  "server_tokens|servertokens|expose_php|x-powered-by|powered[- ]by header"
                      + "|server (?:version|banner|header|signature|tokens)|верси\\w* сервера"
                      + "|заголов\\w* server|server versiyasi|sunucu (?:versiyon|sürüm)\\w*"
                      + "|versi server|server-header")
              .veto(
                  "updat\\w*|upgrad\\w*|обнов\\w*|yangila\\w*|güncelle\\w*|perbarui"
                      + "|aktualisier\\w*|actualiz\\w*|atualiz\\w*")
              .support(SECURITY)
              .build(),
          site("http.compression")
              .cue(0.85, "gzip|brotli|zstd|deflate")
              .cue(
                  0.7,
                  "compression|compress\\w*|сжати\\w*|siqish|kompresi|kompressiya"
                      + "|sıkıştırma\\w*|komprimier\\w*|kompression|compresi[óo]n|compressão"
                      + "|压缩|圧縮|압축")
              .veto(
                  "images?|img|rasm\\w*|изображен\\w*|картин\\w*|фото\\w*|gambar|görsel\\w*"
                      + "|resim\\w*|bild\\w*|imagen\\w*|imagem\\w*|imágenes|photos?|videos?"
                      + "|backups?|бэкап\\w*|резерв\\w*|logs?|логи|archive\\w*|архив\\w*|zip"
                      + "|upload\\w*|图片|画像|이미지")
              .build(),
          site("http.cache-static")
              .cueWith(
                  0.75,
                  "cach\\w*|кэш\\w*|кеш\\w*|kesh\\w*|önbellek\\w*|tembolok",
                  "static|statik|статик\\w*|статическ\\w*|assets?|ассет\\w*|js|css|fonts?"
                      + "|шрифт\\w*|aset|静的|静态")
              .cue(
                  0.75,
                  "cache[-_ ]control|cache headers?|caching headers?|browser caching"
                      + "|immutable (?:cache|caching|assets)|expires headers?|long[- ]term caching"
                      + "|заголовк\\w* кэширования|önbellek başlık\\w*|kesh sarlavha\\w*"
                      + "|header cache")
              .veto(
                  "redis|memcache\\w*|query|queries|запрос\\w*|sorgu\\w*|api|cache hits?|hit rate"
                      + "|invalidat\\w*|инвалидац\\w*|ttl|cache keys?|middleware|service worker"
                      + "|pwa|offline")
              .build(),
          site("tls.certificate")
              .cueWith(0.85, CERT, TLS)
              .cue(0.8, "let's ?encrypt|letsencrypt|cert-manager")
              .cueWithin(0.75, CERT, TLS)
              .cueUnless(
                  0.7, "https(?!:/)", REDIRECT + "|" + ENFORCED + "|hsts|strict-transport|http")
              .cueWith(0.65, "ssl|tls", ON)
              .cue(0.6, "ssl ?labs|ssllabs|ssl test")
              .veto(
                  "client certificates?|mtls|mutual tls|self-signed|самоподпис\\w*|csr"
                      + "|private key|caa|"
                      + RENEWAL)
              .support(SECURITY)
              .build(),
          site("tls.expiry")
              .cueWithin(0.85, EXPIRY, TLS + "|" + CERT)
              .cueWith(0.7, CERT, VALID)
              .cueWithin(0.5, RENEWAL, TLS + "|" + CERT)
              .veto("client certificates?|mtls|self-signed|самоподпис\\w*")
              .support(SECURITY)
              .essential("min-days", Thresholds::minDays)
              .build(),
          site("tls.protocols")
              .cue(
                  0.85,
                  "tls ?v?1\\.[0-3]\\+?|tlsv1(?:\\.[0-3])?|sslv[23]|ssl ?v?[23](?:\\.0)?"
                      + "|tls (?:versions?|versiya\\w*|sürüm\\w*)|(?:versions?|версия|версии) tls"
                      + "|protocols? tls|tls protocols?|ssl protocols?|ssl_protocols")
              .cueWith(0.7, SSL_LABS, GRADE_A)
              .cue(0.5, SSL_LABS)
              .support(SECURITY)
              .build(),
          site("tls.ciphers")
              .cue(
                  0.8, "cipher ?suites?|ciphersuites?|ssl_ciphers|набор\\w* шифров|şifre paketleri")
              .cueWith(
                  0.8,
                  "ciphers?|шифры|шифров|shifrlar\\w*|chiffrements?|cifrados?",
                  "strong|weak|secure|modern|safe|insecure|güçlü|zayıf|сильн\\w*|надежн\\w*"
                      + "|слаб\\w*|kuchli|zaif|kuat|lemah|starke?n?|schwache?n?|fuerte\\w*"
                      + "|débil\\w*|forte\\w*|fraco\\w*|fort\\w*|faible\\w*")
              .cueWithin(0.7, "ciphers?", TLS)
              .cueWith(0.65, SSL_LABS, GRADE_A)
              .cue(0.45, SSL_LABS)
              .veto("encrypt\\w*|rescue|at rest|шифровани\\w*|password\\w*|пароль\\w*|parol\\w*")
              .support(SECURITY)
              .build(),
          site("tls.key")
              .cueWithin(
                  0.7,
                  "(?:rsa|ecdsa|ecc)[- ]?(?:key)?[- ]?\\(?(?:2048|3072|4096|256|384)"
                      + "|key (?:size|length)|размер\\w* ключа|длин\\w* ключа|kalit uzunligi"
                      + "|anahtar uzunluğu|schlüssellänge",
                  TLS + "|" + CERT)
              .veto("api keys?|jwt|ssh|secrets?|signing|encryption keys?|gpg|pgp")
              .build(),
          site("dns.resolves")
              .cueCased(
                  0.8,
                  "(?<![\\p{L}\\p{N}])(?:A|AAAA)[- ]?(?:[Rr]ecords?|RECORDS?|запис\\w*|yozuv\\w*"
                      + "|kayd\\w*|レコード|记录|레코드)")
              .cuePattern(0.8, "dns\\s+(?:a|aaaa)\\s*(?:records?|запис\\w*|yozuv\\w*|kayd\\w*)")
              .cueWith(
                  0.8,
                  "domains?|domain'?\\w*|домен\\w*|domen\\w*|alan ad\\w*|dominio\\w*|domínio\\w*"
                      + "|域名|ドメイン|도메인|dns",
                  "points?|pointing|pointed|указыва\\w*|направлен\\w*|yo'naltiril\\w*|mengarah"
                      + "|yönlendiril\\w*|zeigt|apunta\\w*|aponta\\w*|pointé|指向|解析到|向け")
              .cueWith(
                  0.75,
                  "dns",
                  "propagat\\w*|propagatsiya\\w*|распростран\\w*|resolv\\w*|resolution"
                      + "|yayıl\\w*|propagé|propagado|解析|解決|configur\\w*|sozlangan"
                      + "|настроен\\w*|dikonfigurasi|disiapkan|yapılandırıld\\w*|konfiguriert"
                      + "|records?|записи|kayıt\\w*|kayd\\w*|validat\\w*|проверен\\w*"
                      + "|tekshiril\\w*|正常")
              .cueWith(
                  0.65,
                  "custom domain|пользовательский домен|кастомн\\w* домен|özel alan adı"
                      + "|domain kustom|eigene domain|dominio personalizado|domínio personalizado"
                      + "|domaine personnalisé|自定义域名|カスタムドメイン|커스텀 도메인",
                  ON + "|sozlangan|disiapkan|ayarlandı|ready|настроен\\w*|" + CONNECTED)
              .cuePatternWith(
                  0.65,
                  "^\\W*(?:(?:configure|set up|setup|connect|настроить|подключить)\\s+"
                      + "(?:the\\s+|custom\\s+)?)?(?:domains?|домен\\w*|domen\\w*|alan ad\\w*"
                      + "|dominio|domínio|domaine|域名|ドメイン|도메인)(?![\\p{L}\\p{N}])",
                  ON + "|" + CONNECTED + "|yapılandırıld\\w*|ayarlandı|disiapkan")
              .veto(
                  "ttl|cache|mx|spf|dkim|dmarc|txt|dnssec|url\\w*|allowed_hosts|autoris\\w*"
                      + "|allowed|purchas\\w*|bought|buy|sotib"
                      + "|купл\\w*|registered|регистрац\\w*|зарегистр\\w*|satın|beli|comprad\\w*"
                      + "|gekauft|internal|внутренн\\w*|hosted zone|www|subdomains?|discovery"
                      + "|consul|service mesh")
              .build(),
          site("dns.caa").cue(0.9, "caa").build(),
          site("perf.latency")
              .cue(0.8, LATENCY)
              .cue(0.65, PAGE_LOAD)
              .cueWith(0.75, HOME_PAGE, DURATION)
              .cueWith(0.75, "api|endpoints?|эндпоинт\\w*", DURATION)
              .vetoIf(Thresholds::statesFloor)
              .vetoIf(Rules::averageOnly)
              .veto(
                  "lcp|fcp|fid|cls|tti|inp|lighthouse|core web vitals|quer(?:y|ies)|sorgu\\w*"
                      + "|login|dashboard|search|checkout|upload\\w*|download\\w*|export|import"
                      + "|reports?|build|deploy\\w*|startup|cold start|boot|timeouts?|тайм-?аут\\w*"
                      + "|rate limit\\w*|throttl\\w*|ttl|expir\\w*|retr(?:y|ies)|interval|cron"
                      + "|every|каждые|har|queue|job\\w*|worker\\w*|batch|commit|matching")
              .support(
                  "performance|perf|производительност\\w*|unumdorlik|tezlik|performa|performans")
              .essential("max-p95-ms", Thresholds::maxMillis, 0.3)
              .essential("path", Thresholds::latencyPath)
              .build(),
          Rule.check("api.health")
              .vetoes(EVERYWHERE)
              .vetoes(List.of(DOCUMENTS, OTHER_SERVICES, APPS))
              .veto(MONITORING)
              .cuePattern(0.85, HEALTH_PATH)
              .cue(
                  0.8,
                  "health[- ]?check\\w* (?:endpoint|url|route|api|эндпоинт\\w*)"
                      + "|health (?:endpoint|route|url|api)|api health|healthcheck endpoint"
                      + "|health status endpoint|эндпоинт\\w* (?:health|здоровья)"
                      + "|ヘルスチェックエンドポイント|健康检查(?:接口|端点)|헬스 ?체크 (?:엔드포인트|api)")
              .cue(0.5, "health[- ]?checks?|healthchecks?|health status|ヘルスチェック|健康检查|헬스 ?체크")
              .vetoNear(
                  "docker\\w*|containers?|контейнер\\w*|compose|kubernetes|k8s|pods?|radius"
                      + "|liveness|readiness|workers?|воркер\\w*")
              .detail("path", Thresholds::path)
              .build(),
          Rule.check("api.openapi")
              .vetoes(EVERYWHERE)
              .vetoes(List.of(OTHER_SERVICES, APPS))
              .cueUnless(
                  0.85,
                  OPENAPI,
                  "specs?|specification\\w*|reference|спецификац\\w*|spetsifikatsiya")
              .cue(0.55, OPENAPI)
              .veto(
                  "disabled?|off|hidden|removed?|not public|closed|restricted|protected"
                      + "|o'chiril\\w*|yopiq|отключ\\w*|выключ\\w*|скрыт\\w*|закрыт\\w*|убра\\w*"
                      + "|devre dışı|kapat\\w*|dinonaktifkan|nonaktif|deaktiviert|entfernt"
                      + "|desactivad\\w*|deshabilitad\\w*|desativad\\w*|désactivé|禁用|关闭|無効"
                      + "|비활성화|dev only|only in dev\\w*|files?|файл\\w*|fayl\\w*|directory"
                      + "|repo\\w*|root|ya?ml")
              .build(),
          site("api.error-format")
              .cuePattern(
                  0.7,
                  "(?:json|consistent|standard\\w*|unified|uniform|structured|единообразн\\w*"
                      + "|единый|стандартн\\w*|bir xil|tutarlı|konsisten)\\s+(?:error|errors"
                      + "|ошибк\\w*|xato\\w*|hata\\w*)\\s*(?:formats?|responses?|messages?|bodies"
                      + "|javob\\w*|ответ\\w*|формат\\w*|yanıt\\w*)|error (?:format|envelope|schema"
                      + "|response format)|формат\\w* ошибок|problem\\+json|rfc ?7807|rfc ?9457")
              .build(),
          exposure("exposure.dotenv")
              .cuePatternWith(0.85, DOTENV, NOT_SERVED)
              .cueWith(0.6, "dotfiles?|dot[- ]files?", NOT_SERVED)
              .veto(
                  "gitignore|git|commit\\w*|repo\\w*|example|sample|template|скопир\\w*|copy"
                      + "|copied|nusxa\\w*|yarat\\w*|create\\w*|созда\\w*|backup\\w*|docker\\w*"
                      + "|secrets? manager|vault")
              .build(),
          exposure("exposure.git")
              .cuePatternWith(0.85, GIT_DIR, NOT_SERVED)
              .cueWith(0.6, "dotfiles?|dot[- ]files?", NOT_SERVED)
              .veto("commit\\w*|push\\w*|private|приватн\\w*|gitignore|clone|deploy keys?")
              .build(),
          exposure("exposure.debug")
              .cuePattern(
                  0.85,
                  "(?<![\\p{L}\\p{N}])(?:[a-z]+_)?debug\\s*(?:=|:|to|на)?\\s*(?:false|0|off)"
                      + "(?![\\p{L}\\p{N}])")
              .cue(
                  0.85,
                  "debug(?: mode| rejim\\w*| режим\\w*| modu| modus| modo)? (?:is )?(?:off|disabled"
                      + "|o'chirilgan|o'chiq|ўчирилган|отключ\\w*|выключ\\w*|dinonaktifkan|nonaktif"
                      + "|kapalı|kapatıldı|devre dışı|deaktiviert|aus|ausgeschaltet|desactivad\\w*"
                      + "|deshabilitad\\w*|desativad\\w*|désactivé|关闭|已关闭|禁用|無効|비활성화)")
              .cue(
                  0.85,
                  "(?:disable\\w*|turn(?:ed)? off|switch(?:ed)? off|отключ\\w*|выключ\\w*"
                      + "|o'chir\\w*|nonaktifkan|matikan|kapat\\w*|deaktivier\\w*|desactiv\\w*"
                      + "|deshabilit\\w*|desativ\\w*|désactiv\\w*)(?: the)? (?:debug|debugging"
                      + "|режим\\w* отладки|отладк\\w*|debug rejim\\w*|debug mode"
                      + "|hata ayıklama\\w*)")
              .cue(
                  0.85,
                  "режим\\w* отладки (?:отключ\\w*|выключ\\w*)|отладк\\w* (?:отключ\\w*|выключ\\w*)"
                      + "|hata ayıklama (?:modu )?(?:kapalı|kapatıldı|devre dışı)"
                      + "|mode debug (?:dimatikan|nonaktif)|调试模式(?:已)?(?:关闭|禁用)|关闭调试"
                      + "|デバッグモード(?:が|を)?(?:無効|オフ)")
              .cuePattern(0.8, "display_errors\\s*(?:=\\s*)?(?:off|0|false)")
              .cueWith(
                  0.75,
                  "stack ?traces?|stacktraces?|traceback\\w*|трассировк\\w*|стектрейс\\w*"
                      + "|yığın izi",
                  "not|no|never|hidden|hide|don't|doesn't|without|leak\\w*|expos\\w*|не|без"
                      + "|скрыт\\w*|yo'q|ko'rsatilmaydi|tidak|gösterilm\\w*|nicht|keine?|sin|sem"
                      + "|ne|pas|不")
              .veto(
                  "console\\w*|logs?|logging|логи\\w*|логирован\\w*|print\\w*|statements?|code"
                      + "|kod\\w*|код\\w*|código|level\\w*|уровень|daraja\\w*|debugger|breakpoints?"
                      + "|toolbar|true")
              .build(),
          exposure("exposure.admin")
              .cueWith(0.8, ADMIN_PLACE, RESTRICTED)
              .cueWith(0.55, "admin\\w*|админ\\w*|administrat\\w*|관리자", RESTRICTED)
              .cue(0.75, "phpinfo\\w*")
              .veto(
                  "password\\w*|пароль\\w*|parol\\w*|şifre\\w*|senha\\w*|contraseña\\w*"
                      + "|kata sandi|passwort|e-?mail\\w*|permissions?|roles?|rbac|права"
                      + "|ruxsat\\w*|users?|пользовател\\w*|seed\\w*|create\\w*|созда\\w*"
                      + "|accounts?|аккаунт\\w*|учетн\\w*|credentials?|2fa|mfa|kontrol\\w*"
                      + "|middleware|api")
              .build(),
          site("seo.robots")
              .cue(0.9, "robots\\.txt\\w*|robots txt")
              .veto(
                  "disallow\\w*|noindex|block\\w* (?:all|index\\w*|crawl\\w*|search)"
                      + "|запрет\\w* индекс\\w*|закрыт\\w* от индекс\\w*")
              .build(),
          site("seo.sitemap")
              .cue(
                  0.9,
                  "sitemap\\w*|site ?map|карт\\w* сайта|sayt xaritasi|peta situs|site haritası"
                      + "|plan du site|mapa del sitio|mapa do site|站点地图|网站地图|サイトマップ|사이트맵")
              .build(),
          site("seo.meta")
              .cue(
                  0.8,
                  "meta[- ]?(?:tags?|tagi|teglar\\w*|tegi|теги|тег\\w*|etiket\\w*"
                      + "|descriptions?|titles?)|title tags?|<title>|seo (?:meta|tags|теги)|мета[- ]?тег\\w*"
                      + "|мета-?описани\\w*|метатег\\w*|meta etiketleri|tag meta|メタタグ"
                      + "|메타 ?태그|元标签|meta标签")
              .cueWith(
                  0.75,
                  "titles?|заголов\\w*|sarlavha\\w*|judul|başlık\\w*|títulos?|titres?|titel"
                      + "|标题|タイトル|제목",
                  "descriptions?|описани\\w*|tavsif\\w*|deskripsi|açıklama\\w*|descripci\\w*"
                      + "|descriç\\w*|beschreibung\\w*|描述|説明|설명")
              .cueWithin(0.7, "metadata|meta data|метаданн\\w*", "seo|сео")
              .veto(
                  "email|notifications?|push|app ?store|play ?store|pull requests?|pr|commit\\w*"
                      + "|issues?|tickets?|jira|products?|товар\\w*|mahsulot\\w*")
              .support("seo|сео")
              .build(),
          site("seo.open-graph")
              .cue(
                  0.9,
                  "open ?graph|og[: -](?:tags?|images?|titles?|descriptions?|meta)|og tags?|ogp")
              .cue(
                  0.5,
                  "twitter ?cards?|social (?:share|sharing) (?:previews?|tags|cards|images?)"
                      + "|link previews?")
              .support("seo|сео|social|sosyal")
              .build());
}
