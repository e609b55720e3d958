package dev.golive.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URLs read from settings after their variables are filled in. */
final class Urls {
  private Urls() {}

  /** {@code text} as an http:// or https:// URL with a host, or {@code null}. */
  static URI http(String text) {
    try {
      URI u = new URI(text.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
