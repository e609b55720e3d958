package dev.golive.checks.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The HTTPS and plain-HTTP forms of a site's URL. */
public final class Https {
  private Https() {}

  /** {@code url} on HTTPS: the same URL when it already is, else the default HTTPS port. */
  public static URI of(URI url) {
    if ("https".equals(url.getScheme().toLowerCase(Locale.ROOT))) {
      return url;
    }
    return with(url, "https", -1);
  }

  /** {@code url} on plain HTTP at the default port, where a redirect to HTTPS is expected. */
  public static URI plain(URI url) {
    if ("http".equals(url.getScheme().toLowerCase(Locale.ROOT))) {
      return url;
    }
    return with(url, "http", -1);
  }

  static URI with(URI url, String scheme, int port) {
    try {
      String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
      return new URI(scheme, null, url.getHost(), port, path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(url + ": " + e.getMessage(), e);
    }
  }
}
