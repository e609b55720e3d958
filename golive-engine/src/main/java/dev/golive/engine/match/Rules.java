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
 *
 * <p>Rows about what is behind the site (the database and its backups, Redis, the repository, the
 * environment, the compose files) follow the same tiers: a setting's or a file's own name ({@code
 * sslmode=require}, {@code .gitignore}, {@code restart: always}) 0.9, a plain description
 * ("migrations applied", "daily backups") 0.85, words that need their heading ("memory limits"
 * under Docker, "SSL enabled" under Database) 0.75 to 0.8. They are not vetoed by other services'
 * names, which are their subject, but by their neighbours: a backup taken once, or of uploads; a
 * restore after a crash; indexes on named columns; Kubernetes, PM2 and MySQL. Where an item claims
 * less than a check judges by default, the parameter that narrows the check is essential ({@code
 * primary-keys=false} for "indexes created"), so that the check's default cannot contradict a claim
 * the item did not make.
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

  static final String TESTS =
      "unit[- ]?tests?|e2e|integration tests?|test (?:suite|file|case|cases|scenarios?)"
          + "|pytest|cypress|playwright|vitest|mocks?";

  static final String PLANS =
      "consider\\w*|evaluate|research\\w*|investigate|plan|planned|roadmap|todo|рассмотреть"
          + "|изучить|спланир\\w*|rejalashtir\\w*";

  static final String PLANS_AND_TESTS = TESTS + "|" + PLANS;

  /** Places that are not production, loopback aside (a datastore may rightly listen there). */
  static final String STAGING_AND_DEV =
      "staging|local (?:dev\\w*|environment|setup|machine)"
          + "|dev (?:server|environment|env)|development (?:environment|server)|стейджинг\\w*"
          + "|тестов\\w* (?:сервер\\w*|окружени\\w*|стенд\\w*|сред\\w*)|test environment"
          + "|test ortam\\w*|testumgebung|ambiente de (?:teste|pruebas)|локальн\\w*|mahalliy"
          + "|lokal\\w*|yerel|测试环境|テスト環境"
          + "|本地|ステージング|스테이징";

  static final String ELSEWHERE = "localhost|127\\.0\\.0\\.1|" + STAGING_AND_DEV;

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

  /** A dotenv file: {@code .env}, {@code .env.local}, or {@code /.env} as the site's path. */
  static final String DOTENV = "(?<![\\p{L}\\p{N}_/-])/?\\.env(?:\\.[a-z]+)?(?![\\p{L}\\p{N}])";

  static final String GIT_DIR = "(?<![\\p{L}\\p{N}_-])/?\\.git(?![\\p{L}\\p{N}_-])/?";

  static final String HEDGE =
      "if (?:applicable|needed|any|required|possible|used)|optional|opsional|ixtiyoriy|jika"
          + "|agar kerak|если (?:есть|нужно|применимо)|gerekirse|varsa|falls|si aplica"
          + "|se aplicável|如果|如有";

  /** A debug switch written as set off: {@code DEBUG=False}, {@code APP_DEBUG=false}. */
  static final String DEBUG_SET_OFF =
      "(?<![\\p{L}\\p{N}])(?:[a-z]+_)?debug\\s*(?:=|:|to|на)?\\s*(?:false|0|off)(?![\\p{L}\\p{N}])";

  /** Debug mode said to be off, in words. */
  static final String DEBUG_OFF =
      "debug(?: mode| rejim\\w*| режим\\w*| modu| modus| modo)? (?:is )?(?:off|disabled"
          + "|o'chirilgan|o'chiq|ўчирилган|отключ\\w*|выключ\\w*|dinonaktifkan|nonaktif"
          + "|kapalı|kapatıldı|devre dışı|deaktiviert|aus|ausgeschaltet|desactivad\\w*"
          + "|deshabilitad\\w*|desativad\\w*|désactivé|关闭|已关闭|禁用|無効|비활성화)"
          + "|(?:disable\\w*|turn(?:ed)? off|switch(?:ed)? off|отключ\\w*|выключ\\w*"
          + "|o'chir\\w*|nonaktifkan|matikan|kapat\\w*|deaktivier\\w*|desactiv\\w*"
          + "|deshabilit\\w*|desativ\\w*|désactiv\\w*)(?: the)? (?:debug|debugging"
          + "|режим\\w* отладки|отладк\\w*|debug rejim\\w*|debug mode"
          + "|hata ayıklama\\w*)"
          + "|режим\\w* отладки (?:отключ\\w*|выключ\\w*)|отладк\\w* (?:отключ\\w*|выключ\\w*)"
          + "|hata ayıklama (?:modu )?(?:kapalı|kapatıldı|devre dışı)"
          + "|mode debug (?:dimatikan|nonaktif)|调试模式(?:已)?(?:关闭|禁用)|关闭调试"
          + "|デバッグモード(?:が|を)?(?:無効|オフ)|debug-modus (?:deaktiviert|aus)|디버그 ?모드 ?(?:비활성화|끔|꺼짐)";

  /** Debugging that is not the app's debug mode: log levels, console calls, debuggers. */
  static final String DEBUG_ELSEWHERE =
      "console\\w*|logs?|logging|логи\\w*|логирован\\w*|print\\w*|statements?|code"
          + "|kod\\w*|код\\w*|código|level\\w*|уровень|daraja\\w*|debugger|breakpoints?"
          + "|toolbar|true";

  // ---- words of the deep checks: what is behind the site ----

  static final String DATABASE =
      "databases?|database'\\w*|db|dbs|postgres\\w*|psql|pg|sqlite\\w*|supabase"
          + "|баз\\w* данных|бд|ma'lumotlar bazasi|маълумотлар базаси|veritaban\\w*|basis data"
          + "|datenbank\\w*|bases? de datos|banco de dados|base de données|数据库|資料庫|數據庫"
          + "|データベース|데이터베이스|ma'lumotlar bazas\\w*|маълумотлар базас\\w*";

  /** Datastores and services the db checks do not open (they read PostgreSQL and SQLite). */
  static final String NOT_OUR_DATABASE =
      "mysql|mariadb|mongo\\w*|firebase|firestore|dynamo\\w*|opensearch|elasticsearch|elastic"
          + "|clickhouse|cassandra|redis|memcache\\w*|mssql|sql server|oracle|radius|vpn|ldap"
          + "|kafka|rabbitmq";

  static final String REDIS = "redis\\w*|valkey|elasticache|upstash";

  /** Something that runs, or was set up to run. */
  static final String SET_UP =
      "enabled|active|activated|works?|working|configured|set ?up|installed|in place|ready"
          + "|automated|scheduled|running|runs|done|включ\\w*|настро\\w*|работа\\w*|активн\\w*"
          + "|установлен\\w*|запущен\\w*|готов\\w*|yoqilgan|sozlangan|o'rnatilgan|ishlayapti"
          + "|ishlaydi|ishlamoqda|faol|tayyor|aktif|diaktifkan|terpasang|berjalan|siap"
          + "|dikonfigurasi|diatur|etkin\\w*|kuruldu|yapılandırıld\\w*|ayarlandı|çalışıyor"
          + "|hazır|aktiv\\w*|konfiguriert|eingerichtet|läuft|funktioniert|bereit|habilitad\\w*"
          + "|activad\\w*|configurad\\w*|funciona\\w*|ativ\\w*|activ\\w*|configur\\w*|instal\\w*"
          + "|fonctionne\\w*|en place|有效|启用|已启用|已配置|正常|有効|設定済み|稼働|활성화|설정"
          + "|구성|ёқилган|созланган|ўрнатилган|ишлаяпти|ишлайди|ишламоқда|фаол|тайёр";

  /** Made, added or present. */
  static final String PRESENT =
      "created|added|exists?|present|in place|mavjud|qo'shilgan|yaratilgan|созда\\w*"
          + "|добавлен\\w*|есть|имеются|oluşturul\\w*|eklendi|dibuat|ditambahkan|tersedia"
          + "|angelegt|erstellt|vorhanden|hinzugefügt|cread\\w*|añadid\\w*|criad\\w*"
          + "|adicionad\\w*|créé\\w*|ajouté\\w*|作成|設定|已创建|已添加|完成|完了|생성|추가|완료|мавжуд|қўшилган|яратилган";

  static final String AUTOMATIC =
      "automat\\w*|auto|автоматическ\\w*|avtomatik|автоматик|otomatik|automatisch\\w*"
          + "|automátic\\w*|automatique\\w*|自动|自動|자동";

  static final String REGULAR =
      "regular\\w*|scheduled|schedule|cron\\w*|crontab|регулярн\\w*|по расписанию|расписани\\w*"
          + "|muntazam|doimiy|düzenli|zamanlanmış|terjadwal|rutin|regelmäßig\\w*|geplant"
          + "|periódic\\w*|régulier\\w*|planifié\\w*|定期|정기|мунтазам|доимий";

  static final String DAILY =
      "daily|every day|nightly|each night|ежедневн\\w*|каждый день|ежесуточн\\w*|каждую ночь"
          + "|kunlik|har kuni|кунлик|günlük|her gün|harian|setiap hari|täglich\\w*"
          + "|nächtlich\\w*|diari\\w*|diári\\w*|todos los días|quotidien\\w*|chaque jour|每日"
          + "|每天|毎日|日次|毎晩|매일|일일|ҳар куни|every night|каждую ночь|har tun|her gece|setiap malam|jede nacht|cada noche|toda noite|chaque nuit|每晚|매일 밤";

  static final String BACKUP_PERIOD =
      DAILY
          + "|hourly|every hour|every \\d+ ?h(?:ours?)?|weekly|monthly|ежечасн\\w*|еженедельн\\w*"
          + "|ежемесячн\\w*|haftalik|haftalık|aylık|mingguan|bulanan|stündlich\\w*"
          + "|wöchentlich\\w*|monatlich\\w*|semanal\\w*|mensal\\w*|mensual\\w*|hebdomadaire\\w*"
          + "|mensuel\\w*|每小时|每周|每月|毎時|毎週|毎月|매주|매월";

  static final String BACKUP =
      "backups?|back-?ups?|backup'\\w*|бэкап\\w*|бекап\\w*|резервн\\w* копи\\w*"
          + "|резервное копирование|резервировани\\w*|zaxira\\w*|захира\\w*|yedek\\w*"
          + "|cadangan|pencadangan|sicherung\\w*|datensicherung\\w*|respaldo\\w*"
          + "|copias? de seguridad|cópias? de segurança|sauvegarde\\w*|备份|備份|バックアップ"
          + "|백업|pg_dump|pg_dumpall";

  static final String RESTORE =
      "restor\\w*|восстановлени\\w*|восстанавлива\\w*|восстановить|tiklash\\w*|tiklan\\w*"
          + "|qayta tiklash|geri yükle\\w*|wiederherstell\\w*|restaur\\w*|復元|リストア|복원|тиклаш\\w*|тиклан\\w*";

  /** Recovery, which may be from a backup or from a crash. */
  static final String RECOVERY =
      "recover\\w*|kurtarma|pemulihan|memulihkan|dipulihkan|récupér\\w*|recuperaç\\w*"
          + "|recuperaci\\w*|恢复|복구";

  static final String TESTED =
      "test\\w*|verif\\w*|validat\\w*|checked|проверен\\w*|проверк\\w*|проверить|проверя\\w*"
          + "|протестирован\\w*|тест\\w*|tekshiril\\w*|sinovdan|sinab|ko'rilgan|edildi|doğrula\\w*"
          + "|diuji|teruji|dicoba|getestet|geprüft|überprüft|probad\\w*|testad\\w*|vérifié\\w*"
          + "|testé\\w*|验证|测试|検証|テスト|확인|테스트|drills?|текширил\\w*|синовдан";

  /** Checked, as backups are when someone makes sure they are usable. */
  static final String VERIFIED = "verif\\w*|проверк\\w*|проверя\\w*|tekshir\\w*|doğrula\\w*";

  /** It went well. */
  static final String WORKS =
      "works?|working|работа\\w*|ishlaydi|ishlayapti|çalışıyor|funktioniert|fonctionne\\w*"
          + "|funciona\\w*|успешн\\w*|erfolgreich|successful\\w*|berhasil|başarılı|成功|성공";

  /** What a backup of the database is not: other things backed up, and the policies around. */
  static final String NOT_A_DATABASE_BACKUP =
      "uploads?|media|storage|source code|code|kod|код|código|images?|config files?|terraform\\w*"
          + "|tfstate|secrets?|\\.env\\w*|volumes?|frontend|фронтенд\\w*|servers?|сервер\\w*"
          + "|serveri|sunucu\\w*|servidor\\w*|serveur\\w*|files?|fayl\\w*|файл\\w*|dosya\\w*"
          + "|dateien|fichiers?|archivos?|arquivos?|ファイル|文件|파일|admin\\w*|hesab\\w*"
          + "|accounts?|аккаунт\\w*|tooling|lambda|opensearch|elasticsearch|versioning"
          + "|versionad\\w*|glacier|lifecycle|replication|репликац\\w*|pitr|point-in-time"
          + "|disaster|dr|rollback|откат\\w*|ロールバック|回滚|롤백|スナップショット";

  /** Plans, strategies and procedures: what a document says, not what the backups are. */
  static final String POLICY =
      "strateg\\w*|стратеги\\w*|strategiya\\w*|stratej\\w*|estrategia|estratégia|stratégie"
          + "|strategie|策略|戦略|전략|plans?|планы?|plan\\w*|rencana|polic\\w*|политик\\w*"
          + "|siyosat\\w*|politika\\w*|kebijakan|richtlinie\\w*|política|politique|procedure\\w*"
          + "|процедур\\w*|prosedür\\w*|prosedur|verfahren|procedimiento\\w*|procédure\\w*|手順"
          + "|절차|location|путь|joy|konum|lokasi|speicherort|ubicación|localização"
          + "|emplacement|位置|場所|위치";

  static final String RETENTION =
      "retention|retain\\w*|kept|keep|хранени\\w*|хранить|храним\\w*|saqla\\w*|saklama\\w*"
          + "|tutul\\w*|penyimpanan|aufbewahr\\w*|retenci\\w*|retenção|conservation|conserv\\w*"
          + "|保留|保持期間|保存期間|보존|\\d+ ?(?:days?|дн\\w*|kun|gün|hari|tage|días|dias|jours)";

  /** A backup taken once, before a change: an event, not the state of the backups. */
  static final String ONE_OFF =
      "before|перед|oldin|öncesi|önce|sebelum|vor (?:dem|der)|antes|avant|prima|事前|前|전"
          + "|full backup|final backup|полн\\w* бэкап\\w*|сделать|olindi|alındı|取得|创建成功"
          + "|已保存";

  static final String MIGRATIONS =
      "migrations?|migration'\\w*|migrat(?:ed|e)|миграци\\w*|migratsiya\\w*|migratsiyalar\\w*"
          + "|миграциялар\\w*|migrasi|migrazion\\w*|migraci\\w*|migraç\\w*|迁移|遷移|マイグレーション"
          + "|마이그레이션|flyway|liquibase|alembic|migrationen";

  static final String APPLIED =
      "applied|apply|run|ran|runs|executed|up to date|up-to-date|no pending|deployed"
          + "|successful\\w*|succeeded|применен\\w*|применены|применить|выполнен\\w*|запущен\\w*"
          + "|запустить|накатан\\w*|накатить|qo'llanilgan|qo'llan\\w*|bajarilgan|ishga tushiril\\w*"
          + "|dijalankan|diterapkan|uygulandı|uygulan\\w*|çalıştırıld\\w*|çalıştır|angewendet"
          + "|angewandt|ausgeführt|aplicad\\w*|ejecutad\\w*|executad\\w*|appliqué\\w*|exécuté\\w*"
          + "|eseguit\\w*|成功|已执行|已应用|適用済み|実行済み|適用|적용|실행 성공|완료|қўлланилган|қўллан\\w*|бажарилган|ишга туширил\\w*";

  static final String INDEXES =
      "index\\w*|indices|индекс\\w*|indeks\\w*|índices?|インデックス|索引|인덱스|indizes";

  static final String CONNECTIONS =
      "connections?|connectivity|connect|connected|подключени\\w*|подключ\\w*|соединени\\w*"
          + "|ulanish\\w*|ulan\\w*|bağlantı\\w*|bağlan\\w*|koneksi|terhubung|verbindung\\w*"
          + "|verbunden|conexión|conexão|conectad\\w*|connexion|connecté\\w*|连接|連線|接続|연결|datenbankverbindung\\w*|уланиш\\w*|улан\\w*";

  /** A connection that works or was tried. */
  static final String CONNECTS =
      "works?|working|ok|successful\\w*|established|reachable|accepts?|accepted|ishlayapti"
          + "|ishlaydi|работает"
          + "|успешн\\w*|установлен\\w*|çalışıyor\\w*|berhasil|bisa|funktioniert|funciona\\w*"
          + "|fonctionne|正常|成功|확인|테스트|test\\w*|tested|edildi|ишлаяпти|ишлайди";

  static final String POOL =
      "connection pool\\w*|pool\\w*|pool size|pool_size|пул\\w*|ulanish pul\\w*"
          + "|bağlantı havuz\\w*|havuz\\w*|pgbouncer|supavisor|hikari\\w*|连接池|コネクションプール"
          + "|接続プール|커넥션 풀|연결 풀";

  static final String STRONG =
      "strong|kuchli|надежн\\w*|надёжн\\w*|сильн\\w*|стойк\\w*|безопасн\\w*|güçlü|güvenli|kuat"
          + "|aman|stark\\w*|sicher\\w*|fuerte\\w*|segur\\w*|forte\\w*|fort\\w*|robust\\w*"
          + "|random\\w*|случайн\\w*|tasodifiy|rastgele|acak|zufällig\\w*|aleatori\\w*"
          + "|aléatoire\\w*|generat\\w*|сгенерир\\w*|генерир\\w*|generatsiya\\w*|üretil\\w*"
          + "|üretildi|generiert|gerad\\w*|généré\\w*|unique|уникальн\\w*|noyob|benzersiz|unik"
          + "|einzigartig|únic\\w*|changed|изменен\\w*|сменен\\w*|o'zgartiril\\w*|değiştiril\\w*"
          + "|diubah|geändert|cambiad\\w*|alterad\\w*|changé\\w*|long|длинн\\w*|characters?"
          + "|chars?|символ\\w*|belgi\\w*|karakter\\w*|zeichen|caracteres|caractères|bytes?"
          + "|随机|強力|强|ランダム|랜덤|강력|字符|文字|자 이상|以上|кучли|тасодифий|белги\\w*";

  static final String SECRET_KEYS =
      "secret_key\\w*|django_secret_key|secret key\\w*|secret keys|jwt_\\w*secret\\w*"
          + "|jwt secret\\w*|jwt (?:signing )?keys?|[a-z]+_secret|session secret|secret_key_base"
          + "|app_key|encryption_key|signing keys?|секретн\\w* ключ\\w*|maxfiy kalit\\w*"
          + "|gizli anahtar\\w*|kunci rahasia|geheim\\w* schlüssel|clave secreta|chave secreta"
          + "|clés? (?:secrètes?|jwt)|secrets?|секрет\\w*|maxfiy\\w*|rahasia|密钥|シークレット"
          + "|비밀 ?키|시크릿|махфий калит\\w*|махфий\\w*";

  static final String PASSWORDS =
      "passwords?|пароль|пароли|паролей|паролем|пароля|parol\\w*|şifre\\w*|kata sandi"
          + "|passw(?:ö|o)rt\\w*|kennw(?:ö|o)rt\\w*|contraseñas?|senhas?|mots? de passe|密码"
          + "|パスワード|비밀번호|credentials?|парол\\w*";

  /** An environment variable that holds a service's password. */
  static final String PASSWORD_SETTING = "[a-z]+(?:_[a-z]+)*_(?:password|pass|pwd)";

  /** Where service passwords live: the datastores, the environment. */
  static final String SERVICE_PASSWORDS =
      DATABASE
          + "|"
          + REDIS
          + "|mysql|mariadb|mongo\\w*|rabbitmq|smtp|env|\\.env|environment|ortam\\w*"
          + "|окружени\\w*|muhit|lingkungan|umgebung\\w*|entorno|ambiente|environnement|环境変数"
          + "|環境変数|환경 ?변수";

  static final String SECRETS =
      "secrets?|секрет\\w*|credentials?|credenciales|credenciais|identifiants|zugangsdaten"
          + "|креды|учетн\\w* данн\\w*|api[- _]?keys?|api ключ\\w*"
          + "|ключ\\w*|keys|tokens?|токен\\w*|"
          + PASSWORDS
          + "|sensitive|чувствительн\\w*|конфиденциальн\\w*|maxfiy\\w*|hassas|rahasia"
          + "|sensibel|sensible\\w*|sensíve\\w*|anahtar\\w*|kunci|schlüssel|claves?|chaves?"
          + "|clés?|秘密|密钥|シークレット|機密|認証情報|시크릿|민감|махфий\\w*|калит\\w*|geheimnis\\w*|secretos?|segredos?|secrètes?";

  static final String HARDCODED =
      "hard-?coded|hardcod\\w*|хардкод\\w*|захардкож\\w*|in (?:the )?(?:source )?code"
          + "|source code|codebase|в код\\w*|kodda|kod ichida|kodunda|kaynak kod\\w*|di (?:source )?code"
          + "|di kode|dalam kode|im (?:quell)?code|en el código|no código|dans le code|nel codice"
          + "|コード|代码|코드|하드코딩|commit\\w*|коммит\\w*|закоммич\\w*|in git|в git|git'e"
          + "|in the repo\\w*|im repo\\w*|в репозитори\\w*|кодда|код ичида";

  /** Words that say something is absent. */
  static final String NONE =
      "no|not|never|none|without|removed|нет|не|ни|без|удален\\w*|убран\\w*|yo'q|emas"
          + "|olib tashlan\\w*|yok|değil|edilmedi|tidak|tanpa|bukan|dihapus|keine?|kein\\w*"
          + "|nicht|ohne|entfernt|sin|ningún|ninguna|sem|nenhum\\w*|não|pas|aucun\\w*|sans"
          + "|supprimé\\w*|retiré\\w*|không|没有|无|不|なし|ない|없음|없|제거|йўқ|эмас";

  /** A dotenv file anywhere in the repository: {@code .env}, {@code backend/.env.local}. */
  static final String DOTENV_FILE = "(?<![\\p{L}\\p{N}_-])\\.env(?:\\.[a-z]+)?(?![\\p{L}\\p{N}])";

  static final String DOTENV_TEMPLATE =
      "(?<![\\p{L}\\p{N}_/-])\\.env\\.(?:example|sample|template|dist)(?![\\p{L}\\p{N}.])";

  static final String GIT_IGNORE = "\\.?gitignore\\w*|ignored|ignore|игнор\\w*";

  static final String IN_GIT =
      "git|git'e|git'ga|commit\\w*|коммит\\w*|закоммич\\w*|repo\\w*|репозитори\\w*|github"
          + "|version control|di-commit";

  static final String CONTAINERS =
      "docker\\w*|containers?|container\\w*|контейнер\\w*|konteyner\\w*|kontainer\\w*"
          + "|contenedor\\w*|contêiner\\w*|conteneur\\w*|compose|docker-compose\\w*|podman|容器"
          + "|コンテナ|컨테이너";

  /** Orchestrators and process managers that are not the compose files the checks read. */
  static final String NOT_COMPOSE =
      "kubernetes|k8s|pods?|поды|подов|подах|подам|helm|ingress|ecs|eks|railway|vercel|render|heroku|fly\\.io"
          + "|pm2|systemd|supervisor\\w*|nomad|swarm";

  static final String HEALTH_CHECKS =
      "health[- ]?checks?|healthchecks?|проверк\\w* здоровья|хелсчек\\w*|sağlık kontrol\\w*"
          + "|pemeriksaan kesehatan|gesundheitsprüfung\\w*|ヘルスチェック|健康检查|헬스 ?체크";

  static final String DATASTORES =
      DATABASE
          + "|"
          + REDIS
          + "|mysql|mariadb|mongo\\w*|elasticsearch|opensearch|rabbitmq|kafka|memcached"
          + "|clickhouse|cassandra|influxdb";

  static final String MEMORY_LIMITS =
      "mem_limit|deploy\\.resources|resources\\.limits|(?:memory|mem|ram)(?: (?:and|&|va|и|ve)"
          + " cpu| ?/ ?cpu)? limits?|cpu (?:and|&|va|и|ve) (?:memory|ram) limits?|лимит\\w* памяти"
          + "|ограничени\\w* памяти|xotira limit\\w*|bellek limit\\w*|batas memori"
          + "|speicherlimit\\w*|límites? de memoria|limites? de memória|limites? de mémoire"
          + "|内存限制|メモリ制限|메모리 제한|хотира лимит\\w*";

  static final String RESOURCE_LIMITS =
      "resource limits?|resources? limits|лимит\\w* ресурсов|ограничени\\w* ресурсов"
          + "|resurs limit\\w*|kaynak limit\\w*|batas sumber daya|ressourcenlimit\\w*"
          + "|límites de recursos|limites de recursos|limites de ressources|资源限制|リソース制限"
          + "|리소스 제한";

  /** Open only to some, or not at all. */
  static final String CLOSED =
      "closed|закрыт\\w*|yopiq|yopilgan|kapalı|kapatıldı|tertutup|geschlossen|cerrad\\w*"
          + "|fechad\\w*|fermé\\w*|not (?:be )?(?:exposed|published|public\\w*|accessible"
          + "|reachable|open)|unexposed|не (?:доступ\\w*|открыт\\w*|публик\\w*|проброшен\\w*)"
          + "|only|только|faqat|sadece|yalnızca|hanya|nur|solo|apenas|somente|uniquement"
          + "|seulement|のみ|仅|只|internal|внутри|внутренн\\w*|ichki|dahili|intern\\w*|interno"
          + "|interne|内部|private|приватн\\w*|localhost|127\\.0\\.0\\.1|ёпиқ|ёпилган|nicht (?:veröffentlicht|öffentlich|erreichbar)|no (?:publicado|expuesto)|não (?:publicad\\w*|exposto)|non (?:publié|exposé)|未对外开放|不对外|非公開|비공개";

  static final String PRIVACY_POLICY =
      "privacy policy|privacy policies|privacy page|политик\\w* конфиденциальности"
          + "|maxfiylik siyosati|gizlilik politikası|kebijakan privasi|datenschutzerklärung"
          + "|política de privacidad|política de privacidade|politique de confidentialité"
          + "|informativa (?:sulla )?privacy|隐私政策|プライバシーポリシー|개인정보 ?처리방침";

  static final String TERMS =
      "terms of (?:service|use)|terms and conditions|terms & conditions|tos"
          + "|пользовательск\\w* соглашени\\w*|оферт\\w*|условия использования"
          + "|foydalanish shartlari|kullanım koşulları|syarat dan ketentuan|nutzungsbedingungen"
          + "|agb|términos (?:de servicio|y condiciones)|termos de (?:uso|serviço)|cgu|cgv"
          + "|conditions générales|服务条款|利用規約|이용약관";

  private static final Pattern AVERAGE =
      Fold.words(
          "p50|median|медиан\\w*|mediana|o'rtacha|average|avg|средн\\w*|rata-rata|ortalama"
              + "|durchschnitt\\w*|promedio|média|moyenne|平均");
  private static final Pattern P95 = Fold.words("p9[59]");

  /** An average or a median says nothing about the 95th percentile. */
  private static boolean averageOnly(Rule.Subject s) {
    return AVERAGE.matcher(s.text()).find() && !P95.matcher(s.text()).find();
  }

  private static final Pattern LEGAL_PAGES = Fold.words(PRIVACY_POLICY + "|" + TERMS);
  private static final Pattern MOBILE_WORDS = Fold.words(MOBILE);

  /**
   * A mobile app's privacy policy or terms (under a TestFlight or App Store heading) live on a page
   * the store links to, seldom in the repository golive reads.
   */
  private static boolean appStorePolicy(Rule.Subject s) {
    return LEGAL_PAGES.matcher(s.text()).find() && MOBILE_WORDS.matcher(s.path()).find();
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

  /**
   * Vetoes of a row about what is behind the site: plans, tests, staging and development, watching,
   * documents and mobile apps, as for the site, but neither other services (they are the point) nor
   * loopback addresses (where a datastore may rightly listen).
   */
  private static final List<Rule.Veto> BEHIND =
      List.of(
          new Rule.Words(Fold.words(PLANS), false),
          new Rule.Words(Fold.words(TESTS), false),
          new Rule.Words(Fold.words(STAGING_AND_DEV), true),
          WATCHING,
          DOCUMENTS,
          APPS);

  /** A row about the database, its backups, Redis, the repository, settings or containers. */
  private static Rule.Builder deep(String id) {
    return Rule.check(id).vetoes(BEHIND);
  }

  /**
   * A row about files of the repository that are documents themselves: the README, .env.example.
   */
  private static Rule.Builder repoFile(String id) {
    return Rule.check(id)
        .vetoes(
            List.of(
                new Rule.Words(Fold.words(PLANS), false),
                new Rule.Words(Fold.words(TESTS), false),
                new Rule.Words(Fold.words(STAGING_AND_DEV), true),
                WATCHING,
                APPS));
  }

  /** A row about the database golive opens: not about another datastore. */
  private static Rule.Builder database(String id) {
    return deep(id).vetoNear(NOT_OUR_DATABASE);
  }

  /** A row about the compose files: not about Kubernetes or a platform's own settings. */
  private static Rule.Builder compose(String id) {
    return deep(id).vetoNear(NOT_COMPOSE);
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
              .vetoPattern("[a-z0-9]_(?:url|uri|origins?|endpoint)s?(?![\\p{L}\\p{N}])")
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
              .cuePattern(0.85, DEBUG_SET_OFF)
              .cue(0.85, DEBUG_OFF)
              .cuePattern(0.8, "display_errors\\s*(?:=\\s*)?(?:off|0|false)")
              .cueWith(
                  0.75,
                  "stack ?traces?|stacktraces?|traceback\\w*|трассировк\\w*|стектрейс\\w*"
                      + "|yığın izi",
                  "not|no|never|hidden|hide|don't|doesn't|without|leak\\w*|expos\\w*|не|без"
                      + "|скрыт\\w*|yo'q|ko'rsatilmaydi|tidak|gösterilm\\w*|nicht|keine?|sin|sem"
                      + "|ne|pas|不")
              .veto(DEBUG_ELSEWHERE)
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
              .build(),
          database("db.reachable")
              .cueWith(
                  0.85,
                  "postgres\\w*|postgresql|psql|sqlite\\w*",
                  SET_UP
                      + "|"
                      + PRESENT
                      + "|up|online|accepts?|accepting|provisioned|oluşturuldu|prêt\\w*|listo"
                      + "|pronto")
              .cueWithAbout(0.8, CONNECTIONS, CONNECTS, DATABASE)
              .cueWith(
                  0.75,
                  "(?:production|prod|продакшн\\w*|prodakshn|боев\\w*) (?:database|db|бд|базы? данных)"
                      + "|(?:database|db|veritaban\\w*) (?:production|prod)"
                      + "|production veritaban\\w*|本番データベース|生产数据库|프로덕션 (?:db|데이터베이스)",
                  PRESENT + "|" + SET_UP + "|provisioned|oluşturuldu|hazır|sudah dibuat|作成")
              .cuePattern(0.7, "(?:postgres\\w*|postgresql)\\s*\\d+\\s*\\+")
              .veto(
                  "tuning|tune|shared_buffers|work_mem|optimi\\w*|оптимиз\\w*|performance"
                      + "|производительн\\w*|pool\\w*|пул\\w*|timeouts?|таймаут\\w*|metrics"
                      + "|метрик\\w*|errors?|ошибк\\w*|hatalar\\w*|错误|エラー|strings?|dizes\\w*"
                      + "|only|только|faqat|sadece|internal|внутри|private|docker\\w*"
                      + "|ssl|tls|sslmode|backups?|бэкап\\w*|migrat\\w*|миграц\\w*|index\\w*"
                      + "|индекс\\w*|replica\\w*|репликац\\w*|ha|rls|polic\\w*|users?|user'\\w*"
                      + "|пользовател\\w*|roles?|permissions?|права|schema|схем\\w*|seed\\w*|sharding"
                      + "|extension|smoke|"
                      + PASSWORDS)
              .essential("min-version", Thresholds::minVersion)
              .build(),
          database("db.migrations")
              .cueWith(0.85, MIGRATIONS, APPLIED)
              .cue(
                  0.85,
                  "showmigrations|prisma migrate deploy|migrate deploy|manage\\.py migrate"
                      + "|flyway migrate|alembic upgrade head|db:migrate|artisan migrate"
                      + "|drizzle-kit migrate")
              .veto(
                  "test\\w*|тест\\w*|протестирован\\w*|sinov\\w*|getestet|testad\\w*|testé\\w*"
                      + "|测试|検証|テスト|테스트|verif\\w*|验证|проверен\\w*|проверить|created"
                      + "|create|создан\\w*|созда\\w*|yaratilgan|written|yozilgan|oluşturul\\w*"
                      + "|dibuat|erstellt|cread\\w*|criad\\w*|créé\\w*|已创建|作成|rollback|откат\\w*"
                      + "|ロールバック|回滚|롤백|downgrade|scripts?|скрипт\\w*|脚本|スクリプト|plan\\w*"
                      + "|strateg\\w*|стратеги\\w*|checks?|errors?|ошибк\\w*|corrupt\\w*|data migration"
                      + "|images?|изображен\\w*|ready|готов\\w*|separate|отдельн\\w*|avoid|manual\\w*"
                      + "|db push")
              .build(),
          database("db.indexes")
              .cue(
                  0.9,
                  "foreign keys? (?:are |is )?indexed|indexe?s? (?:on|for) (?:all )?foreign keys?"
                      + "|fk index\\w*|индекс\\w* (?:на|для) (?:внешн\\w* ключ\\w*|fk)"
                      + "|внешн\\w* ключ\\w* проиндексирован\\w*|primary keys? on (?:all|every) tables?")
              .cueWithAbout(0.75, INDEXES, PRESENT + "|" + SET_UP, DATABASE)
              .veto(
                  "columns?|колонк\\w*|столб\\w*|kolon\\w*|ustun\\w*|spalte\\w*|columna\\w*"
                      + "|coluna\\w*|colonne\\w*|列|컬럼|frequently|часто|sık|optimi\\w*|оптимиз\\w*"
                      + "|optimallashtir\\w*|review\\w*|html|google|seo|search engines?|noindex"
                      + "|indexing|индексаци\\w*|vector\\w*|algolia|meilisearch|typesense")
              .vetoPattern("\\bon\\s+[a-z_]+\\.[a-z_]+|index\\.\\w+")
              .essential("primary-keys", Thresholds::primaryKeys)
              .build(),
          database("db.slow-query-log")
              .cue(
                  0.9,
                  "slow[- _]quer(?:y|ies)[- _]?log\\w*|slow[- ]log|log_min_duration_statement"
                      + "|pg_stat_statements|auto_explain|лог\\w* медленных запросов"
                      + "|журнал\\w* медленных запросов|медленн\\w* запрос\\w* (?:логиру\\w*|пишутся)"
                      + "|sekin so'rovlar log\\w*|yavaş sorgu (?:log|günlü)\\w*|log kueri lambat"
                      + "|langsame abfragen (?:werden )?protokolliert|registro de consultas lentas"
                      + "|log de (?:consultas|queries) lentas|journal des requêtes lentes"
                      + "|慢查询日志|スロークエリログ|슬로우 ?쿼리 ?로그")
              .cueWith(
                  0.8,
                  "slow quer(?:y|ies)|медленн\\w* запрос\\w*|sekin so'rov\\w*|yavaş sorgu\\w*"
                      + "|kueri lambat|langsame abfragen|consultas lentas|requêtes lentes|慢查询"
                      + "|スロークエリ|슬로우 ?쿼리",
                  "logged|logging|log|logs|логир\\w*|лог\\w*|журнал\\w*|tracked|recorded"
                      + "|measured|log qilin\\w*|loglan\\w*|kaydedil\\w*|dicatat|protokolliert"
                      + "|registrad\\w*|enregistré\\w*|记录|記録|기록")
              .veto(
                  "optimi\\w*|оптимиз\\w*|fix\\w*|исправ\\w*|review\\w*|no slow|n\\+1|alert\\w*"
                      + "|alarm\\w*|алерт\\w*|dashboard\\w*")
              .essential("max-ms", Thresholds::slowQueryMillis)
              .build(),
          database("db.connections")
              .cue(
                  0.85,
                  "max_connections|max connections|connection limits?|connections? limit\\w*"
                      + "|лимит\\w* (?:подключений|соединений)|ulanishlar limiti|bağlantı limiti"
                      + "|batas koneksi|verbindungslimit\\w*|límite de conexiones"
                      + "|limite de conexões|limite de connexions|连接数限制|最大接続数|최대 연결 ?수")
              .cueWithAbout(0.75, POOL, SET_UP + "|" + PRESENT + "|max\\w*|size", DATABASE)
              .veto(
                  "metrics|метрик\\w*|stats|statistic\\w*|timeouts?|таймаут\\w*|threads?"
                      + "|workers?|errors?|ошибк\\w*|warning|uyarı\\w*|"
                      + REDIS)
              .essential("pool-size", Thresholds::poolSize, 0.2)
              .essential("instances", Thresholds::instances)
              .build(),
          database("db.tls")
              .cue(
                  0.9,
                  "sslmode\\s*=?\\s*(?:require|verify-ca|verify-full)|ssl_mode\\s*=?\\s*required"
                      + "|rds\\.force_ssl|require_secure_transport|hostssl")
              .cueWith(
                  0.85,
                  "ssl|tls|ssl/tls|sslmode|encrypted connections?|encryption in transit"
                      + "|шифровани\\w* (?:соединени\\w*|подключени\\w*|трафик\\w*)"
                      + "|şifreli bağlantı\\w*|verschlüsselt\\w* verbindung\\w*|conexión cifrada"
                      + "|conexão criptografada|connexion chiffrée|加密连接|暗号化接続|암호화 연결",
                  DATABASE)
              .cueWithin(0.8, "ssl|tls", DATABASE)
              .veto(
                  "at rest|kms|disk\\w*|диск\\w*|backups?|бэкап\\w*|https(?!:/)|cert-manager"
                      + "|certbot|ingress|let's ?encrypt|nginx|domain\\w*|"
                      + CERT)
              .build(),
          database("db.sqlite-wal")
              .cue(0.9, "journal_mode\\s*=?\\s*wal|pragma journal_mode")
              .cueWithin(
                  0.85,
                  "wal(?: mode)?|write-ahead log\\w*|wal rejim\\w*|режим\\w* wal",
                  "sqlite\\w*")
              .cueWith(
                  0.8,
                  "sqlite\\w*",
                  "integrity\\w*|целостност\\w*|yaxlitlik|bütünlük\\w*"
                      + "|corrupt\\w*|поврежд\\w*|quick_check|integrity_check")
              .veto("archiv\\w*|архив\\w*|wal-g|wal-e|pitr|replica\\w*|postgres\\w*")
              .build(),
          database("db.backup-recent")
              .cueWith(0.85, BACKUP, BACKUP_PERIOD)
              .cueWithUnless(
                  0.8, BACKUP, AUTOMATIC + "|" + REGULAR, RESTORE + "|" + RECOVERY + "|" + VERIFIED)
              .cueWithUnless(
                  0.75,
                  BACKUP,
                  SET_UP
                      + "|recent|fresh|свеж\\w*|актуальн\\w*|yangi|güncel|terbaru|aktuell\\w*"
                      + "|reciente\\w*|recente\\w*|récent\\w*|最新|최신",
                  RESTORE + "|" + RECOVERY + "|" + VERIFIED)
              .veto(NOT_A_DATABASE_BACKUP + "|" + POLICY + "|" + RETENTION + "|" + ONE_OFF)
              .vetoNear(REDIS)
              .essential("max-age", Thresholds::backupMaxAge)
              .build(),
          database("db.backup-restorable")
              .cueWith(0.8, RESTORE, TESTED + "|" + WORKS)
              .cueWith(0.75, RESTORE, BACKUP_PERIOD + "|" + REGULAR)
              .cueWithAbout(0.8, RECOVERY, TESTED + "|" + WORKS, BACKUP + "|" + DATABASE)
              .cueWith(0.75, BACKUP, TESTED + "|restorable|восстанавлива\\w*")
              .cue(0.8, "restore drills?|recovery drills?|restore tests?|recovery tests?")
              .veto(
                  NOT_A_DATABASE_BACKUP
                      + "|strateg\\w*|стратеги\\w*|plans?|план\\w*|documented|документ\\w*"
                      + "|vpn|radius|after (?:a )?crash|после сбоя|process\\w* (?:failure|crash)|"
                      + PASSWORDS)
              .vetoNear(REDIS + "|rollback|откат\\w*|ロールバック|回滚|롤백")
              .build(),
          deep("redis.auth")
              .cue(0.9, "requirepass|redis_password|redis password|redis auth\\w*|redis acl")
              .cueWith(
                  0.85,
                  REDIS,
                  PASSWORDS
                      + "|auth\\w*|аутентификац\\w*|авторизац\\w*|kimlik doğrulama\\w*"
                      + "|autentikasi|authentifizierung|autenticación|autenticação"
                      + "|authentification|认证|認証|인증")
              .cueWithin(
                  0.8,
                  "(?:password|пароль|parol|şifre|kata sandi|passwort|contraseña|senha"
                      + "|mot de passe|密码|パスワード|비밀번호)\\w* (?:auth\\w*|аутентификац\\w*"
                      + "|kimlik doğrulama\\w*|autentikasi|set|установлен|задан|sozlangan"
                      + "|etkinleştirildi|enabled|включен\\w*|gesetzt|configurad\\w*|définie?)"
                      + "|requirepass|auth enabled|аутентификац\\w* включен\\w*",
                  REDIS)
              .veto("rotat\\w*|ротац\\w*|documented|хранит\\w*|stored|vault")
              .build(),
          deep("redis.persistence")
              .cue(
                  0.9,
                  "appendonly|appendfsync|redis persistence|redis persist\\w*|redis aof|redis rdb")
              .cueWith(
                  0.85,
                  REDIS,
                  "persist\\w*|персистент\\w*|персистентност\\w*|сохранени\\w* на диск|aof|rdb"
                      + "|kalıcılık|kalıcı|persistensi|persistenz|persistencia|persistência"
                      + "|persistance|持久化|永続化|영속성")
              .cueWithin(
                  0.8,
                  "persist\\w*|персистент\\w*|persistensi|persistenz|persistencia|persistência"
                      + "|persistance|kalıcılık|持久化|永続化|영속성|aof|rdb",
                  REDIS)
              .cueWithin(0.7, BACKUP, REDIS)
              .veto(
                  "pv|pvc|emptydir|volumes?|persistentvolume\\w*|kubernetes|k8s|postgres\\w*"
                      + "|sessions?|сесси\\w*|cache hit\\w*|eviction|monitor\\w*")
              .essential("require", Thresholds::redisPersistence)
              .build(),
          deep("redis.exposure")
              .cueWithin(0.9, "protected[- ]mode", REDIS)
              .cueWith(
                  0.85,
                  REDIS,
                  "not (?:be )?(?:exposed|public\\w*|accessible from (?:the )?(?:internet|outside)"
                      + "|reachable from (?:the )?(?:internet|outside))|internal only|private network"
                      + "|localhost only|bind|bound|listens? on|не доступ\\w* (?:извне|из интернета)"
                      + "|недоступ\\w* (?:извне|из интернета)|только (?:внутри|локально|изнутри)"
                      + "|faqat ichki|dışarıya kapalı|internete kapalı|tidak terekspos"
                      + "|nicht öffentlich|no expuesto|não exposto|non exposé|内网|外部からアクセスできない"
                      + "|외부 접근 차단")
              .veto("ports?|порт\\w*|compose|docker\\w*|containers?|контейнер\\w*")
              .build(),
          deep("repo.env-ignored")
              .cuePatternWith(0.9, DOTENV_FILE, GIT_IGNORE)
              .cuePatternWith(0.85, DOTENV_FILE, IN_GIT)
              .veto(
                  "backup\\w*|saqla\\w*|stored?|хран\\w*|сохран\\w*|lưu|copy|copied|скопир\\w*"
                      + "|nusxa\\w*|create\\w*|созда\\w*|yarat\\w*|exists?|существ\\w*|存在"
                      + "|example|sample|template|dist|placeholder\\w*|remov\\w*|delet\\w*"
                      + "|удал\\w*|secrets? manager|vault")
              .vetoPattern(DOTENV_TEMPLATE)
              .build(),
          deep("repo.secrets")
              .cue(
                  0.85,
                  "gitleaks|trufflehog|git-secrets|detect-secrets|secret scann\\w*"
                      + "|secrets? scan\\w*|сканирован\\w* секрет\\w*")
              .cueWithAbout(0.85, SECRETS, HARDCODED, NONE)
              .veto(
                  "rotat\\w*|ротац\\w*|ротирован\\w*|manager|менеджер\\w*|vault|logs?|логах"
                      + "|frontend|client|bundle|browser|service role|next_public|\\.env\\w*"
                      + "|files?|файл\\w*|fayl\\w*|dosya\\w*|strings?|jsx|copy|i18n")
              .essential("history", Thresholds::secretsHistory)
              .build(),
          repoFile("repo.env-example")
              .cuePatternWith(
                  0.85,
                  DOTENV_TEMPLATE,
                  PRESENT
                      + "|updated|up-to-date|обновлен\\w*|актуальн\\w*|yangilangan|güncellendi"
                      + "|diperbarui|sudah update|aktualisiert|actualizad\\w*|atualizad\\w*"
                      + "|mis à jour|更新|업데이트|complete|all|every|each|все|всех|каждую|barcha"
                      + "|har bir|tüm|her|semua|alle|todas?|todos|toutes?|所有|すべて|모든|documented|документир\\w*|文書化|문서화")
              .veto("placeholder\\w*|копир\\w*|скопир\\w*|copy|copied|nusxa\\w*|复制|コピー")
              .build(),
          repoFile("repo.docs")
              .cueUnless(0.8, "readme(?:\\.md)?", "section|badge|sections?|раздел\\w*")
              .cue(0.8, "changelog(?:\\.md)?|security\\.md|security\\.txt|deploy(?:ment)?\\.md")
              .cueCased(0.75, "(?<![\\p{L}\\p{N}])LICEN[SC]E(?:\\.md|\\.txt)?(?![\\p{L}\\p{N}])")
              .cueWith(
                  0.7,
                  PRIVACY_POLICY + "|" + TERMS,
                  PRESENT
                      + "|"
                      + SET_UP
                      + "|page|страниц\\w*|sahifa|sayfa\\w*|halaman|seite|página|publié\\w*|published"
                      + "|опубликован\\w*|yayınlandı|diterbitkan|veröffentlicht|publicad\\w*")
              .cueWith(0.55, "runbooks?|run books?|ранбук\\w*", PRESENT + "|" + SET_UP)
              .vetoPattern(
                  "readme[-_]\\w+|\\b(?:in|to|into|в|di|im|en|no|dans) (?:the |le |o )?readme")
              .veto(
                  "read|прочитан\\w*|o'qi\\w*|okundu|đã đọc|reviewed|approved|signed|violat\\w*"
                      + "|compliance|manifest|url|app store|cookie\\w*|check in|lgpd|gdpr"
                      + "|release\\.ya?ml|workflows?|changesets|bump|github pages|host\\w* on")
              .vetoIf(Rules::appStorePolicy)
              .essential("require", Thresholds::documents)
              .build(),
          Rule.check("repo.ci")
              .vetoes(
                  List.of(
                      new Rule.Words(Fold.words(PLANS), false),
                      new Rule.Words(Fold.words(STAGING_AND_DEV), true),
                      WATCHING,
                      DOCUMENTS,
                      APPS))
              .cueCasedWith(
                  0.85,
                  "(?<![A-Za-z0-9])CI(?:/CD)?(?![A-Za-z0-9])",
                  "test\\w*|тест\\w*|tes|pengujian|sinov\\w*|pruebas?|testes|essais|测试|テスト"
                      + "|테스트|pytest|jest|vitest|phpunit|rspec")
              .cueWith(
                  0.85,
                  "github actions|gitlab[- ]ci|circleci|jenkins\\w*|travis\\w*|buildkite"
                      + "|azure pipelines|bitbucket pipelines|continuous integration"
                      + "|непрерывн\\w* интеграци\\w*|\\.github/workflows\\w*",
                  "tests?|testing|тест\\w*|sinov\\w*|pruebas?|testes|essais|测试|テスト|테스트")
              .cueWithUnless(
                  0.8,
                  "github actions|gitlab[- ]ci|circleci|jenkins\\w*|travis\\w*|buildkite"
                      + "|azure pipelines|bitbucket pipelines|continuous integration"
                      + "|непрерывн\\w* интеграци\\w*|\\.github/workflows\\w*|ci\\.ya?ml",
                  SET_UP + "|setup|live|" + PRESENT,
                  "deploy\\w*|déploiement|деплой\\w*|развертыв\\w*|trigger\\w*|press\\w*|manual\\w*"
                      + "|secrets?|approv\\w*")
              .cueCasedWith(
                  0.75,
                  "(?<![A-Za-z0-9])CI(?:/CD)?(?![A-Za-z0-9])",
                  SET_UP + "|setup|live|" + PRESENT)
              .cueWithin(
                  0.75,
                  "automated tests?|automatic tests?|tests? automati\\w*|автоматическ\\w* тест\\w*"
                      + "|avtomatik test\\w*|otomatik test\\w*|tes otomatis|automatisierte tests"
                      + "|pruebas automáticas|testes automáticos|自动化测试|自動テスト|자동 테스트"
                      + "|test workflow|workflow de test",
                  "ci|ci/cd|cicd|github actions|gitlab ci|pipeline\\w*")
              .veto(
                  "manual\\w*|not automated|вручн\\w*|when|если|secrets?|секрет\\w*|scann\\w*"
                      + "|сканир\\w*|deploy\\w*|déploiement|деплой\\w*|развертыв\\w*|rollback"
                      + "|lint\\w*|линт\\w*|trigger\\w*|images?|образ\\w*|migrat\\w*|миграц\\w*"
                      + "|gitleaks|trufflehog|audit\\w*|dependabot|renovate|sonar\\w*")
              .build(),
          deep("repo.lockfile")
              .cue(
                  0.85,
                  "lock ?files?|lockfiles?|lock-файл\\w*|package-lock\\.json|yarn\\.lock"
                      + "|pnpm-lock\\.yaml|poetry\\.lock|pipfile\\.lock|composer\\.lock|gemfile\\.lock"
                      + "|cargo\\.lock|go\\.sum|uv\\.lock|bun\\.lockb?|locked versions"
                      + "|locked dependenc\\w*|pinned dependenc\\w*|dependencies (?:are )?(?:pinned|locked)"
                      + "|зафиксированн\\w* верси\\w* зависимост\\w*")
              .veto("delet\\w*|remov\\w*|удал\\w*|regenerat\\w*|conflict\\w*")
              .build(),
          compose("repo.dockerfile")
              .cueWith(
                  0.75,
                  "dockerfiles?|containerfile",
                  "non-?root|user|root|best practices|hardened|secure\\w*|pinned|healthcheck"
                      + "|безопасн\\w*|xavfsiz|güvenli")
              .cueWithin(
                  0.7,
                  "non-?root(?: users?)?|runs? as (?:a )?non-?root|not (?:as |run as )?root"
                      + "|не (?:от|под) root|root emas|root olmayan|bukan root|kein root|no root"
                      + "|sem root|pas en root|非root|非ルート",
                  CONTAINERS)
              .veto(
                  "rootless|optimi\\w*|оптимиз\\w*|tested|протестирован\\w*|multi-?stage|size"
                      + "|размер|ssh|login|server|сервер\\w*|securitycontext|runasnonroot|for each"
                      + "|для backend|для web|har bir")
              .essential("require-healthcheck", Thresholds::dockerfileHealthcheck)
              .essential("require-digest", Thresholds::requireDigest)
              .build(),
          deep("config.debug-off")
              .cuePattern(0.9, DEBUG_SET_OFF)
              .cuePattern(
                  0.9,
                  "(?<![\\p{L}\\p{N}])(?:node_env|app_env|rails_env|rack_env|flask_env|mix_env"
                      + "|django_env|aspnetcore_environment|environment)\\s*(?:=|:|to|на)?\\s*"
                      + "['\"]?(?:production|prod)(?![\\p{L}\\p{N}])"
                      + "|spring\\.profiles\\.active\\s*=\\s*prod\\w*")
              .cue(0.85, DEBUG_OFF)
              .veto(DEBUG_ELSEWHERE)
              .build(),
          deep("config.secret-strength")
              .cueWith(0.85, SECRET_KEYS, STRONG)
              .cueWith(0.8, SECRET_KEYS, "change_me|changeme|placeholder\\w*|default|дефолт\\w*")
              .veto(
                  "rotat\\w*|ротац\\w*|ротирован\\w*|manager|менеджер\\w*|vault|logs?|stored"
                      + "|хран\\w*|saklan\\w*|documented|webhook\\w*|stripe\\w*|sk_live\\w*|live"
                      + "|test keys?|api[_ ]?keys?|exposure|exposed|expos\\w*|hardcod\\w*"
                      + "|commit\\w*|github|ci|signature|verification|role")
              .essential("min-length", Thresholds::minLength)
              .build(),
          deep("config.password-strength")
              .cueWith(0.85, PASSWORD_SETTING, STRONG)
              .cueWithAbout(0.8, PASSWORDS, STRONG, SERVICE_PASSWORDS)
              .veto(
                  "default|по умолчанию|дефолт\\w*|varsayılan|admin\\w*|админ\\w*|grafana|hash\\w*"
                      + "|bcrypt|argon\\w*|reset|сброс\\w*|sıfırla\\w*|polic\\w*|политик\\w*"
                      + "|politika\\w*|ssh|manager|менеджер\\w*|vault|documented|stored|хран\\w*"
                      + "|saklan\\w*|login|users?|пользовател\\w*|kullanıcı\\w*|n8n|hardcod\\w*"
                      + "|commit\\w*|flower")
              .essential("min-length", Thresholds::minLength)
              .build(),
          deep("config.allowed-hosts")
              .cue(0.9, "allowed_hosts|django_allowed_hosts|trusted_hosts|allowed hosts")
              .build(),
          deep("config.cors-origins")
              .cue(
                  0.85,
                  "cors_\\w+|allowed_origins|allow_origins|cors origins?|cors allowed origins"
                      + "|cors_origin_whitelist|corsheaders")
              .cueWith(
                  0.75,
                  "cors",
                  "only|specific|конкретн\\w*|только|faqat|sadece|yalnızca|hanya|nur|solo"
                      + "|solamente|apenas|somente|uniquement|seulement|のみ|仅|只|allowed"
                      + "|whitelist\\w*|allowlist\\w*|domains?|домен\\w*|domen\\w*|origins?|wildcard"
                      + "|\\*|production domains?|本番ドメイン")
              .veto("test\\w*|testar|validation|preflight|проверить")
              .build(),
          deep("config.https-urls")
              .cueCased(
                  0.85, "[A-Z][A-Z_]*_(?:URL|URI|ORIGINS?|ENDPOINT|WEBHOOK)S?\\s*[=:]\\s*https://")
              .cueWith(0.85, "[a-z][a-z_]*_(?:url|uri|origins?|endpoint|webhook)s?", "https(?!:/)")
              .cueWithAbout(
                  0.75,
                  "urls?|ссылк\\w*|havola\\w*",
                  "https(?!:/)",
                  "env\\w*|environment|\\.env\\w*|settings|окружени\\w*|переменн\\w*|ortam\\w*"
                      + "|muhit|lingkungan|umgebung\\w*|entorno|ambiente|environnement|环境变量"
                      + "|環境変数|환경 ?변수")
              .veto(
                  "redirect\\w*|редирект\\w*|hsts|certificates?|сертификат\\w*|ssl|sitemap"
                      + "|canonical|og|links?")
              .build(),
          compose("container.healthcheck")
              .cue(0.85, "healthcheck:|docker healthcheck\\w*|compose healthcheck\\w*")
              .cueWith(0.85, CONTAINERS, HEALTH_CHECKS)
              .cueWithin(0.75, HEALTH_CHECKS, CONTAINERS)
              .veto(
                  "endpoint\\w*|эндпоинт\\w*|/health\\w*|api|routes?|url|radius|liveness"
                      + "|readiness|probes?|worker|воркер\\w*")
              .build(),
          compose("container.restart-policy")
              .cue(
                  0.9,
                  "restart[_ -]?polic\\w*|restart: ?(?:always|unless-stopped|on-failure)"
                      + "|restart=(?:always|unless-stopped|on-failure)|unless-stopped")
              .cueWithin(
                  0.75,
                  "auto-?restart\\w*|restart: always|restart otomatis|автоматическ\\w* перезапуск\\w*"
                      + "|перезапуска\\w* автоматически|avtomatik qayta ishga tush\\w*"
                      + "|автоматик қайта ишга туш\\w*|otomatik (?:olarak )?yeniden başlat\\w*"
                      + "|automatischer neustart|starte\\w* automatisch neu|reinicio automático"
                      + "|reinício automático"
                      + "|redémarrage automatique|自动重启|自動再起動|자동 재시작",
                  CONTAINERS)
              .veto(
                  "graceful|survives|переживает|after restart|после перезапуска|know|biết"
                      + "|how to|как")
              .build(),
          compose("container.resources")
              .cueWith(0.85, MEMORY_LIMITS + "|" + RESOURCE_LIMITS, CONTAINERS)
              .cueWithin(0.8, MEMORY_LIMITS, CONTAINERS)
              .veto("requests")
              .essential("require-cpus", Thresholds::requireCpus)
              .build(),
          compose("container.image-pinned")
              .cue(
                  0.85,
                  "no :?latest(?: tags?)?|not :?latest|never :?latest|без :?latest|latest emas"
                      + "|pinned (?:docker )?(?:images?|base images?|image versions?|image tags?)"
                      + "|images? (?:are )?pinned|image tags? pinned|pin(?:ned)? (?:docker )?images?"
                      + "|фиксированн\\w* (?:верси\\w*|тег\\w*) образ\\w*|sabitlenmiş imaj\\w*"
                      + "|image digests?|@sha256")
              .cueWith(
                  0.7,
                  "(?:docker )?images?|образ\\w*|imaj\\w*|imagens?|imágenes",
                  "versioned|versionad\\w*|версионирован\\w*|версионировани\\w*|tags? v\\d\\S*"
                      + "|теги v\\S+|tagged|explicit (?:versions?|tags?)")
              .veto(
                  "scan\\w*|сканир\\w*|vulnerab\\w*|уязвим\\w*|trivy|snyk|size|размер|optimi\\w*"
                      + "|webp|jpe?g|png|svg|alt|lazy|cdn|build\\w*|сборк\\w*|docker tag|push|ecr"
                      + "|gcr|acr|registry|реестр\\w*|backups?")
              .essential("require-digest", Thresholds::requireDigest)
              .build(),
          compose("container.port-exposure")
              .cueWithAbout(
                  0.85,
                  DATASTORES,
                  CLOSED,
                  "ports?|порт\\w*|port'lar\\w*|portlar\\w*|portu|porti|puertos?|portas?|端口"
                      + "|ポート|포트|docker\\w*|compose|containers?|контейнер\\w*")
              .cueWithAbout(
                  0.7,
                  DATASTORES,
                  CLOSED,
                  "network|сет\\w*|tarmoq\\w*|ağ\\w*|jaringan|netzwerk\\w*|red|rede|réseau|网络"
                      + "|ネットワーク|네트워크")
              .veto(
                  "users?|user'\\w*|permission\\w*|права|ruxsat\\w*|yetki\\w*|rls|row level|ssl"
                      + "|tls|backups?|бэкап\\w*|sessions?|cache|кэш\\w*|only one service"
                      + "|одним сервисом|shared|"
                      + PASSWORDS)
              .build(),
          compose("container.secrets-inline")
              .cueWithAbout(
                  0.85,
                  SECRETS,
                  NONE + "|hard-?coded|hardcod\\w*|inline|plain ?text|открытом виде|env_file",
                  "compose|docker-compose\\w*|compose files?")
              .veto("rotat\\w*|ротац\\w*")
              .build());
}
