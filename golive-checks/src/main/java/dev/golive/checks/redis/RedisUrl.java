package dev.golive.checks.redis;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Secrets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code redis://[user:password@]host[:port][/db]} or {@code rediss://} (TLS) URL, as Redis
 * clients write them: a user without a password ({@code redis://pw@host}) is taken as the password,
 * as redis-cli and Lettuce take it; user and password may be percent-encoded and may hold {@code
 * ${NAME}}, read from the environment. {@link #toString} shows the URL with the password masked.
 */
final class RedisUrl {
  static final int DEFAULT_PORT = 6379;

  private final boolean tls;
  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String shown;

  private RedisUrl(boolean tls, String host, int port, String user, String password, String shown) {
    this.tls = tls;
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.shown = shown;
  }

  /**
   * Reads {@code written}, taking {@code ${NAME}} values from {@code environment}.
   *
   * @throws ProbeException when the URL is not a Redis URL or names an unset variable
   */
  static RedisUrl parse(String written, Map<String, String> environment) throws ProbeException {
    Secrets.expand(written, environment); // names an unset variable before anything else
    int colon = written.indexOf("://");
    String scheme = colon < 0 ? "" : written.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new ProbeException(
          Secrets.redact(written) + " is not a redis:// or rediss:// URL (redis://host:6379)");
    }
    String rest = written.substring(colon + 3);
    int at = rest.lastIndexOf('@');
    String userInfo = at < 0 ? null : rest.substring(0, at);
    String hostPart = at < 0 ? rest : rest.substring(at + 1);
    int end = firstOf(hostPart, "/?#");
    String authority = hostPart.substring(0, end);
    String tail = hostPart.substring(end);

    String host;
    String portText = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw bad(scheme, authority, "an IPv6 address without its closing ]");
      }
      host = authority.substring(1, close);
      if (authority.length() > close + 1) {
        if (authority.charAt(close + 1) != ':') {
          throw bad(scheme, authority, "text after the IPv6 address");
        }
        portText = authority.substring(close + 2);
      }
    } else {
      int c = authority.lastIndexOf(':');
      host = c < 0 ? authority : authority.substring(0, c);
      portText = c < 0 ? null : authority.substring(c + 1);
    }
    if (host.isEmpty()) {
      throw bad(scheme, authority, "no host");
    }
    int port = DEFAULT_PORT;
    if (portText != null && !portText.isEmpty()) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65535) {
        throw bad(scheme, authority, "port '" + portText + "' is not a port number");
      }
    }

    String userWritten = null;
    String passwordWritten = null;
    if (userInfo != null) {
      int c = userInfo.indexOf(':');
      if (c < 0) {
        passwordWritten = userInfo;
      } else {
        userWritten = userInfo.substring(0, c);
        passwordWritten = userInfo.substring(c + 1);
      }
    }
    String user =
        userWritten == null || userWritten.isEmpty()
            ? null
            : Secrets.expand(decode(userWritten), environment);
    String password =
        passwordWritten == null || passwordWritten.isEmpty()
            ? null
            : Secrets.expand(decode(passwordWritten), environment);

    StringBuilder shown = new StringBuilder(scheme).append("://");
    if (userWritten != null && !userWritten.isEmpty()) {
      shown.append(userWritten);
    }
    if (password != null) {
      shown.append(":***@");
    } else if (userWritten != null && !userWritten.isEmpty()) {
      shown.append('@');
    }
    shown.append(authority.contains(":") ? authority : authority + ":" + port);
    String path = tail.replaceFirst("[?#].*$", "");
    if (!path.isEmpty() && !path.equals("/")) {
      shown.append(path);
    }
    return new RedisUrl(scheme.equals("rediss"), host, port, user, password, shown.toString());
  }

  boolean tls() {
    return tls;
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  /** The ACL user to log in as, or {@code null} for the default user. */
  String user() {
    return user;
  }

  /** The password, or {@code null}: never to be shown. */
  String password() {
    return password;
  }

  boolean hasPassword() {
    return password != null;
  }

  /** {@code host:port}, with brackets around an IPv6 address. */
  String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return shown;
  }

  private static ProbeException bad(String scheme, String authority, String why) {
    return new ProbeException(scheme + "://" + authority + " is not a usable Redis URL: " + why);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  /** {@code %XX} escapes decoded as UTF-8; anything else, a lone {@code %} included, kept. */
  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%'
          && i + 2 < bytes.length
          && hex(bytes[i + 1]) >= 0
          && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
        continue;
      }
      out.write(bytes[i]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }
}
