package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import dev.golive.server.auth.User;
import dev.golive.server.schedule.Background;
import dev.golive.store.Store;
import dev.golive.store.StoreUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** A real server on 127.0.0.1 over a fresh store, with users of each role and clients for them. */
final class TestServer implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";

  final Store store;
  final GoliveServer server;
  final StringWriter log = new StringWriter();
  private final SSLContext tls;

  private TestServer(Store store, ServerConfig config, SSLContext tls) {
    this(store, config, Background.none(), tls);
  }

  private TestServer(Store store, ServerConfig config, Background background, SSLContext tls) {
    this.store = store;
    this.tls = tls;
    this.server = GoliveServer.start(store, config, background, new PrintWriter(log, true));
  }

  /** A server on {@code url} that does {@code background} work: schedules, notifications. */
  static TestServer withBackground(StoreUrl url, Background background) {
    return withBackground(url, ServerConfig.local(0), background);
  }

  static TestServer withBackground(StoreUrl url, ServerConfig config, Background background) {
    Store store = Store.open(url, Store.Options.defaults().withPoolSize(8));
    return new TestServer(store, config, background, null);
  }

  /** A server on a new SQLite file in {@code dir}. */
  static TestServer sqlite(Path dir) {
    return sqlite(dir, ServerConfig.local(0));
  }

  static TestServer sqlite(Path dir, ServerConfig config) {
    return start(StoreUrl.parse(dir.resolve("golive.db").toString()), config, null);
  }

  static TestServer start(StoreUrl url, ServerConfig config, SSLContext tls) {
    Store store = Store.open(url, Store.Options.defaults().withPoolSize(6));
    return new TestServer(store, config, tls);
  }

  URI url(String path) {
    return server.url().resolve(path);
  }

  /** Makes a user with {@link #PASSWORD}. */
  User user(String email, Role role) {
    return server.services().users().create(email, null, role, PASSWORD, false, "test");
  }

  /** A client with its own cookies, signed in as nobody. */
  Client client() {
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10));
    if (tls != null) {
      b.sslContext(tls);
    }
    return new Client(b.build());
  }

  /** A client signed in as a new user of {@code role}. */
  Client signedIn(String email, Role role) {
    user(email, role);
    Client c = client();
    HttpResponse<String> r = c.login(email, PASSWORD);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return c;
  }

  /** An API token of a new user of {@code role} with {@code scope}. */
  String token(String email, Role role, String scope) {
    User u = user(email, role);
    return server.services().tokens().create(u, "test", scope, "test").secret();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }

  /** An HTTP client with its cookies and the session's CSRF token once signed in. */
  final class Client {
    final HttpClient http;
    String csrf;

    Client(HttpClient http) {
      this.http = http;
    }

    HttpResponse<String> get(String path, String... headers) {
      HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).GET();
      if (headers.length > 0) {
        b.headers(headers);
      }
      return send(b);
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(url(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON request; with a session, the CSRF token goes along. */
    HttpResponse<String> json(String method, String path, Object body, String... headers) {
      HttpRequest.Builder b = HttpRequest.newBuilder(url(path));
      if (body == null) {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        try {
          b.header("Content-Type", "application/json")
              .method(
                  method,
                  HttpRequest.BodyPublishers.ofByteArray(JsonIO.MAPPER.writeValueAsBytes(body)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      if (csrf != null) {
        b.header(Security.CSRF_HEADER, csrf);
      }
      if (headers.length > 0) {
        b.headers(headers);
      }
      return send(b);
    }

    HttpResponse<String> send(HttpRequest.Builder b) {
      try {
        return http.send(
            b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Signs in through the form, as a browser does; keeps the session's CSRF token. */
    HttpResponse<String> login(String email, String password) {
      HttpResponse<String> page = get("/login");
      Map<String, String> f = new LinkedHashMap<>();
      f.put("_csrf", hidden(page.body(), "_csrf"));
      f.put("next", "/");
      f.put("email", email);
      f.put("password", password);
      HttpResponse<String> r = form("/login", f);
      if (r.statusCode() == 303) {
        HttpResponse<String> me = get("/api/v1/me");
        if (me.statusCode() == 200) {
          csrf = TestServer.json(me).path("csrfToken").asText(null);
        }
      }
      return r;
    }
  }

  static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("a hidden field %s in %s", name, html).isTrue();
    return m.group(1);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JsonIO.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }
}
