package dev.golive.checks.repo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The documents {@code repo.docs} knows, each with the names it goes by (English first, then
 * Russian, Uzbek, Indonesian, Turkish, German, Spanish and French where teams use them): a file
 * whose name, before its extension, is one of them (or starts or ends with one beside a '-'), or a
 * file in a folder so named.
 */
@SuppressWarnings("ImmutableEnumChecker") // names is a List.of, which cannot change
enum DocKind {
  README(false, "readme", "liesmich", "leeme", "lisezmoi"),
  DEPLOYMENT(
      false,
      "deploy",
      "deployment",
      "deploying",
      "deployments",
      "hosting",
      "release-process",
      "развертывание",
      "развёртывание",
      "деплой",
      "joylashtirish",
      "penerapan",
      "dağıtım",
      "despliegue",
      "bereitstellung",
      "deploiement",
      "déploiement"),
  RUNBOOK(
      false,
      "runbook",
      "runbooks",
      "playbook",
      "playbooks",
      "operations",
      "oncall",
      "on-call",
      "incident-response",
      "incidents",
      "регламент",
      "эксплуатация",
      "ранбук"),
  PRIVACY(
      true,
      "privacy",
      "privacy-policy",
      "privacypolicy",
      "gdpr",
      "datenschutz",
      "конфиденциальность",
      "политика-конфиденциальности",
      "politika-konfidentsialnosti",
      "maxfiylik",
      "maxfiylik-siyosati",
      "kebijakan-privasi",
      "privasi",
      "gizlilik",
      "gizlilik-politikasi",
      "privacidad",
      "confidentialite"),
  TERMS(
      true,
      "terms",
      "terms-of-service",
      "terms-of-use",
      "terms-and-conditions",
      "tos",
      "eula",
      "agb",
      "oferta",
      "оферта",
      "условия",
      "пользовательское-соглашение",
      "foydalanish-shartlari",
      "shartlar",
      "syarat-dan-ketentuan",
      "ketentuan",
      "kullanim-kosullari",
      "kullanım-koşulları",
      "terminos",
      "cgu"),
  CHANGELOG(
      false, "changelog", "changes", "history", "news", "releases", "release-notes", "изменения"),
  LICENSE(false, "license", "licence", "copying", "unlicense", "лицензия"),
  SECURITY(
      false, "security", "security-policy", "безопасность", "xavfsizlik", "keamanan", "güvenlik");

  /** Extensions of written documents; "" for files without one (LICENSE, COPYING). */
  private static final Set<String> DOCUMENTS =
      Set.of(
          "",
          "md",
          "markdown",
          "mdx",
          "rst",
          "txt",
          "adoc",
          "asciidoc",
          "org",
          "html",
          "htm",
          "pdf");

  /** Extensions of a site's pages, where privacy policies and terms usually live. */
  private static final Set<String> PAGES =
      Set.of(
          "tsx", "jsx", "ts", "js", "vue", "svelte", "astro", "php", "erb", "hbs", "njk", "twig",
          "jinja", "j2", "liquid", "pug", "ejs", "cshtml", "razor", "haml", "slim");

  private final boolean pages;
  private final List<String> names;

  DocKind(boolean pages, String... names) {
    this.pages = pages;
    this.names = List.of(names);
  }

  /** The kind as written in the {@code require} parameter. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static DocKind ofKey(String key) {
    for (DocKind k : values()) {
      if (k.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return null;
  }

  /** Whether the file at {@code path} ('/'-separated) is a document of this kind. */
  boolean matches(String path) {
    String[] parts = path.toLowerCase(Locale.ROOT).split("/", -1);
    String file = parts[parts.length - 1];
    int dot = file.indexOf('.');
    String base = normalize(dot < 0 ? file : file.substring(0, dot));
    String ext = dot < 0 ? "" : file.substring(file.lastIndexOf('.') + 1);
    boolean document = DOCUMENTS.contains(ext);
    if (!document && !(pages && PAGES.contains(ext))) {
      return false;
    }
    if (this == README) {
      // the project's README: at the top, or in docs/ or .github/
      return parts.length <= 2
          && (parts.length == 1 || parts[0].equals("docs") || parts[0].equals(".github"))
          && names.contains(base);
    }
    if (named(base)) {
      return true;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (names.contains(normalize(parts[i]))) {
        return true;
      }
    }
    return false;
  }

  private boolean named(String base) {
    for (String n : names) {
      if (base.equals(n) || base.startsWith(n + "-") || base.endsWith("-" + n)) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String s) {
    return s.replace('_', '-').replace(' ', '-');
  }
}
