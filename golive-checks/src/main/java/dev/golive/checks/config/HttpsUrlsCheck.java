package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The public URLs the app is configured with use HTTPS. */
@CheckInfo(
    id = "config.https-urls",
    needs = TargetKind.ENV,
    title = "Configured public URLs use HTTPS",
    severity = Priority.MEDIUM,
    description =
        "Reads every URL the environment gives in a variable whose name ends in _URL, _URI,"
            + " _ORIGIN, _ORIGINS, _ENDPOINT or _WEBHOOK (APP_URL, NEXTAUTH_URL, FRONTEND_URL,"
            + " WEBHOOK_URL, CSRF_TRUSTED_ORIGINS, CORS_ALLOWED_ORIGINS ...; lists split at commas"
            + " and spaces) and, with a repository, the same in a Django settings module. Fails"
            + " when one uses http:// or ws:// for a public host, and lists them all. Hosts of this"
            + " machine or a private network (localhost, 127.0.0.1, 10.x, 192.168.x, .local,"
            + " .internal, one-label names of compose services) and other schemes (postgres://,"
            + " redis://, amqp://, smtp:// ...) are left alone. Evidence shows each URL's origin"
            + " only, never its user, password, path or query. Skipped when there is no such URL.")
public record HttpsUrlsCheck(
    @Param(description = "Variables to leave out", defaultValue = "", example = "LEGACY_API_URL")
        List<String> ignore)
    implements Check<HttpsUrlsCheck.Evidence> {

  private static final Set<String> WEB = Set.of("http", "https", "ws", "wss");

  /**
   * One web URL a setting holds.
   *
   * @param name the variable or setting
   * @param where the file and line, or the process environment
   * @param origin scheme, host and port, with {@code /…} when a path or query follows
   * @param scheme {@code http}, {@code https}, {@code ws} or {@code wss}
   * @param host the host
   * @param internal whether the host is this machine or a private network
   */
  public record Url(
      String name, String where, String origin, String scheme, String host, boolean internal) {}

  /**
   * The web URLs found.
   *
   * @param source where the values were read
   * @param urls every web URL found
   * @param unresolved settings that refer to an unset variable, by name
   */
  public record Evidence(ConfigSource source, List<Url> urls, List<String> unresolved) {
    public Evidence {
      urls = List.copyOf(urls);
      unresolved = List.copyOf(unresolved);
    }
  }

  public HttpsUrlsCheck {
    ignore =
        ignore.stream()
            .map(n -> n.strip().toUpperCase(Locale.ROOT))
            .filter(n -> !n.isEmpty())
            .toList();
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return evidence(ConfigView.of(probe));
  }

  Evidence evidence(ConfigView view) {
    List<Url> urls = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (Setting s : view.settings()) {
      if (s.names().stream().noneMatch(Names::holdsUrls)
          || s.names().stream().anyMatch(ignore::contains)) {
        continue;
      }
      if (!s.unresolved().isEmpty()) {
        unresolved.add(s.name() + " (" + s.where() + ")");
      }
      for (String element : s.elements()) {
        Url u = url(s, element);
        if (u != null) {
          urls.add(u);
        }
      }
    }
    return new Evidence(view.describe(), urls, unresolved);
  }

  /** The web URL {@code text} is, shown without credentials, path or query; else null. */
  static Url url(Setting s, String text) {
    int sep = text.indexOf("://");
    if (sep <= 0) {
      return null;
    }
    String scheme = text.substring(0, sep).toLowerCase(Locale.ROOT);
    if (!WEB.contains(scheme)) {
      return null;
    }
    int start = sep + 3;
    int end = start;
    while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String authority = text.substring(start, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    String host = authority;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      host = close > 0 ? host.substring(0, close + 1) : host;
    } else if (host.contains(":")) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (host.isEmpty()) {
      return null;
    }
    boolean more = end < text.length() && !text.substring(end).equals("/");
    String origin = scheme + "://" + authority + (more ? "/…" : "");
    return new Url(
        s.name(),
        s.where(),
        origin,
        scheme,
        host.toLowerCase(Locale.ROOT),
        Values.isInternalHost(host));
  }

  @Override
  public Judgement evaluate(Evidence e) {
    List<Url> offenders =
        e.urls().stream()
            .filter(u -> !u.internal() && (u.scheme().equals("http") || u.scheme().equals("ws")))
            .toList();
    if (!offenders.isEmpty()) {
      List<String> shown =
          offenders.stream()
              .map(u -> u.name() + "=" + u.origin() + " (" + u.where() + ")")
              .toList();
      return Judgement.fail(
          String.join(", ", shown)
              + (offenders.size() == 1 ? " is" : " are")
              + " plain HTTP for a public host");
    }
    long secure =
        e.urls().stream()
            .filter(u -> u.scheme().equals("https") || u.scheme().equals("wss"))
            .count();
    if (secure == 0) {
      if (!e.unresolved().isEmpty()) {
        return Judgement.error(
            String.join(", ", e.unresolved())
                + " refer to unset variables, so golive cannot read"
                + " their URLs");
      }
      return Judgement.skipped(
          e.source().env()
              + " holds no public web URL (*_URL, *_ORIGIN, CSRF_TRUSTED_ORIGINS ...)");
    }
    long local = e.urls().size() - secure;
    return Judgement.pass(
        secure
            + " public URL"
            + (secure == 1 ? " uses" : "s use")
            + " HTTPS"
            + (local > 0 ? "; " + local + " local or private left alone" : ""));
  }
}
