package dev.golive.server;

import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.RateLimiter;
import dev.golive.server.auth.Role;
import dev.golive.server.auth.Sessions;
import dev.golive.server.auth.Tokens;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What every request goes through: the security headers, who it acts for (an API token or a session
 * cookie), the API's rate limit; and per route, the role it needs and the CSRF token of a session's
 * unsafe request.
 */
public final class Security {
  /** The request attribute that holds the {@link Principal}, when there is one. */
  public static final String PRINCIPAL = "golive.principal";

  /** The form field and header that carry a session's CSRF token. */
  public static final String CSRF_FIELD = "_csrf";

  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** The largest form with files: a checklist of 1 MiB and the rest of the form. */
  public static final long MAX_UPLOAD = 2L << 20;

  /** Routes a user who must choose a new password may still use. */
  private static final Set<String> DURING_PASSWORD_CHANGE =
      Set.of("/account/password", "/logout", "/api/v1/me", "/api/v1/me/password");

  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final ServerConfig config;
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final RateLimiter api;

  Security(ServerConfig config, Sessions sessions, ApiTokens tokens) {
    this.config = config;
    this.sessions = sessions;
    this.tokens = tokens;
    this.api =
        new RateLimiter(
            config.limits().apiBurst(), config.limits().apiPerSecond(), System::nanoTime);
  }

  /** The session cookie's name: {@code __Host-} needs Secure, which needs HTTPS. */
  public String sessionCookie() {
    return config.https() ? "__Host-golive" : "golive";
  }

  /** The cookie of the sign-in form's CSRF token. */
  public String loginCookie() {
    return config.https() ? "__Host-golive-login" : "golive-login";
  }

  /** A {@code Set-Cookie} value: HttpOnly, SameSite, Path=/, Secure over HTTPS. */
  public String cookie(String name, String value, String sameSite, Duration maxAge) {
    StringBuilder b =
        new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=");
    b.append(sameSite);
    if (config.https()) {
      b.append("; Secure");
    }
    if (maxAge != null) {
      b.append("; Max-Age=").append(maxAge.toSeconds());
    }
    return b.toString();
  }

  /** Whether the request reached the server over HTTPS (directly or, trusted, via a proxy). */
  public boolean secure(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    return config.forwarded() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  /** The client's address: the proxy's last hop when trusted, else the socket's. */
  public String ip(Context ctx) {
    if (config.forwarded()) {
      String f = ctx.header("X-Forwarded-For");
      if (f != null && !f.isBlank()) {
        String[] hops = f.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.ip();
  }

  /** Runs before every request, matched or not. */
  void before(Context ctx) {
    headers(ctx);
    String auth = ctx.header("Authorization");
    boolean isApi = Route.isApi(ctx.path());
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw HttpProblem.unauthorized("use Authorization: Bearer glv_... with an API token");
      }
      ApiTokens.Use use =
          tokens
              .find(auth.substring(7).strip())
              .orElseThrow(() -> HttpProblem.unauthorized("the token is unknown or revoked"));
      Role role = use.user().role().min(Role.ofScope(use.token().scope()));
      ctx.attribute(PRINCIPAL, new Principal(use.user(), role, null, null, use.token().id()));
    } else {
      String id = ctx.cookie(sessionCookie());
      if (id != null) {
        sessions
            .find(id)
            .ifPresent(
                s ->
                    ctx.attribute(
                        PRINCIPAL,
                        new Principal(s.user(), s.user().role(), s.csrf(), s.idHash(), null)));
      }
    }
    if (isApi) {
      Principal p = ctx.attribute(PRINCIPAL);
      String key =
          p == null
              ? "ip:" + ip(ctx)
              : p.tokenId() != null ? "token:" + p.tokenId() : "user:" + p.user().id();
      Duration wait = api.take(key);
      if (!wait.isZero()) {
        throw HttpProblem.tooMany(Math.max(1, (wait.toMillis() + 999) / 1000));
      }
    }
  }

  /** The headers every answer carries. */
  void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    ctx.header("Cache-Control", "no-store");
    // answers may come gzipped: caches keep them apart by the encoding asked for
    ctx.header("Vary", "Accept-Encoding");
    if (config.https() || secure(ctx)) {
      ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }

  /** {@code route}'s handler behind its role and CSRF checks. */
  Handler guard(Route route) {
    return ctx -> {
      Principal p = ctx.attribute(PRINCIPAL);
      if (route.needs() != null) {
        if (p == null) {
          if (route.api()) {
            throw HttpProblem.unauthorized(
                "sign in, or send Authorization: Bearer glv_... with an API token");
          }
          ctx.redirect("/login?next=" + URLEncoder.encode(target(ctx), StandardCharsets.UTF_8));
          return;
        }
        if (p.user().mustChangePassword() && !DURING_PASSWORD_CHANGE.contains(route.path())) {
          if (route.api()) {
            throw HttpProblem.forbidden(
                "choose a new password first (POST /api/v1/me/password or /account/password)");
          }
          ctx.redirect("/account/password");
          return;
        }
        if (!p.role().allows(route.needs())) {
          throw HttpProblem.forbidden(
              "this needs the role "
                  + route.needs().id()
                  + (p.tokenId() != null ? " (the token's scope gives " : " (you are ")
                  + p.role().id()
                  + ")");
        }
      }
      if (route.unsafe() && p != null && p.viaSession()) {
        checkOrigin(ctx);
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && !route.api() && (ctx.isFormUrlencoded() || multipart(ctx))) {
          sent = ctx.formParam(CSRF_FIELD);
        }
        if (!Tokens.same(sent, p.csrf())) {
          throw HttpProblem.forbidden(
              "the CSRF token is missing or wrong: reload the page, or send " + CSRF_HEADER);
        }
      }
      route.handler().handle(ctx);
    };
  }

  /**
   * Whether it is a form with files, of a size announced and within the limit: only then are its
   * parts read (to disk past the first bytes), and only for a signed-in user.
   */
  private static boolean multipart(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      return false;
    }
    long length = ctx.contentLength();
    if (length < 0 || length > MAX_UPLOAD) {
      throw new HttpProblem(
          413, "too-large", "Request too large", "a form with files has at most 2 MiB");
    }
    return true;
  }

  /** An unsafe request that names its origin must come from this server's own pages. */
  void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) {
      return;
    }
    if (!origin.equalsIgnoreCase(ownOrigin(ctx))) {
      throw HttpProblem.forbidden("requests from " + origin + " are not accepted");
    }
  }

  /** {@code scheme://host[:port]} people reach this server at. */
  String ownOrigin(Context ctx) {
    if (config.baseUrl() != null) {
      URI u = config.baseUrl();
      return u.getScheme().toLowerCase(Locale.ROOT)
          + "://"
          + u.getHost().toLowerCase(Locale.ROOT)
          + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
    return (secure(ctx) ? "https" : "http") + "://" + ctx.host();
  }

  private static String target(Context ctx) {
    String q = ctx.queryString();
    return ctx.path() + (q == null ? "" : "?" + q);
  }
}
