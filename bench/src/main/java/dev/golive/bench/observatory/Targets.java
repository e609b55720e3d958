package dev.golive.bench.observatory;

import dev.golive.bench.observatory.LocalSite.Cors;
import dev.golive.bench.observatory.LocalSite.Plain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The local targets of the comparison: each a different mix of right and wrong headers. */
final class Targets {
  private Targets() {}

  private static final String HTML = "text/html; charset=utf-8";
  private static final String YEAR = "public, max-age=31536000, immutable";

  static List<LocalSite.Spec> all() {
    return List.of(
        new LocalSite.Spec(
            "good",
            true,
            true,
            Plain.TO_HTTPS,
            false,
            headers(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
                "Content-Security-Policy",
                    "default-src 'self'; script-src 'self' https://cdn.example.com;"
                        + " object-src 'none'; frame-ancestors 'none'",
                "X-Frame-Options", "DENY",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Set-Cookie", "sessionid=abc; Secure; HttpOnly; SameSite=Lax; Path=/",
                "Cross-Origin-Resource-Policy", "same-origin",
                "Server", "nginx"),
            HTML,
            page(
                "<link rel=stylesheet href=/static/app.css><script src=/static/app.js></script>"
                    + "<script src=\"https://cdn.example.com/lib.js\" integrity=\"sha384-x\""
                    + " crossorigin=anonymous></script>"),
            Cors.NONE,
            true,
            YEAR),
        new LocalSite.Spec(
            "legacy",
            true,
            true,
            Plain.VIA_PLAIN_FIRST,
            false,
            headers(
                "Content-Security-Policy",
                    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "X-Frame-Options", "ALLOW-FROM https://partner.example",
                "Referrer-Policy", "unsafe-url",
                "Set-Cookie", "sessionid=abc; Path=/",
                "Cross-Origin-Resource-Policy", "same_origin",
                "Server", "Apache/2.4.57 (Debian)"),
            HTML,
            page(
                "<link rel=stylesheet href=/static/app.css><script src=/static/app.js></script>"
                    + "<script src=\"https://cdn.example.com/lib.js\"></script>"),
            Cors.REFLECT_WITH_CREDENTIALS,
            false,
            "max-age=60"),
        new LocalSite.Spec(
            "http-only",
            false,
            true,
            Plain.NO_REDIRECT,
            false,
            headers(
                "Content-Security-Policy", "default-src 'self' http://cdn.example.com",
                "X-Frame-Options", "SAMEORIGIN",
                "X-Content-Type-Options", "nosniff",
                "Set-Cookie", "theme=dark; Path=/"),
            HTML,
            page("<script src=\"http://cdn.example.com/lib.js\"></script>"),
            Cors.STAR_WITH_CREDENTIALS,
            false,
            null),
        new LocalSite.Spec(
            "mixed",
            true,
            true,
            Plain.OFF_HOST,
            false,
            headers(
                "Strict-Transport-Security", "max-age=300",
                "Content-Security-Policy-Report-Only", "default-src 'none'",
                "Content-Security-Policy", "frame-ancestors *",
                "X-Frame-Options", "DENY",
                "X-Content-Type-Options", "nosniff",
                "X-Content-Type-Options", "nosniff",
                "Set-Cookie", "csrftoken=abc; Secure; Path=/",
                "Cross-Origin-Resource-Policy", "cross-origin",
                "X-Powered-By", "PHP/8.2.1"),
            HTML,
            page(
                "<meta name=referrer content=no-referrer>"
                    + "<script src=\"//cdn.example.com/lib.js\" integrity=\"sha384-x\"></script>"),
            Cors.STAR_WITH_CREDENTIALS,
            true,
            "no-cache"),
        new LocalSite.Spec(
            "bad-cert",
            true,
            false,
            Plain.TO_HTTPS,
            false,
            headers(
                "Strict-Transport-Security", "max-age=31536000",
                "Content-Security-Policy", "default-src 'none'",
                "X-Frame-Options", "DENY",
                "X-Content-Type-Options", "nosniff"),
            HTML,
            page("<p>no scripts</p>"),
            Cors.NONE,
            true,
            null),
        new LocalSite.Spec(
            "strict",
            true,
            true,
            Plain.TO_HTTPS,
            true,
            headers(
                "Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload",
                "Content-Security-Policy",
                    "script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline';"
                        + " object-src 'none'; base-uri 'none'; style-src 'self' 'unsafe-inline';"
                        + " frame-ancestors 'self'",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer, strict-origin-when-cross-origin",
                "Set-Cookie", "__Host-sess=abc; Secure; HttpOnly; Path=/; SameSite=Strict",
                "Cross-Origin-Resource-Policy", "same-site",
                "Server", "Microsoft-IIS/10.0"),
            HTML,
            page(
                "<script nonce=r4nd0m src=/static/app.js integrity=\"sha384-y\"></script>"
                    + "<link rel=stylesheet href=/static/app.css>"),
            Cors.PARTNER,
            true,
            "max-age=604800"),
        new LocalSite.Spec(
            "meta-tags",
            true,
            true,
            Plain.TO_HTTPS,
            false,
            headers(
                "Strict-Transport-Security", "max-age=31536000",
                "X-Frame-Options", "SAMEORIGIN",
                "X-Content-Type-Options", "nosniff",
                "Set-Cookie", "theme=dark; Path=/",
                "Set-Cookie", "login_token=abc; Secure; Path=/; SameSite=Lax"),
            HTML,
            page(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"
                    + " img-src 'self' http://img.example.com\">"
                    + "<meta name=\"referrer\" content=\"origin-when-cross-origin\">"
                    + "<script src=/static/app.js></script>"
                    + "<!-- <script src=\"http://cdn.example.com/old.js\"></script> -->"),
            Cors.NONE,
            false,
            "max-age=86400"),
        new LocalSite.Spec(
            "json-api",
            true,
            true,
            Plain.TO_HTTPS,
            false,
            headers(
                "Strict-Transport-Security", "max-age=15552000",
                "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
                "X-Content-Type-Options", "nosniff",
                "Set-Cookie", "session=abc; Secure; HttpOnly; Path=/",
                "Server", "gunicorn"),
            "application/json",
            "{\"items\": [" + "{\"id\": 1, \"name\": \"thing\"},".repeat(60) + "{}]}",
            Cors.NONE,
            true,
            null));
  }

  private static String page(String inner) {
    return "<!doctype html><html><head><title>shop</title></head><body>"
        + inner
        + "<p>"
        + "A shop that sells things to people who want them. ".repeat(40)
        + "</p></body></html>";
  }

  private static List<Map.Entry<String, String>> headers(String... pairs) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(Map.entry(pairs[i], pairs[i + 1]));
    }
    return out;
  }
}
