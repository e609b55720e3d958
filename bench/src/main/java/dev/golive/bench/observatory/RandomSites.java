package dev.golive.bench.observatory;

import dev.golive.bench.observatory.RandomSite.Cors;
import dev.golive.bench.observatory.RandomSite.Plain;
import dev.golive.bench.observatory.RandomSite.Script;
import dev.golive.bench.observatory.RandomSite.Secure;
import dev.golive.bench.observatory.RandomSite.Spec;
import dev.golive.bench.observatory.RandomSite.Tls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Random sites for the differential of the ten paired checks: every header they read is drawn on
 * its own, right or wrong, so each site is a mix nobody tuned. The same seed gives the same sites.
 */
final class RandomSites {
  private RandomSites() {}

  private static final String[] HSTS = {
    "max-age=31536000",
    "max-age=63072000; includeSubDomains; preload",
    "max-age=31536000; includeSubDomains",
    "max-age=15552000",
    "max-age=15551999",
    "max-age=86400",
    "max-age=0",
    "max-age=\"31536000\"",
    "max-age = 31536000",
    "Max-Age=31536000; IncludeSubDomains",
    "includeSubDomains; preload",
    "max-age=abc",
    "max-age=31536000 includeSubDomains",
    "max-age=300; max-age=31536000",
    "max-age=31536000;; preload",
    "max-age=-1",
    "max-age=31536000, max-age=31536000",
    "max-age=",
  };
  private static final String[] FRAME_OPTIONS = {
    "DENY",
    "SAMEORIGIN",
    "deny",
    " SameOrigin ",
    "ALLOW-FROM https://partner.example",
    "ALLOWALL",
    "INVALID",
    "DENY, SAMEORIGIN",
    "deny;",
  };
  private static final String[] NOSNIFF = {
    "nosniff",
    "nosniff",
    "NoSniff",
    "nosniff ",
    "no-sniff",
    "nosniff; mode=block",
    "sniff",
    "nosniff, nosniff",
  };
  private static final String[] REFERRER = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
    "no-referrer-when-downgrade",
    "no-referrer, strict-origin-when-cross-origin",
    "unsafe-url, strict-origin",
    "strict-origin, unsafe-url",
    "no-referrer, foo",
    "foo",
    "never",
    "",
  };
  private static final String[] META_REFERRER = {
    "no-referrer",
    "unsafe-url",
    "origin",
    "strict-origin-when-cross-origin",
    "same-origin",
    "never",
    "always",
    "no-referrer, unsafe-url",
    "bogus",
  };
  private static final String[] CORP = {
    "same-origin", "same-site", "cross-origin", "Same-Origin", "same_origin", "cross-site", "",
  };
  private static final String[] FRAME_ANCESTORS = {
    "'none'",
    "'self'",
    "*",
    "https:",
    "https://partner.example",
    "'self' https://partner.example",
    "http:",
  };
  private static final String[] COOKIE_NAMES = {
    "sessionid",
    "PHPSESSID",
    "session",
    "login_token",
    "userLogin",
    "csrftoken",
    "_csrf",
    "XSRF-TOKEN",
    "theme",
    "lang",
    "_ga",
    "cart",
    "__Host-sess",
    "__Secure-token",
    "__Host-csrf",
    "__Secure-theme",
    "heroku-session-affinity",
  };
  private static final String[] SCRIPTS = {
    "/static/app.js",
    "static/app.js",
    "{https}/static/app.js",
    "https://cdn.example.com/lib.js",
    "http://cdn.example.com/lib.js",
    "//cdn.example.com/lib.js",
    "//localhost/static/app.js",
    "{http}/static/app.js",
    "https://cdn.example.net/widget.js",
  };
  private static final String CROSSDOMAIN_ANY =
      "<?xml version=\"1.0\"?><cross-domain-policy>"
          + "<allow-access-from domain=\"*\" secure=\"false\"/></cross-domain-policy>";
  private static final String CROSSDOMAIN_ONE =
      "<?xml version=\"1.0\"?><cross-domain-policy>"
          + "<allow-access-from domain=\"partner.example\"/></cross-domain-policy>";
  private static final String CLIENTACCESS_ANY =
      "<?xml version=\"1.0\"?><access-policy><cross-domain-access><policy>"
          + "<allow-from http-request-headers=\"*\"><domain uri=\"*\"/></allow-from>"
          + "<grant-to><resource path=\"/\" include-subpaths=\"true\"/></grant-to>"
          + "</policy></cross-domain-access></access-policy>";
  private static final String CLIENTACCESS_ONE =
      "<?xml version=\"1.0\"?><access-policy><cross-domain-access><policy>"
          + "<allow-from><domain uri=\"https://partner.example\"/></allow-from>"
          + "<grant-to><resource path=\"/api\"/></grant-to>"
          + "</policy></cross-domain-access></access-policy>";

  /** {@code n} sites drawn from {@code seed}. */
  static List<Spec> draw(long seed, int n) {
    Random r = new Random(seed);
    List<Spec> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(site(r, String.format(Locale.ROOT, "site-%03d", i + 1)));
    }
    return out;
  }

  private static Spec site(Random r, String name) {
    Tls tls = weighted(r, new Tls[] {Tls.TRUSTED, Tls.UNTRUSTED, Tls.NONE}, 92, 4, 4);
    Plain plain =
        weighted(
            r,
            Plain.values(),
            // PAGE, 301, 302, 303, 307, 308, OTHER_PATH, OFF_HOST, VIA_PLAIN, PLAIN_ELSEWHERE,
            // META_REFRESH, CHAIN, REFUSED
            12,
            30,
            10,
            2,
            4,
            4,
            5,
            6,
            6,
            4,
            5,
            6,
            4);
    if (tls == Tls.NONE && plain != Plain.PLAIN_ELSEWHERE && plain != Plain.META_REFRESH) {
      // a site without HTTPS answers over plain HTTP: redirecting to nothing, it would be down
      plain = Plain.PAGE;
    }
    Secure secure = weighted(r, Secure.values(), 70, 12, 6, 5, 7);
    int status = weighted(r, new Integer[] {200, 401, 403, 404, 500}, 90, 2, 3, 3, 2);
    String contentType =
        weighted(
            r,
            new String[] {
              "text/html; charset=utf-8",
              "text/html",
              "application/xhtml+xml",
              "application/json",
              "text/plain"
            },
            80,
            8,
            3,
            5,
            4);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    List<String> head = new ArrayList<>();

    repeatable(r, headers, "Strict-Transport-Security", 0.7, HSTS, 0.08);
    csp(r, headers, head);
    repeatable(r, headers, "X-Frame-Options", 0.55, FRAME_OPTIONS, 0.08);
    repeatable(r, headers, "X-Content-Type-Options", 0.65, NOSNIFF, 0.08);
    repeatable(r, headers, "Referrer-Policy", 0.55, REFERRER, 0.08);
    if (r.nextDouble() < 0.25) {
      head.add("<meta name=\"referrer\" content=\"" + pick(r, META_REFERRER) + "\">");
    }
    repeatable(r, headers, "Cross-Origin-Resource-Policy", 0.5, CORP, 0.06);
    java.util.Collections.shuffle(headers, r);

    List<String> cookies = new ArrayList<>();
    int n = r.nextDouble() < 0.3 ? 0 : 1 + r.nextInt(4);
    for (int c = 0; c < n; c++) {
      cookies.add(cookie(r));
    }
    boolean onRedirects = r.nextDouble() < 0.3;
    Cors cors = weighted(r, Cors.values(), 45, 12, 5, 8, 10, 5, 5, 5, 5);
    String crossdomain =
        weighted(r, new String[] {null, CROSSDOMAIN_ANY, CROSSDOMAIN_ONE}, 70, 15, 15);
    String clientaccess =
        weighted(r, new String[] {null, CLIENTACCESS_ANY, CLIENTACCESS_ONE}, 75, 13, 12);

    List<Script> scripts = new ArrayList<>();
    int s = r.nextDouble() < 0.2 ? 0 : 1 + r.nextInt(4);
    for (int k = 0; k < s; k++) {
      if (r.nextDouble() < 0.15) {
        scripts.add(new Script(null, false));
      } else {
        scripts.add(new Script(pick(r, SCRIPTS), r.nextBoolean()));
      }
    }
    return new Spec(
        name,
        tls,
        plain,
        secure,
        status,
        contentType,
        List.copyOf(headers),
        List.copyOf(cookies),
        onRedirects,
        cors,
        crossdomain,
        clientaccess,
        List.copyOf(head),
        List.copyOf(scripts));
  }

  /**
   * With probability {@code p} the header {@code name} with a value from {@code values}; with
   * probability {@code twice} (of those) a second field with another drawn value.
   */
  private static void repeatable(
      Random r,
      List<Map.Entry<String, String>> headers,
      String name,
      double p,
      String[] values,
      double twice) {
    if (r.nextDouble() >= p) {
      return;
    }
    headers.add(Map.entry(name, pick(r, values)));
    if (r.nextDouble() < twice) {
      String second = r.nextBoolean() ? headers.getLast().getValue() : pick(r, values);
      headers.add(Map.entry(name, second));
    }
  }

  /** Content-Security-Policy headers and meta tags, drawn as {@link CspDifferential} draws them. */
  private static void csp(Random r, List<Map.Entry<String, String>> headers, List<String> head) {
    double kind = r.nextDouble();
    String header = null;
    if (kind < 0.3) {
      // none
    } else if (kind < 0.7) {
      header = CspDifferential.policy(r);
    } else if (kind < 0.8) {
      head.add(meta(CspDifferential.policy(r)));
    } else if (kind < 0.86) {
      header = CspDifferential.policy(r);
      head.add(meta(CspDifferential.policy(r)));
    } else if (kind < 0.91) {
      header = CspDifferential.policy(r);
      headers.add(Map.entry("Content-Security-Policy", CspDifferential.policy(r)));
    } else {
      headers.add(
          Map.entry(
              "Content-Security-Policy-Report-Only", "default-src 'none'; report-uri /csp-report"));
      if (r.nextBoolean()) {
        header = CspDifferential.policy(r);
      }
    }
    if (header != null && r.nextDouble() < 0.3) {
      header += "; frame-ancestors " + pick(r, FRAME_ANCESTORS);
    }
    if (header != null) {
      headers.add(Map.entry("Content-Security-Policy", header));
    }
    if (r.nextDouble() < 0.05) {
      head.add(meta("frame-ancestors " + pick(r, FRAME_ANCESTORS)));
    }
  }

  private static String meta(String policy) {
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">";
  }

  private static String cookie(Random r) {
    StringBuilder b = new StringBuilder(pick(r, COOKIE_NAMES)).append("=v").append(r.nextInt(1000));
    if (r.nextDouble() < 0.55) {
      b.append("; Secure");
    }
    if (r.nextDouble() < 0.45) {
      b.append("; HttpOnly");
    }
    double sameSite = r.nextDouble();
    if (sameSite < 0.2) {
      b.append("; SameSite=Lax");
    } else if (sameSite < 0.35) {
      b.append("; SameSite=Strict");
    } else if (sameSite < 0.5) {
      b.append("; SameSite=None");
    } else if (sameSite < 0.55) {
      b.append("; SameSite=Bogus");
    } else if (sameSite < 0.6) {
      b.append("; SameSite");
    }
    double path = r.nextDouble();
    if (path < 0.65) {
      b.append("; Path=/");
    } else if (path < 0.75) {
      b.append("; Path=/app");
    }
    double domain = r.nextDouble();
    if (domain < 0.04) {
      b.append("; Domain=other.example");
    } else if (domain < 0.08) {
      b.append("; Domain=localhost");
    }
    double life = r.nextDouble();
    if (life < 0.2) {
      b.append("; Max-Age=3600");
    } else if (life < 0.35) {
      b.append("; Expires=Wed, 21 Oct 2037 07:28:00 GMT");
    } else if (life < 0.43) {
      b.append("; Max-Age=0");
    } else if (life < 0.5) {
      b.append("; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }
    return b.toString();
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  /** One of {@code values}, each as likely as its weight. */
  private static <T> T weighted(Random r, T[] values, int... weights) {
    if (values.length != weights.length) {
      throw new IllegalArgumentException(values.length + " values, " + weights.length + " weights");
    }
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    throw new AssertionError();
  }
}
