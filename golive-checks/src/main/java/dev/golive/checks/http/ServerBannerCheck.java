package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Responses do not tell attackers which software versions to look up. */
@CheckInfo(
    id = "http.server-banner",
    needs = TargetKind.WEB,
    title = "Server and X-Powered-By reveal no version numbers",
    severity = Priority.LOW,
    description =
        "Reads Server, X-Powered-By, X-AspNet-Version, X-AspNetMvc-Version and X-Generator on the"
            + " page and on the answer to a path that does not exist, and the footer of that"
            + " not-found page (where default error pages print 'nginx/1.18.0' or 'Apache/2.4.41"
            + " Server at ...'). Fails when any of them carries a version number (1.2, /2); a"
            + " product name alone (nginx, cloudflare) passes. Not an MDN HTTP Observatory test.")
public record ServerBannerCheck() implements Check<ServerBannerCheck.Banners> {

  static final String MISSING_PATH = "/golive-probe-no-such-page";

  private static final String[] HEADERS = {
    "server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version", "x-generator"
  };

  /** "1.25.3", "v2.4", "/2": a version, not "dcb/7F84" (a cache node) or "HTTP" alone. */
  private static final Pattern VERSION =
      Pattern.compile("(?<![\\w.])v?\\d+(?:\\.\\d+)+\\b|/\\d+(?![\\w.])");

  /** A server's own signature in the footer of its default error page. */
  private static final Pattern FOOTER =
      Pattern.compile(
          "(?i)\\b(nginx|openresty|apache(?: tomcat)?|microsoft-iis|lighttpd|litespeed|jetty"
              + "|caddy|gunicorn|werkzeug|express|php|iis)[/ :]+v?\\d+(?:\\.\\d+)+[\\w.-]*");

  /**
   * What the site said about itself.
   *
   * @param answers the page and the not-found page
   */
  public record Banners(List<Seen> answers) {
    public Banners {
      answers = List.copyOf(answers);
    }
  }

  /**
   * One answer.
   *
   * @param url what was requested
   * @param status its status
   * @param headers the banner headers sent (lower case), each with all its values
   * @param footer a server signature with a version found in the body, or {@code null}
   */
  public record Seen(String url, int status, ResponseEvidence headers, String footer) {}

  @Override
  public Banners collect(Probe probe) throws IOException, InterruptedException {
    HttpResult page = Site.pageResponse(probe);
    List<Seen> seen = new ArrayList<>();
    seen.add(seen(page));
    URI missing = page.url().resolve(MISSING_PATH);
    try {
      seen.add(seen(probe.fetch(missing)));
    } catch (IOException e) {
      // the page's own answer is evidence enough; a not-found page that fails adds nothing
    }
    return new Banners(seen);
  }

  private static Seen seen(HttpResult r) {
    String footer = null;
    if (r.status() >= 400) {
      Matcher m = FOOTER.matcher(r.text());
      if (m.find()) {
        footer = m.group();
      }
    }
    return new Seen(r.url().toString(), r.status(), ResponseEvidence.of(r, HEADERS), footer);
  }

  @Override
  public Judgement evaluate(Banners b) {
    List<String> leaks = new ArrayList<>();
    for (Seen s : b.answers()) {
      for (String name : HEADERS) {
        for (String value : s.headers().values(name)) {
          if (VERSION.matcher(value).find()) {
            String leak = canonical(name) + ": " + value;
            if (!leaks.contains(leak)) {
              leaks.add(leak);
            }
          }
        }
      }
      if (s.footer() != null) {
        leaks.add("'" + s.footer() + "' in the body of " + s.url());
      }
    }
    String where = b.answers().isEmpty() ? "the site" : b.answers().getFirst().url();
    if (leaks.isEmpty()) {
      return Judgement.pass(where + " names no software versions in its headers");
    }
    return Judgement.fail(where + " reveals software versions: " + String.join("; ", leaks));
  }

  private static String canonical(String name) {
    return switch (name) {
      case "server" -> "Server";
      case "x-powered-by" -> "X-Powered-By";
      case "x-aspnet-version" -> "X-AspNet-Version";
      case "x-aspnetmvc-version" -> "X-AspNetMvc-Version";
      default -> "X-Generator";
    };
  }
}
