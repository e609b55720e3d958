package dev.golive.bench.observatory;

import dev.golive.checks.Judgement;
import dev.golive.checks.http.CspCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random Content-Security-Policies, judged by golive and by Observatory's CSP test: the result
 * names must match. Policies are drawn from directives and sources that matter to the judgement
 * (unsafe keywords, nonces, broad hosts, http: on HTTPS pages, repeated directives, several
 * policies at once).
 */
final class CspDifferential {
  private static final String[] DIRECTIVES = {
    "default-src", "script-src", "style-src", "object-src", "img-src", "media-src",
    "frame-ancestors", "base-uri", "form-action", "connect-src", "report-uri", "font-src",
    "upgrade-insecure-requests"
  };
  private static final String[] SOURCES = {
    "'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", "'nonce-abc'",
    "'sha256-xyz'", "https:", "http:", "*", "data:", "https://cdn.example.com",
    "http://cdn.example.com", "*.example.com", "https://*", "blob:", "ftp://x.example", "/report",
    "https://cdn.example.com/path/", "https://cdn.example.com/path/app.js"
  };
  private static final Pattern RESULT = Pattern.compile("\\((csp-[a-z-]+)\\)");

  /** One page's policies. */
  record Case(String url, List<String> headers, List<String> meta) {}

  private CspDifferential() {}

  static List<Case> cases(long seed, int n) {
    Random r = new Random(seed);
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String url = r.nextInt(3) == 0 ? "http://shop.example/" : "https://shop.example/";
      double kind = r.nextDouble();
      List<String> headers = new ArrayList<>();
      List<String> meta = new ArrayList<>();
      if (kind < 0.6) {
        headers.add(policy(r));
      } else if (kind < 0.8) {
        meta.add(policy(r));
      } else if (kind < 0.9) {
        headers.add(policy(r));
        meta.add(policy(r));
      } else {
        meta.add(policy(r));
        meta.add(policy(r));
      }
      out.add(new Case(url, headers, meta));
    }
    return out;
  }

  /** One random policy: one to seven directives with up to three sources each. */
  static String policy(Random r) {
    List<String> parts = new ArrayList<>();
    int directives = 1 + r.nextInt(7);
    for (int d = 0; d < directives; d++) {
      StringBuilder b = new StringBuilder(DIRECTIVES[r.nextInt(DIRECTIVES.length)]);
      int sources = r.nextInt(4);
      for (int s = 0; s < sources; s++) {
        b.append(' ').append(SOURCES[r.nextInt(SOURCES.length)]);
      }
      parts.add(b.toString());
    }
    return String.join("; ", parts);
  }

  /** golive's judgement of {@code c}. */
  static Judgement golive(Case c) {
    return new CspCheck()
        .evaluate(new CspCheck.Policies(c.url(), 200, c.headers(), List.of(), c.meta()));
  }

  /** The Observatory result name a golive message carries. */
  static String resultName(Judgement j) {
    Matcher m = RESULT.matcher(j.message());
    return m.find() ? m.group(1) : j.message();
  }
}
